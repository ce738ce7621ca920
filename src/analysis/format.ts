// Which documents are Markdown: by file extension; everything else is plain text.
import type { DocumentFormat } from '../types.js';

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd', '.mdx']);

export function formatFor(filePath: string | undefined): DocumentFormat {
  if (!filePath) return 'text';
  const dot = filePath.lastIndexOf('.');
  return dot >= 0 && MARKDOWN_EXTENSIONS.has(filePath.slice(dot).toLowerCase()) ? 'markdown' : 'text';
}
