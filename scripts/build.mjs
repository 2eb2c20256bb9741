// Builds the two bundles:
// - dist/index.js: the action, fully bundled (GitHub runs it without node_modules), for Node 20
//   and 24. It must never contain the sandbox or PGlite: the build fails if it does.
// - dist/cli.js: the CLI, sandbox included, bundled and split the same way: loading hundreds of
//   CommonJS files of the SDK from node_modules cost it about 0.1 s of start-up (npm run bench).
//   PGlite stays external (npm installs it): it reads its WebAssembly files next to its module.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// The options both bundles share, and the CLI's own (scripts/bench-perf.ts bundles the CLI with
// them too). preserveSymlinks keeps module paths relative to this checkout even when
// node_modules is a link; the banner: @actions/core and the AWS SDK are CommonJS inside, and an
// ESM bundle needs a real `require`.
const options = (await import('./esbuild-common.json', { with: { type: 'json' } })).default;
const { common } = options;

/**
 * @actions/core's http-client imports undici's ProxyAgent at the top, for the proxy path of
 * OIDC token requests (core.getIDToken), which phasegate never calls. Evaluating undici costs
 * about a fifth of the action's start-up, so that import gets a stand-in that says so if it is
 * ever used. It cannot require the real undici lazily: undici is also bundled for GitHub
 * Deployments (@actions/github's fetch and its own http-client), and a module both the start-up
 * code and that lazy chunk reach is put in a shared chunk that dist/index.js imports at start.
 * @actions/github keeps the real undici, in the chunk that loads only with deployments.
 */
const noUndiciForCore = {
  name: 'no-undici-for-core',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, (args) =>
      args.importer.includes('@actions/http-client') && !args.importer.includes('@actions/github/')
        ? { path: 'no-undici', namespace: 'phasegate' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'phasegate' }, () => ({
      contents:
        "export class ProxyAgent { constructor() { throw new Error('phasegate bundles no proxy support for @actions/core OIDC token requests (core.getIDToken)'); } }",
      loader: 'js',
    }));
  },
};

// Split into chunks loaded on first use: a phase kind's steps, a check's run and their SDK
// packages are only read from disk when the plan uses them (start-up is in `npm run bench`).
rmSync('dist/chunks', { recursive: true, force: true });
const action = await build({
  ...common,
  entryPoints: ['src/index.ts'],
  outdir: 'dist',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  plugins: [noUndiciForCore],
  metafile: true,
});
const forbidden = Object.keys(action.metafile.inputs).filter(
  (f) => f.includes('src/sandbox/') || f.includes('pglite') || f.includes('/test/'),
);
if (forbidden.length > 0) {
  console.error(
    `dist/index.js must not contain sandbox or test code, but it pulled in:\n  ${forbidden.join('\n  ')}`,
  );
  process.exit(1);
}

// Start-up pays only for what a plan uses: what dist/index.js loads before any plan is read
// (itself and the chunks it imports statically) must hold no SDK client, no pg, no undici.
const eager = new Set();
const visit = (file) => {
  if (eager.has(file)) return;
  eager.add(file);
  for (const i of action.metafile.outputs[file]?.imports ?? [])
    if (i.kind === 'import-statement' && action.metafile.outputs[i.path]) visit(i.path);
};
visit('dist/index.js');
const heavy = [...eager].flatMap((out) =>
  Object.keys(action.metafile.outputs[out].inputs).filter((f) =>
    /@aws-sdk\/client-|node_modules\/pg\/|node_modules\/undici\//.test(f),
  ),
);
if (heavy.length > 0) {
  console.error(
    `dist/index.js must load SDK clients, pg and undici lazily, but loads at start:\n  ${[...new Set(heavy)].slice(0, 10).join('\n  ')}`,
  );
  process.exit(1);
}

await build({ ...common, ...options.cli, outdir: 'dist' });
