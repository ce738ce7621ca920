#!/usr/bin/env node
// copydesk command line. The TypeScript sources are built into dist/ by `npm ci` (the prepare script).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('copydesk: not built yet; run `npm ci` (or `npm run build`) in the copydesk folder first\n');
  process.exitCode = 2;
} else {
  const { main } = await import(entry.href);
  process.exitCode = await main(process.argv.slice(2));
}
