/**
 * The pure parts of the simulated Data API: reading SQL text (placeholders, statement count),
 * binding parameters, converting PostgreSQL's text values, and the scenario section.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bindParameters, readParameters } from '../../src/sandbox/rds-data/params.js';
import { parseRdsDataSection, rdsDataSectionShape } from '../../src/sandbox/rds-data/scenario.js';
import { translateSql } from '../../src/sandbox/rds-data/sql-text.js';
import { parseArrayLiteral, toRecords } from '../../src/sandbox/rds-data/values.js';
import { ScenarioError } from '../../src/sandbox/service.js';

// One seed, so the properties pass or fail the same way on every run (replay: change it).
fc.configureGlobal({ seed: 20261201 });

describe('translateSql', () => {
  it('numbers named placeholders in order of first use, reusing a repeated name', () => {
    const t = translateSql('UPDATE t SET a = :a, b = :b WHERE a = :a');
    expect(t.text).toBe('UPDATE t SET a = $1, b = $2 WHERE a = $1');
    expect(t.names).toEqual(['a', 'b']);
  });

  it('leaves casts, quoted text, identifiers, comments and dollar bodies alone', () => {
    const sql = [
      "SELECT :id::uuid, 'it''s :no', E'\\' :no', \"col:no\", $$ :no; $$, $f$ :no $f$",
      '-- :no ; comment',
      '/* outer /* :no; */ still ; comment */ FROM t WHERE x = :x',
    ].join('\n');
    const t = translateSql(sql);
    expect(t.names).toEqual(['id', 'x']);
    expect(t.text).toContain('$1::uuid');
    expect(t.text).toContain("'it''s :no'");
    expect(t.statements).toBe(1);
  });

  it('counts statements, ignoring empty ones and a trailing semicolon', () => {
    expect(translateSql('SELECT 1;').statements).toBe(1);
    expect(translateSql('SELECT 1;;  ; -- done').statements).toBe(1);
    expect(translateSql('SELECT 1; SELECT 2').statements).toBe(2);
    expect(translateSql("SELECT ';'; ").statements).toBe(1);
  });

  it('keeps a BEGIN ATOMIC body (with CASE … END inside) as one statement', () => {
    const sql = `CREATE FUNCTION f(x int) RETURNS int LANGUAGE sql
      BEGIN ATOMIC SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END; SELECT 2; END;`;
    expect(translateSql(sql).statements).toBe(1);
    expect(translateSql(`${sql} SELECT 3`).statements).toBe(2);
  });

  it('never finds a placeholder or a statement end inside a quoted string', () => {
    const quotable = fc.string().map((s) => `'${s.replaceAll("'", "''")}'`);
    fc.assert(
      fc.property(fc.array(quotable, { maxLength: 4 }), (literals) => {
        const t = translateSql(`SELECT ${literals.join(', ') || '1'} WHERE a = :a`);
        expect(t.names).toEqual(['a']);
        expect(t.statements).toBe(1);
      }),
    );
  });
});

describe('parameters', () => {
  const bind = (raw: unknown[], names: string[]) => bindParameters(names, readParameters(raw));

  it('gives each value member its PostgreSQL type, and typeHint its own', () => {
    const params = bind(
      [
        { name: 's', value: { stringValue: 'x' } },
        { name: 'u', value: { stringValue: '4f0c…' }, typeHint: 'UUID' },
        { name: 'l', value: { longValue: 42 } },
        { name: 'd', value: { doubleValue: 1.5 } },
        { name: 'b', value: { booleanValue: false } },
        { name: 'n', value: { isNull: true } },
        { name: 'blob', value: { blobValue: Buffer.from([1, 255]).toString('base64') } },
      ],
      ['s', 'u', 'l', 'd', 'b', 'n', 'blob'],
    );
    expect(params).toEqual([
      { value: 'x', typeId: 25 },
      { value: '4f0c…', typeId: 2950 },
      { value: '42', typeId: 20 },
      { value: '1.5', typeId: 701 },
      { value: 'false', typeId: 16 },
      { value: null, typeId: 0 },
      { value: '\\x01ff', typeId: 17 },
    ]);
  });

  it('refuses array parameters and unknown type hints as the Data API does', () => {
    expect(() => bind([{ name: 'a', value: { arrayValue: { longValues: [1] } } }], ['a'])).toThrow(
      'Array parameters are not supported.',
    );
    expect(() =>
      bind([{ name: 'a', value: { stringValue: 'x' }, typeHint: 'INT' }], ['a']),
    ).toThrow(/typeHint/);
  });

  it('reports a placeholder that has no parameter', () => {
    expect(() => bind([], ['missing'])).toThrow(/No value specified for parameter missing/);
  });
});

