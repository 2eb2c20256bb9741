import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareMigrations } from '../../src/sql/prepare.js';

const root = join(import.meta.dirname, '../..');

describe('prepareMigrations', () => {
  it('prepares the CA-A2A release migrations: one file, four statements, one transaction', async () => {
    const { migrations, diagnostics } = await prepareMigrations(join(root, 'migrations'));
    expect(diagnostics).toEqual([]);
    expect(
      migrations.map((m) => [m.version, m.description, m.statements.length, m.transaction.mode]),
    ).toEqual([[1, 'create revoked tokens table', 4, 'transaction']]);
    expect(migrations[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('prepares the corpus without a diagnostic, each file in its transaction mode', async () => {
    const { migrations, diagnostics } = await prepareMigrations(
      join(root, 'test/fixtures/migrations/corpus'),
    );
    expect(diagnostics).toEqual([]);
    expect(migrations.map((m) => `${m.versionText}:${m.transaction.mode}`)).toEqual([
      '001:transaction',
      '002:transaction',
      '003:transaction',
      '004:transaction',
      '005:transaction',
      '006:transaction',
      '007:no-transaction',
      '008:transaction',
    ]);
  });

  it('refuses symbolic links, dangling, looping or not, naming each', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'phasegate-links-'));
    await writeFile(join(dir, '001_real.sql'), 'SELECT 1;\n');
    await symlink(join(dir, '001_real.sql'), join(dir, '002_link.sql'));
    await symlink(join(dir, 'nowhere.sql'), join(dir, '003_dangling.sql'));
    await symlink(join(dir, '004_loop.sql'), join(dir, '004_loop.sql'));
    const { diagnostics } = await prepareMigrations(dir);
    expect(diagnostics.map((d) => [d.severity, d.message])).toEqual([
      ['error', '002_link.sql is a symbolic link; migrations must be regular files'],
      ['error', '003_dangling.sql is a symbolic link; migrations must be regular files'],
      ['error', '004_loop.sql is a symbolic link; migrations must be regular files'],
    ]);
    await rm(dir, { recursive: true, force: true });
  });

  describe('with broken files', () => {
    let dir: string;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), 'phasegate-prepare-'));
    });
    afterEach(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('reports every mistake at once, with file and line', async () => {
      await writeFile(join(dir, '001_ok.sql'), 'CREATE TABLE t (x int);\n');
      await writeFile(join(dir, '002_open_quote.sql'), "SELECT 1;\nINSERT INTO t VALUES ('x);\n");
      await writeFile(
        join(dir, '003_mixed.sql'),
        'CREATE TABLE u (x int);\nCREATE INDEX CONCURRENTLY i ON t (x);\n',
      );
      await writeFile(join(dir, '004_empty.sql'), '-- nothing yet\n');
      await writeFile(join(dir, 'oops.sql'), 'SELECT 1;\n');
      const { migrations, diagnostics } = await prepareMigrations(dir);
      expect(migrations.map((m) => m.fileName)).toEqual([
        '001_ok.sql',
        '002_open_quote.sql',
        '003_mixed.sql',
        '004_empty.sql',
      ]);
      expect(diagnostics.map((d) => [d.severity, d.position?.file, d.position?.line])).toEqual([
        ['error', join(dir, 'oops.sql'), 1],
        ['error', join(dir, '002_open_quote.sql'), 2],
        ['error', join(dir, '003_mixed.sql'), 2],
        ['error', join(dir, '004_empty.sql'), 1],
      ]);
      expect(diagnostics[0]?.hint).toBe('rename it to 005_oops.sql');
    });
  });
});
