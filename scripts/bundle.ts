// Part of the build: bundles the command line (dist/src/cli.js and every module it imports, wink-nlp's model
// included) into one file, dist/copydesk.js, which bin/copydesk.js runs when it is newer than dist/src/cli.js.
// One file instead of about 300 saves the resolving, reading and linking of each module at start-up (about a
// third of a one-sentence run's CPU time). Each module's `import.meta.url` is rewritten to its own file in
// dist/, so the files it finds beside itself (package.json, the dictionaries' tables, worker scripts) are
// found as before. Without esbuild (a devDependency) the bundle is skipped and the modules load one by one.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(dist, 'copydesk.js');

type Esbuild = typeof import('esbuild');
let esbuild: Esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  fs.rmSync(outfile, { force: true });
  process.stderr.write('bundle: esbuild is not installed; copydesk will load its modules one by one\n');
  process.exit(0);
}

/** `import.meta.url` of a module of dist/, as the URL of its own file relative to the bundle's. */
const ownUrl: import('esbuild').Plugin = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, (args) => {
      if (path.relative(dist, args.path).startsWith('..')) return undefined;
      const source = fs.readFileSync(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const relative = `./${path.relative(dist, args.path).split(path.sep).join('/')}`;
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(relative)}, import.meta.url).href`), loader: 'js' };
    });
  },
};

await esbuild.build({
  entryPoints: [path.join(dist, 'src', 'cli.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [ownUrl],
  logLevel: 'warning',
});
