/**
 * `ALTER TYPE … ADD VALUE` runs in a transaction block only from PostgreSQL 12: the files are
 * classified again for the version the wake-up query read.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PhaseFailure } from '../../../src/core/errors.js';
import { MemoryLogger } from '../../../src/core/log.js';
import { majorVersion } from '../../../src/db/resume.js';
import { classifyForServer, loadMigrations } from '../../../src/phases/migrate/directory.js';

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-version-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const addValue = "ALTER TYPE mood ADD VALUE 'meh';\n";

describe('classifying files for the server version', () => {
  it('reads the major version from server_version_num', () => {
    expect([majorVersion(110005), majorVersion('120000'), majorVersion(180001)]).toEqual([
      11, 12, 18,
    ]);
    expect([majorVersion(90624), majorVersion(null), majorVersion('x')]).toEqual([
      9,
      undefined,
      undefined,
    ]);
  });

  it('runs ALTER TYPE … ADD VALUE outside a transaction on PostgreSQL 11 only', async () => {
    const log = new MemoryLogger();
    const loaded = await loadMigrations(dirWith({ '001_mood.sql': addValue }), 'plan.yml', log);
    const modeOn = (version: number | undefined) =>
      classifyForServer(loaded, version, log).migrations.map((m) => m.transaction.mode);
    expect(modeOn(12)).toEqual(['transaction']);
    expect(modeOn(undefined)).toEqual(['transaction']);
    expect(modeOn(11)).toEqual(['no-transaction']);
    expect(classifyForServer(loaded, 11, log).migrations[0]?.transaction.nonTransactional).toEqual([
      expect.objectContaining({
        index: 1,
        line: 1,
        command: 'ALTER TYPE … ADD VALUE (before PostgreSQL 12)',
      }),
    ]);
  });

  it('refuses on PostgreSQL 11 a file that mixes it with ordinary statements, before any change', async () => {
    const log = new MemoryLogger();
    const dir = dirWith({ '001_mood.sql': `CREATE TABLE feelings (id int);\n${addValue}` });
    const loaded = await loadMigrations(dir, 'plan.yml', log);
    expect(classifyForServer(loaded, 12, log).migrations[0]?.transaction.mode).toBe('transaction');
    const refusal = (() => {
      try {
        classifyForServer(loaded, 11, log);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(PhaseFailure);
    expect((refusal as PhaseFailure).message).toMatch(
      /^a migration file is refused: \S+001_mood\.sql:2: statement 2 \(line 2: ALTER TYPE … ADD VALUE \(before PostgreSQL 12\)\) cannot run inside a transaction/,
    );
  });
});
