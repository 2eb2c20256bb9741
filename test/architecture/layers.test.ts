/**
 * The folder rules of .dependency-cruiser.cjs (run by `npm run lint`) hold for the real tree and
 * catch a deliberately added back-edge, type-only imports included.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs'));

async function violations(baseDir: string): Promise<string[]> {
  const cwd = process.cwd();
  process.chdir(baseDir);
  try {
    const { output } = await cruise(['src'], {
      ...config.options,
      tsConfig: undefined,
      ruleSet: { forbidden: config.forbidden },
      validate: true,
    });
    const result = output as ICruiseResult;
    return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
  } finally {
    process.chdir(cwd);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'phasegate-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(scratch, 'tree-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe('folder layers', () => {
  it('the real src/ has no violation', async () => {
    expect(await violations(root)).toEqual([]);
  });

  it('a type-only import from core up to plan is refused', async () => {
    const dir = tree({
      'src/plan/types.ts': 'export interface Plan { app: string }\n',
      'src/core/log.ts': "import type { Plan } from '../plan/types.js';\nexport type P = Plan;\n",
    });
    expect(await violations(dir)).toEqual(['layer-core: src/core/log.ts → src/plan/types.ts']);
  });

  it('the engine may import a phase kind interface, a phase kind may not import the engine', async () => {
    const dir = tree({
      'src/phases/kind.ts': "import { x } from '../engine/abort.js';\nexport const k = x;\n",
      'src/engine/abort.ts': 'export const x = 1;\n',
      'src/engine/gates.ts': "import { k } from '../phases/kind.js';\nexport const g = k;\n",
    });
    expect(await violations(dir)).toEqual([
      'layer-phases: src/phases/kind.ts → src/engine/abort.ts',
    ]);
  });

  it('the sandbox imports only core, and the action never imports the sandbox', async () => {
    const dir = tree({
      'src/core/shape.ts': 'export const s = 1;\n',
      'src/plan/load.ts': 'export const l = 1;\n',
      'src/sandbox/server.ts':
        "import { s } from '../core/shape.js';\nimport { l } from '../plan/load.js';\nexport const v = s + l;\n",
      'src/action/main.ts': "import { v } from '../sandbox/server.js';\nexport const m = v;\n",
      'src/cli/main.ts': "export const load = () => import('../sandbox/server.js');\n",
    });
    expect((await violations(dir)).sort()).toEqual([
      'product-never-imports-sandbox: src/action/main.ts → src/sandbox/server.ts',
      'sandbox-imports-only-core: src/sandbox/server.ts → src/plan/load.ts',
    ]);
  });
});
