/** Masking: exact values, their escaped forms, 8-character fragments, and a 1 MiB text. */
import { describe, expect, it } from 'vitest';
import { cell, escapeHtml } from '../../src/core/markdown.js';
import { Secrets } from '../../src/core/secrets.js';
import { excerpt } from '../../src/core/text.js';
import { leaks } from '../helpers/leaks.js';

const ODD = `tok&en<a>"b'c\\d%e|f-odd`;
const LONG = 'xLEAKPREFIX_q9z8w_LONGSECRETVALUE_0123456789';

function secretsOf(...values: string[]) {
  const registered: string[] = [];
  const secrets = new Secrets((v) => registered.push(v));
  for (const v of values) secrets.add(v);
  return { secrets, registered };
}

describe('Secrets.mask', () => {
  it('masks the escaped forms a sink writes: HTML, JSON, URL, a table cell', () => {
    const { secrets } = secretsOf(ODD);
    for (const form of [
      ODD,
      escapeHtml(ODD),
      cell(ODD),
      JSON.stringify(ODD),
      JSON.stringify(JSON.stringify(ODD)),
      encodeURIComponent(ODD),
      escapeHtml(ODD).replace(/"/g, '&quot;').replace(/'/g, '&#39;'),
    ]) {
      const masked = secrets.mask(`before ${form} after`);
      expect(leaks(masked, ODD)).toEqual([]);
      expect(masked).toMatch(/^before \W*\*\*\*\W* after$/);
    }
  });

  it('hands every form to the runner, so its own log masking covers them', () => {
    const { registered } = secretsOf(ODD);
    expect(registered).toEqual(
      expect.arrayContaining([
        ODD,
        escapeHtml(ODD),
        encodeURIComponent(ODD),
        JSON.stringify(ODD).slice(1, -1),
      ]),
    );
  });

  it('leaves no 8-character fragment: a shortened excerpt shows no prefix of the secret', () => {
    const { secrets } = secretsOf(LONG);
    const shortened = excerpt(`found the text "${LONG}" in the answer`, 55);
    expect(shortened).toContain(LONG.slice(0, 38));
    expect(secrets.mask(shortened)).toBe('found the text "***…');
    expect(secrets.mask(`tail ${LONG.slice(-8)} and ${LONG.slice(10, 18)}`)).toBe(
      'tail *** and ***',
    );
    expect(secrets.mask(`seven ${LONG.slice(0, 7)}`)).toBe(`seven ${LONG.slice(0, 7)}`);
  });

  it('masks first, then shortens, when asked for an excerpt', () => {
    const { secrets } = secretsOf(LONG);
    expect(secrets.excerpt(`found the text "${LONG}" in the answer`, 30)).toBe(
      'found the text "***" in the a…',
    );
  });

  it('keeps a whole-only value exact: "Bearer " around other text stays readable', () => {
    const secrets = new Secrets();
    secrets.add('Bearer s3cr3t-token-value', { fragments: false });
    secrets.add('s3cr3t-token-value');
    expect(secrets.mask('auth: Bearer s3cr3t-token-value; Bearer other')).toBe(
      'auth: ***; Bearer other',
    );
  });

  it('masks strings inside a value before it is serialized', () => {
    const { secrets } = secretsOf(ODD);
    expect(secrets.maskValues({ a: [ODD, 3], b: { c: `x ${ODD}` } })).toEqual({
      a: ['***', 3],
      b: { c: 'x ***' },
    });
  });

  it('scans a 1 MiB summary in one pass, quickly', () => {
    const { secrets } = secretsOf(ODD, LONG, 'a'.repeat(64), 'Z9'.repeat(32));
    const line = '| ✅ | Deploy the agents | `ecs-deploy` | 1m 2s | orchestrator: v5.1 steady |\n';
    const big = line.repeat(Math.ceil(1_048_576 / line.length));
    const started = performance.now();
    expect(secrets.mask(`${big}${LONG}`)).toBe(`${big}***`);
    // Generous for a shared machine; the scan takes tens of milliseconds.
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
