/** The scenario's `secrets-manager:` section: what it accepts and how it names mistakes. */
import { describe, expect, it } from 'vitest';
import { ManualClock, ScenarioError } from '../../src/sandbox/index.js';
import { loadScenario } from '../../src/sandbox/scenario.js';
import { createSecretsManagerService } from '../../src/sandbox/secrets-manager/index.js';
import type { ServiceDeps } from '../../src/sandbox/service.js';

const deps: ServiceDeps = {
  clock: new ManualClock(),
  logs: { append: () => undefined },
  region: 'eu-west-3',
  accountId: '555043101106',
};
const request = {
  service: 'secrets-manager' as const,
  operation: 'x',
  at: 0,
  signal: new AbortController().signal,
};

function mistake(section: unknown): ScenarioError {
  try {
    createSecretsManagerService(section, deps);
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error('the section was accepted');
}

describe('secrets-manager scenario', () => {
  it('accepts an absent section and serves plain and JSON secrets', async () => {
    expect(() => createSecretsManagerService(undefined, deps)).not.toThrow();
    const service = createSecretsManagerService(
      {
        secrets: [
          { name: 'a', value: 'plain' },
          { name: 'b', json: { port: 5432, ok: true } },
        ],
      },
      deps,
    );
    const read = (id: string) =>
      service.handle('GetSecretValue', { SecretId: id }, request) as Promise<{
        SecretString: string;
      }>;
    expect((await read('a')).SecretString).toBe('plain');
    expect((await read('b')).SecretString).toBe('{"port":5432,"ok":true}');
  });

  it('wants exactly one of value and json', () => {
    expect(mistake({ secrets: [{ name: 'a' }] }).message).toBe(
      'scenario secrets-manager.secrets[0]: give value or json (one of them)',
    );
    expect(mistake({ secrets: [{ name: 'a', value: 'x', json: {} }] }).where).toBe(
      'secrets-manager.secrets[0]',
    );
  });

  it('refuses a name twice, a bad name, and an ARN of another name, region or account', () => {
    const twice = {
      secrets: [
        { name: 'a', value: '1' },
        { name: 'a', value: '2' },
      ],
    };
    expect(mistake(twice).message).toContain('secret "a" is declared twice');
    expect(mistake({ secrets: [{ name: 'has space', value: '1' }] }).where).toBe(
      'secrets-manager.secrets[0].name',
    );
    const arn = (tail: string) => ({ secrets: [{ name: 'db', value: '1', arn: tail }] });
    expect(
      mistake(arn('arn:aws:secretsmanager:eu-west-3:555043101106:secret:other-AbCdEf')).where,
    ).toBe('secrets-manager.secrets[0].arn');
    expect(mistake(arn('arn:aws:secretsmanager:eu-west-3:555043101106:secret:db-Ab')).where).toBe(
      'secrets-manager.secrets[0].arn',
    );
    expect(
      mistake(arn('arn:aws:secretsmanager:us-east-1:555043101106:secret:db-AbCdEf')).message,
    ).toContain("must be in the scenario's region and account");
  });

  it('is a root section of the scenario, with unknown keys refused', () => {
    const root = loadScenario({ 'secrets-manager': { secrets: [{ name: 'a', value: 'x' }] } });
    expect(root.secretsManager).toEqual({ secrets: [{ name: 'a', value: 'x' }] });
    const unknown = mistake({ secret: [] });
    expect(unknown.message).toBe('scenario secrets-manager.secret: unknown key "secret"');
    expect(unknown.hint).toBe('did you mean "secrets"?');
  });
});
