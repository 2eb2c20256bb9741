/**
 * The architecture as rules: the top-level folders of src/ form a DAG, and a folder may import
 * only folders below it. `npm run lint` runs this (type-only imports included), so a back-edge
 * fails CI. docs/contributing.md explains the layers.
 */
// Highest first. A folder may import its own files and folders of a larger rank only.
const layers = [
  ['action', 'cli'], // entry points
  ['release'], // the release application: plan in, run, report out
  ['engine'], // DAG, gates, timeouts, cancellation
  ['phases'], // phase kinds and the registry that wires them
  ['checks'], // check kinds
  ['db'], // database access: Data API and pg
  ['aws', 'sql'], // AWS clients and helpers; SQL files (no database)
  ['plan'], // the plan model
  ['core'], // errors, durations, text, sleep, retry, Logger, Secrets, shapes
];
const rank = new Map(layers.flatMap((names, i) => names.map((n) => [n, i])));
const all = [...rank.keys()];

const layerRules = all.map((folder) => {
  const notBelow = all.filter((other) => other !== folder && rank.get(other) <= rank.get(folder));
  return {
    name: `layer-${folder}`,
    comment: `src/${folder}/ may import only folders below it (${all
      .filter((o) => rank.get(o) > rank.get(folder))
      .join(', ')}); move the shared piece down instead`,
    severity: 'error',
    from: { path: `^src/${folder}/` },
    to: { path: `^src/(${[...notBelow, 'index\\.ts', 'cli\\.ts'].join('|')})(/|$)` },
  };
});

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'sandbox-imports-only-core',
      comment: 'the sandbox plays AWS; it shares nothing of the product but src/core/',
      severity: 'error',
      from: { path: '^src/sandbox/' },
      to: { path: '^src/', pathNot: '^src/(sandbox|core)/' },
    },
    {
      name: 'product-never-imports-sandbox',
      comment: 'only the CLI may load the sandbox (lazily, for --sandbox and `phasegate sandbox`)',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(sandbox|cli)/' },
      to: { path: '^src/sandbox/' },
    },
    {
      name: 'no-folder-outside-the-layers',
      comment: 'every top-level folder of src/ has a place in .dependency-cruiser.cjs',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/[^/]+/', pathNot: `^src/(${[...all, 'sandbox'].join('|')})/` },
    },
    {
      name: 'no-circular',
      comment: 'modules form a DAG too; a cycle of type-only imports has no effect at run time',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['es6'],
  },
};
