// Part of the build: bundles the command line and its two worker scripts (dist/src/cli.js, run/worker.js,
// run/analysis-worker.js and every module they import, wink-nlp's model included) into dist/bundle/, one
// file each plus the chunks they share. bin/copydesk.js runs dist/bundle/cli.js when it is newer than
// dist/src/cli.js. A few files instead of about 300 save the resolving, reading and linking of each module
// at start-up (about 0.4 CPU s of a one-sentence run's 0.9), in the main thread and in each worker.
// JSON a module requires through createRequire is bundled as the same module packages require.
// Each module's `import.meta.url` is rewritten to its own file in dist/, so the files it finds beside
// itself (package.json, the dictionaries' tables) are found as before; only the modules that start
// workers keep the bundle's folder, so that they start the bundled workers. Without esbuild (a
// devDependency) the bundle is skipped and the modules load one by one.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(dist, 'bundle');
const ENTRIES = ['src/cli.js', 'src/run/worker.js', 'src/run/analysis-worker.js'];
/** Modules that start a worker by a URL relative to themselves: they point into the bundle's folder. */
const STARTS_WORKERS = new Set(['src/run/workers.js', 'src/run/stages.js']);

type Esbuild = typeof import('esbuild');
let esbuild: Esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  fs.rmSync(outdir, { recursive: true, force: true });
  process.stderr.write('bundle: esbuild is not installed; copydesk will load its modules one by one\n');
  process.exit(0);
}

/** `import.meta.url` of a module of dist/, as the URL of its own file relative to the bundle's folder. */
const ownUrl: import('esbuild').Plugin = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.js$/ }, (args) => {
      const inDist = path.relative(dist, args.path).split(path.sep).join('/');
      if (inDist.startsWith('..')) return undefined;
      let source = fs.readFileSync(args.path, 'utf8');
      // A JSON file a module requires through `createRequire(import.meta.url)` is bundled as a plain
      // require: the same module as a package's require of it (wink-nlp's model), parsed once.
      const jsonRequire = /\bcreateRequire\(import\.meta\.url\)\((['"][^'"]+\.json['"])\)/g;
      if (!source.includes('import.meta.url')) return undefined;
      source = source.replace(jsonRequire, 'require($1)');
      const own = STARTS_WORKERS.has(inDist) ? `./${path.basename(inDist)}` : `../${inDist}`;
      return { contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`), loader: 'js' };
    });
  },
};

fs.rmSync(outdir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: ENTRIES.map((entry) => path.join(dist, entry)),
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [ownUrl],
  logLevel: 'warning',
});
