import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  migrationChecksum,
  normalizeSql,
  readMigrationDirectory,
  shortChecksum,
} from '../../src/sql/files.js';
import {
  isNameProblem,
  nextVersionText,
  parseMigrationName,
  suggestedName,
  VersionAllocator,
} from '../../src/sql/names.js';

describe('parseMigrationName', () => {
  it('reads the version numerically and the description with underscores as spaces', () => {
    expect(parseMigrationName('001_create_revoked_tokens_table.sql')).toEqual({
      version: 1,
      versionText: '001',
      description: 'create revoked tokens table',
    });
    expect(parseMigrationName('20240131120000_Add_Index.SQL')).toEqual({
      version: 20240131120000,
      versionText: '20240131120000',
      description: 'Add Index',
    });
  });

  it.each([
    ['1-foo.sql', '001_foo.sql'],
    ['V1__add_users.sql', '001_add_users.sql'],
    ['002 Add Users.sql', '002_add_users.sql'],
    ['abc.sql', '001_abc.sql'],
    ['001_.sql', '001_describe_the_change.sql'],
  ])('refuses %s and suggests %s in an empty folder', (name, suggestion) => {
    const problem = parseMigrationName(name);
    expect(problem).toEqual({ message: expect.stringContaining(name), rename: expect.anything() });
    if (!isNameProblem(problem) || !problem.rename) throw new Error('no rename');
    expect(suggestedName(problem.rename, new VersionAllocator([]))).toBe(suggestion);
  });

  it('refuses Flyway dotted versions without guessing a rename', () => {
    expect(parseMigrationName('V1.2__x.sql')).toEqual({
      message: expect.stringContaining('dotted versions'),
    });
  });

  it('refuses versions too large to compare exactly', () => {
    expect(parseMigrationName('12345678901234567890_x.sql')).toEqual({
      message: expect.stringContaining('too large'),
    });
  });

  it('pads the next free version like the existing ones', () => {
    const v = (versionText: string) => ({ version: Number(versionText), versionText });
    expect(nextVersionText([v('001'), v('009')])).toBe('010');
    expect(nextVersionText([v('1'), v('2')])).toBe('3');
    expect(nextVersionText([v('20240101000000')])).toBe('20240101000001');
    expect(nextVersionText([])).toBe('001');
  });
});

describe('checksums', () => {
  const lf = 'CREATE TABLE t (x int);\nSELECT 1;\n';

  it('is the SHA-256 hex of the text with LF endings', () => {
    expect(migrationChecksum(lf)).toBe(createHash('sha256').update(lf).digest('hex'));
    expect(shortChecksum(migrationChecksum(lf))).toHaveLength(8);
  });

  it('is the same for CRLF, CR and a leading BOM', () => {
    const variants = [lf.replace(/\n/g, '\r\n'), lf.replace(/\n/g, '\r'), `\uFEFF${lf}`];
    for (const text of variants) expect(migrationChecksum(text)).toBe(migrationChecksum(lf));
    expect(normalizeSql('\uFEFFa\r\nb\rc')).toBe('a\nb\nc');
  });

  it('changes when the content changes, even by a space', () => {
    expect(migrationChecksum(`${lf} `)).not.toBe(migrationChecksum(lf));
  });
});

