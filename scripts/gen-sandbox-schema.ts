/** Writes schema/sandbox-scenario.schema.json from the scenario validators: `npx tsx scripts/gen-sandbox-schema.ts`. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/sandbox/scenario.js';

const file = 'schema/sandbox-scenario.schema.json';
writeFileSync(file, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
execFileSync('node_modules/.bin/biome', ['format', '--write', file], { stdio: 'ignore' });
console.log(`wrote ${file}`);
