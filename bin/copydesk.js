#!/usr/bin/env node
// copydesk command line. The TypeScript sources are built into dist/ by `npm ci` (the prepare script),
// and bundled into dist/bundle/ (one file loads faster than the ~300 modules); the bundle is used
// only while it is newer than dist/src/cli.js, so a later `tsc` without the bundle step is never ignored.
import { existsSync, statSync } from 'node:fs';

const entry = new URL('../dist/src/cli.js', import.meta.url);
const bundle = new URL('../dist/bundle/cli.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('copydesk: not built yet; run `npm ci` (or `npm run build`) in the copydesk folder first\n');
  process.exitCode = 2;
} else {
  const fresh = existsSync(bundle) && statSync(bundle).mtimeMs >= statSync(entry).mtimeMs;
  const { main } = await import((fresh ? bundle : entry).href);
  process.exitCode = await main(process.argv.slice(2));
}
