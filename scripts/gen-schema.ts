/**
 * Writes schema/plan.schema.json from the plan shapes and the kinds of this build.
 * Run after changing a shape or adding a kind: `npx tsx scripts/gen-schema.ts`.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { builtinRegistry } from '../src/phases/registry.js';
import { PLAN_SCHEMA_PATH, planJsonSchemaText } from '../src/plan/json-schema.js';

const root = fileURLToPath(new URL('..', import.meta.url));
await writeFile(`${root}/${PLAN_SCHEMA_PATH}`, planJsonSchemaText(builtinRegistry()));
// Formatted the way `biome check` wants it, so lint stays clean; the test compares content.
execFileSync(`${root}/node_modules/.bin/biome`, ['format', '--write', PLAN_SCHEMA_PATH], {
  cwd: root,
  stdio: 'ignore',
});
console.log(`wrote ${PLAN_SCHEMA_PATH}`);
