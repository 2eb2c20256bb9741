/** Running one check kind the way the engine does: settings parsed in final mode, then run. */
import type { AwsClients } from '../../src/aws/clients.js';
import type { CheckKind, CheckResult } from '../../src/checks/kind.js';
import { MemoryLogger } from '../../src/core/log.js';
import { Secrets } from '../../src/core/secrets.js';
import type { Issue, ParseContext } from '../../src/core/shape.js';
import { parseFinal } from '../../src/engine/settings.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { unusedAws } from '../helpers/kinds.js';
import { awsClientsOf, clientsFor } from '../helpers/sandbox.js';

export interface Ran {
  result: CheckResult;
  log: MemoryLogger;
  secrets: Secrets;
}

export async function runCheck<C>(
  kind: CheckKind<C>,
  settings: unknown,
  options: { aws?: AwsClients; signal?: AbortSignal } = {},
): Promise<Ran> {
  const log = new MemoryLogger();
  const secrets = new Secrets();
  const result = await kind.run({
    config: parseFinal(kind.settings, settings, `check "${kind.name}"`),
    check: { name: kind.name, uses: kind.name },
    run: {
      app: 'ca-a2a',
      region: 'eu-west-3',
      environment: 'test',
      version: 'v5.1',
      dryRun: false,
    },
    signal: options.signal ?? new AbortController().signal,
    log,
    aws: options.aws ?? unusedAws(),
    secrets,
  });
  return { result, log, secrets };
}

/** Parses settings as plan validation (`check`) or the engine (`final`) does. */
export function parse<C>(kind: CheckKind<C>, value: unknown, mode: ParseContext['mode'] = 'final') {
  const ctx: ParseContext = { mode, issues: [] };
  const config = kind.settings.parse(value, ['with'], ctx);
  return { config, issues: ctx.issues, messages: messages(ctx.issues) };
}

export function messages(issues: Issue[]): string[] {
  return issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** AwsClients whose SDK clients talk to the sandbox. */
export function sandboxAws(sandbox: Sandbox): AwsClients & { destroy(): void } {
  const clients = clientsFor(sandbox);
  return {
    ...awsClientsOf(sandbox, clients),
    destroy: () => clients.destroy(),
  };
}
