/**
 * What the `ssm-parameter` check does when it runs; loaded on first use. One GetParameter; a
 * decrypted SecureString is registered as a secret before anything can print it, and a failed
 * comparison of a secret says only that it differs.
 */
import { GetParameterCommand, type Parameter, SSMClient } from '@aws-sdk/client-ssm';
import { asText, excerpt } from '../../core/text.js';
import { valueAt } from '../http/expect.js';
import type { CheckContext, CheckResult } from '../kind.js';
import type { SsmParameterCheckConfig } from './settings.js';

type Ctx = CheckContext<SsmParameterCheckConfig>;

export async function run(ctx: Ctx): Promise<CheckResult> {
  const c = ctx.config;
  let parameter: Parameter;
  try {
    const answer = await ctx.aws
      .client(SSMClient)
      .send(new GetParameterCommand({ Name: c.name, WithDecryption: c['with-decryption'] }), {
        abortSignal: ctx.signal,
      });
    parameter = answer.Parameter ?? {};
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const sentence = unreadable(c, error);
    if (sentence) return { ok: false, summary: sentence };
    throw error;
  }
  const secret = parameter.Type === 'SecureString';
  const value = parameter.Value ?? '';
  if (secret && c['with-decryption']) ctx.secrets.add(value);
  if (secret && !c['with-decryption'] && hasExpectation(c))
    return {
      ok: false,
      summary: `${c.name} is a SecureString: set with-decryption: true to compare its value`,
    };
  return judge(c, value, secret, parameter.Version);
}

function hasExpectation(c: SsmParameterCheckConfig): boolean {
  return (
    c.expect !== undefined || c['expect-match'] !== undefined || c['expect-json'] !== undefined
  );
}

/** Each reason a parameter cannot be read has its own sentence. */
function unreadable(c: SsmParameterCheckConfig, error: unknown): string | undefined {
  const name = error instanceof Error ? error.name : '';
  if (name === 'ParameterNotFound') return `${c.name} does not exist in Parameter Store`;
  if (name === 'ParameterVersionNotFound')
    return `${c.name}: the parameter exists but that version or label does not; leave out what follows the colon to read the latest`;
  if (name === 'AccessDeniedException') {
    const kms = c['with-decryption'] ? ' (and kms:Decrypt on its key)' : '';
    return `access to ${c.name} denied: the role needs ssm:GetParameter on it${kms}`;
  }
  return undefined;
}

function judge(
  c: SsmParameterCheckConfig,
  value: string,
  secret: boolean,
  version?: number,
): CheckResult {
  const shown = (text: string) => (secret ? '(SecureString)' : `"${excerpt(text, 60)}"`);
  const at = version !== undefined ? ` (version ${version})` : '';
  if (c.expect !== undefined) {
    if (value === c.expect && secret)
      return { ok: true, summary: `${c.name} holds the expected value (SecureString)${at}` };
    if (value === c.expect) return { ok: true, summary: `${c.name} is ${shown(value)}${at}` };
    if (secret)
      return { ok: false, summary: `${c.name} (SecureString) differs from the expected value` };
    return { ok: false, summary: `${c.name} is ${shown(value)}, expected "${c.expect}"` };
  }
  const pattern = c['expect-match'];
  if (pattern !== undefined) {
    const ok = new RegExp(pattern).test(value);
    const verb = ok ? 'matches' : 'does not match';
    return {
      ok,
      summary: `${c.name} ${secret ? '(SecureString)' : shown(value)} ${verb} /${pattern}/${ok ? at : ''}`,
    };
  }
  if (c['expect-json']) return compareJson(c.name, c['expect-json'], value, secret);
  return { ok: true, summary: `${c.name} exists${at}` };
}

function compareJson(
  name: string,
  expected: Record<string, string>,
  value: string,
  secret: boolean,
): CheckResult {
  let document: unknown;
  try {
    document = JSON.parse(value);
  } catch {
    return { ok: false, summary: `${name}: the value is not JSON` };
  }
  const problems: string[] = [];
  for (const [path, want] of Object.entries(expected)) {
    const got = asText(valueAt(document, path));
    if (got === undefined) problems.push(`${path} is missing, expected "${secret ? '…' : want}"`);
    else if (got !== want)
      problems.push(
        secret
          ? `${path} differs from the expected value`
          : `${path} is "${excerpt(got, 60)}", expected "${want}"`,
      );
  }
  if (problems.length > 0) return { ok: false, summary: `${name}: ${problems.join('; ')}` };
  const found = secret
    ? Object.keys(expected).join(', ')
    : Object.entries(expected)
        .map(([p, v]) => `${p}=${v}`)
        .join(', ');
  return { ok: true, summary: `${name}: ${found}` };
}