describe('values', () => {
  const options = { decimalAsNumber: false, longAsString: false };

  it('parses 1-dimensional array literals with quotes and NULLs', () => {
    expect(parseArrayLiteral('{1,2,NULL}')).toEqual(['1', '2', null]);
    expect(parseArrayLiteral('{"a b","c\\"d",e}')).toEqual(['a b', 'c"d', 'e']);
    expect(parseArrayLiteral('{}')).toEqual([]);
    expect(() => parseArrayLiteral('{{1,2},{3,4}}')).toThrow(/unsupported data type/);
  });

  it('converts text values to Field members by column type', () => {
    const fields = [16, 20, 701, 1700, 1184, 17, 1007].map((typeId, i) => ({
      name: `c${i}`,
      typeId,
    }));
    const [row] = toRecords(
      fields,
      [['t', '9007199254740993', '2.5', '1.10', '2026-01-01 10:00:00+00', '\\x0aff', '{1,2}']],
      options,
    );
    expect(row?.slice(0, 5)).toEqual([
      { booleanValue: true },
      { longValue: 9007199254740992 },
      { doubleValue: 2.5 },
      { stringValue: '1.10' },
      { stringValue: '2026-01-01 10:00:00' },
    ]);
    expect(Buffer.from(row?.[5]?.blobValue as Uint8Array)).toEqual(Buffer.from([10, 255]));
    expect(row?.[6]).toEqual({ arrayValue: { longValues: [1, 2] } });
  });
});

describe('scenario section', () => {
  const where = { region: 'eu-west-3', accountId: '123456789012' };

  it('builds cluster ARNs and matches secret ARNs with the 6-character suffix', () => {
    const [cluster] = parseRdsDataSection(
      { clusters: [{ name: 'ca-a2a', secrets: ['ca-a2a/db'], databases: ['documents_db'] }] },
      where,
    );
    expect(cluster?.arn).toBe('arn:aws:rds:eu-west-3:123456789012:cluster:ca-a2a');
    const prefix = 'arn:aws:secretsmanager:eu-west-3:123456789012:secret:';
    expect(cluster?.acceptsSecret(`${prefix}ca-a2a/db-Ab12Cd`)).toBe(true);
    expect(cluster?.acceptsSecret(`${prefix}ca-a2a/db-Ab12C`)).toBe(false);
    expect(cluster?.acceptsSecret(`${prefix}other-Ab12Cd`)).toBe(false);
  });

  it('names the mistake and where it is', () => {
    const bad = { clusters: [{ name: 'x', secrets: [], databases: ['d'], 'paused-for': 'soon' }] };
    expect(() => parseRdsDataSection(bad, where)).toThrow(ScenarioError);
    expect(() => parseRdsDataSection(bad, where)).toThrow(/rds-data\.clusters\[0\]\.secrets/);
    const twice = { clusters: [1, 2].map(() => ({ name: 'x', secrets: ['s'], databases: ['d'] })) };
    expect(() => parseRdsDataSection(twice, where)).toThrow(/declared twice/);
  });

  it('matches schema/sandbox-rds-data.schema.json', () => {
    const { $schema, title, ...schema } = JSON.parse(
      readFileSync('schema/sandbox-rds-data.schema.json', 'utf8'),
    );
    expect($schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(title).toBe('phasegate sandbox scenario: rds-data section');
    expect(schema).toEqual(JSON.parse(JSON.stringify(rdsDataSectionShape.jsonSchema())));
  });

  it('accepts the example in docs/sandbox-rds-data.md', () => {
    const doc = readFileSync('docs/sandbox-rds-data.md', 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const [cluster] = parseRdsDataSection(parse(yaml)['rds-data'], where);
    expect(cluster).toMatchObject({
      name: 'documents-db',
      databases: ['documents'],
      pausedForMs: 60_000,
    });
    expect(cluster?.initSql).toMatch(/CREATE TABLE documents/);
  });
});