describe('readMigrationDirectory', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'phasegate-migrations-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const write = (name: string, text = 'SELECT 1;\n') => writeFile(join(dir, name), text);

  it('returns the files in numeric version order with checksums of normalized content', async () => {
    await write('10_later.sql');
    await write('002_second.sql', '\uFEFFSELECT 2;\r\n');
    await write('1_first.sql');
    const { files, diagnostics } = await readMigrationDirectory(dir);
    // Listed as text, 1_first.sql would come last: a warning with the padded name.
    expect(diagnostics.map((d) => [d.severity, d.hint])).toEqual([
      [
        'warning',
        'pad the version so names sort in the order files run: rename it to 001_first.sql',
      ],
      [
        'warning',
        'pad the version so names sort in the order files run: rename it to 010_later.sql',
      ],
    ]);
    expect(files.map((f) => [f.version, f.fileName, f.description])).toEqual([
      [1, '1_first.sql', 'first'],
      [2, '002_second.sql', 'second'],
      [10, '10_later.sql', 'later'],
    ]);
    expect(files[1]?.content).toBe('SELECT 2;\n');
    expect(files[1]?.checksum).toBe(migrationChecksum('SELECT 2;\n'));
    expect(files[1]?.path).toBe(join(dir, '002_second.sql'));
  });

  it('ignores README.md, other files and subdirectories, and warns about migration-like ones', async () => {
    await write('001_a.sql');
    await write('README.md', '# notes');
    await write('.gitkeep', '');
    await write('002_b.sql.bak');
    await mkdir(join(dir, 'old'));
    const { files, ignored, diagnostics } = await readMigrationDirectory(dir);
    expect(files.map((f) => f.fileName)).toEqual(['001_a.sql']);
    expect(ignored.sort()).toEqual(['.gitkeep', '002_b.sql.bak', 'README.md', 'old']);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: '002_b.sql.bak is not a .sql file and is ignored',
        position: { file: join(dir, '002_b.sql.bak'), line: 1, column: 1 },
      }),
    ]);
  });

  it('reports every misnamed file with its path and a rename hint, and leaves it out', async () => {
    await write('001_a.sql');
    await write('002_b.sql');
    await write('1-foo.sql');
    await write('V1__x.sql');
    await write('abc.sql');
    const { files, diagnostics } = await readMigrationDirectory(dir);
    expect(files.map((f) => f.fileName)).toEqual(['001_a.sql', '002_b.sql']);
    // Version 1 is 001_a.sql's: the names suggested neither clash with it nor with each other.
    expect(diagnostics.map((d) => [d.severity, d.position?.file, d.hint])).toEqual([
      ['error', join(dir, '1-foo.sql'), 'rename it to 003_foo.sql'],
      ['error', join(dir, 'V1__x.sql'), 'rename it to 004_x.sql'],
      ['error', join(dir, 'abc.sql'), 'rename it to 005_abc.sql'],
    ]);
  });

  it('gives a misnamed file the version its name means when it is free, like the others', async () => {
    await write('001_a.sql');
    await write('002_b.sql');
    await write('002_c.sql');
    await write('002_d.sql');
    await write('3-index-invoices.sql');
    await write('V4__add_users.sql');
    await write('notes.sql');
    const { diagnostics } = await readMigrationDirectory(dir);
    const hints = diagnostics.map((d) => d.hint);
    expect(hints).toEqual([
      'rename it to 003_index_invoices.sql',
      'rename it to 004_add_users.sql',
      'rename it to 005_notes.sql',
      'give each file its own version, e.g. rename 002_c.sql to 006_c.sql',
      'give each file its own version, e.g. rename 002_d.sql to 007_d.sql',
    ]);
    const names = hints.map((h) => /to (\S+)$/.exec(h ?? '')?.[1]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('says nothing of unpadded versions while names sort in the order files run', async () => {
    await write('1_a.sql');
    await write('2_b.sql');
    await write('30_c.sql');
    expect((await readMigrationDirectory(dir)).diagnostics).toEqual([]);
  });

  it("keeps the folder's padding: unpadded versions get unpadded suggestions", async () => {
    await write('1_a.sql');
    await write('2_b.sql');
    await write('V2__c.sql');
    const { diagnostics } = await readMigrationDirectory(dir);
    expect(diagnostics.map((d) => d.hint)).toEqual(['rename it to 3_c.sql']);
  });

  it('refuses two files with the same version, and keeps neither', async () => {
    await write('001_a.sql');
    await write('1_b.sql');
    await write('002_c.sql');
    const { files, diagnostics } = await readMigrationDirectory(dir);
    expect(files.map((f) => f.fileName)).toEqual(['002_c.sql']);
    expect(diagnostics).toEqual([
      {
        severity: 'error',
        message: 'version 1 is used by more than one file: 001_a.sql, 1_b.sql',
        hint: 'give each file its own version, e.g. rename 1_b.sql to 003_b.sql',
        position: { file: join(dir, '1_b.sql'), line: 1, column: 1 },
      },
    ]);
  });

  it('reports a file that is not UTF-8', async () => {
    await writeFile(join(dir, '001_latin1.sql'), Buffer.from([0x53, 0x45, 0xe9, 0x3b]));
    const { files, diagnostics } = await readMigrationDirectory(dir);
    expect(files).toEqual([]);
    expect(diagnostics[0]?.message).toContain('not valid UTF-8');
  });

  it('reports a missing directory', async () => {
    const { diagnostics } = await readMigrationDirectory(join(dir, 'nope'));
    expect(diagnostics[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('nope'),
    });
  });
});
