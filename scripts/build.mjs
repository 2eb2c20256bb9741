// Builds the two bundles:
// - dist/index.js: the action, fully bundled (GitHub runs it without node_modules), for Node 20
//   and 24. It must never contain the sandbox or PGlite: the build fails if it does.
// - dist/cli.js: the CLI, with packages left external (npm installs them), sandbox included.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  // Module paths in the bundle stay relative to this checkout even when node_modules is a link.
  preserveSymlinks: true,
};

// @actions/core and the AWS SDK are CommonJS inside; an ESM bundle needs a real `require`.
const banner = {
  js: "import { createRequire as __phasegateCreateRequire } from 'node:module';\nconst require = __phasegateCreateRequire(import.meta.url);",
};

const action = await build({
  ...common,
  entryPoints: ['src/index.ts'],
  outfile: 'dist/index.js',
  banner,
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

await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  packages: 'external',
});
