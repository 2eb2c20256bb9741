/**
 * Writes the sandbox's scenario schemas from its validators: `npx tsx scripts/gen-sandbox-schema.ts`.
 * schema/sandbox-scenario.schema.json is the whole scenario; schema/sandbox-rds-data.schema.json
 * the `rds-data:` section on its own (docs/sandbox-rds-data.md links it).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { rdsDataSectionShape } from '../src/sandbox/rds-data/scenario.js';
import { scenarioJsonSchema } from '../src/sandbox/scenario.js';

function write(file: string, schema: unknown): void {
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  execFileSync('node_modules/.bin/biome', ['format', '--write', file], { stdio: 'ignore' });
  console.log(`wrote ${file}`);
}

write('schema/sandbox-scenario.schema.json', scenarioJsonSchema());
write('schema/sandbox-rds-data.schema.json', {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'phasegate sandbox scenario: rds-data section',
  ...rdsDataSectionShape.jsonSchema(),
});
