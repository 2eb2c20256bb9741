/** The sandbox's AWS Secrets Manager: secrets with versions and staging labels, read and written. */
import { unknownOperation } from '../protocol.js';
import { type SandboxService, ScenarioError, type ServiceDeps } from '../service.js';
import { secretArnPrefix } from './ids.js';
import { parseSecretsManagerSection, type SecretsManagerScenario } from './scenario.js';
import { SecretStore } from './store.js';

export { secretArn } from './ids.js';

type Handler = (input: Record<string, unknown>) => unknown;

export function createSecretsManagerService(section: unknown, deps: ServiceDeps): SandboxService {
  const scenario = parseSecretsManagerSection(section);
  checkArns(scenario, deps);
  const store = new SecretStore({
    now: () => deps.clock.now(),
    region: deps.region,
    accountId: deps.accountId,
  });
  for (const secret of scenario.secrets) store.seed(secret);

  const operations: Record<string, Handler> = {
    GetSecretValue: (i) => store.getSecretValue(i),
    DescribeSecret: (i) => store.describeSecret(i),
    PutSecretValue: (i) => store.putSecretValue(i),
    CreateSecret: (i) => store.createSecret(i),
  };

  return {
    name: 'secrets-manager',
    async handle(operation, input) {
      const handler = operations[operation];
      if (!handler) throw unknownOperation(`secretsmanager.${operation}`);
      return handler(input);
    },
  };
}

/** A pinned ARN must be in the scenario's region and account, where the Data API looks too. */
function checkArns(scenario: SecretsManagerScenario, deps: ServiceDeps): void {
  const prefix = secretArnPrefix(deps);
  scenario.secrets.forEach((secret, i) => {
    if (secret.arn !== undefined && !secret.arn.startsWith(prefix))
      throw new ScenarioError(
        `secrets-manager.secrets[${i}].arn`,
        `the ARN must be in the scenario's region and account (${prefix}…)`,
      );
  });
}
