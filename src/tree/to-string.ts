// The text of an nlcst node: its literals joined (what nlcst-to-string returns).
import type { Node } from 'unist';

interface MaybeParent extends Node {
  value?: string;
  children?: MaybeParent[];
}

export function treeText(node: MaybeParent): string {
  if (typeof node.value === 'string') return node.value;
  let text = '';
  for (const child of node.children ?? []) text += treeText(child);
  return text;
}
