/**
 * Each kind's doc lists the IAM actions its `iam.ts` may ask for, no more and no fewer: the
 * `## IAM…` section of docs/phases/<kind>.md (up to the next heading) and the kind's row of the
 * IAM table in docs/checks.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKinds } from '../../../src/checks/index.js';
import { builtinRegistry } from '../../../src/phases/registry.js';

const ACTION = /`([a-z0-9-]+:[A-Z][A-Za-z]+)`/g;

function actionsIn(text: string): string[] {
  return [...new Set([...text.matchAll(ACTION)].map((m) => m[1] as string))].sort();
}

function iamSection(markdown: string): string {
  const start = markdown.search(/^## IAM/m);
  if (start < 0) return '';
  const rest = markdown.slice(start + 1);
  const end = rest.search(/^#{2,3} /m);
  return end < 0 ? rest : rest.slice(0, end);
}

async function declared(kind: { iam?: () => Promise<{ actions: readonly string[] }> }) {
  if (!kind.iam) throw new Error('the kind declares no IAM permissions');
  return [...(await kind.iam()).actions].sort();
}

describe('the IAM actions of each kind, in its doc', () => {
  const registry = builtinRegistry();
  for (const name of registry.phaseNames().filter((n) => n !== 'checks')) {
    it(`phase kind ${name}`, async () => {
      const doc = readFileSync(`docs/phases/${name}.md`, 'utf8');
      expect(actionsIn(iamSection(doc))).toEqual(await declared(registry.phase(name) ?? {}));
    });
  }

  const table = iamSection(readFileSync('docs/checks.md', 'utf8'));
  for (const kind of checkKinds) {
    it(`check kind ${kind.name}`, async () => {
      const row = table.split('\n').find((line) => line.startsWith(`| \`${kind.name}\``));
      expect(row, `docs/checks.md has no IAM row for ${kind.name}`).toBeDefined();
      expect(actionsIn(row ?? '')).toEqual(await declared(kind));
    });
  }
});
