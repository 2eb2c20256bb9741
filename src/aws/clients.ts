/**
 * One lazily created SDK client per AWS service, shared by every phase of a run. A kind asks for
 * the client by its SDK class (`ctx.aws.client(ECSClient)`), so this module imports no SDK
 * package: a run loads only the SDK packages its plan's kinds use, which keeps the action's
 * start-up short. The endpoint comes from the SDK's own configuration, so `AWS_ENDPOINT_URL_ECS`
 * and friends point the real clients at the sandbox without any code path of our own.
 */

export interface ClientConfig {
  region: string;
  maxAttempts: number;
  retryMode: 'adaptive';
}

export type ClientClass<T> = new (config: ClientConfig) => T;

export interface AwsClients {
  readonly region: string;
  /** The run's one client of this SDK class, made on first use. */
  client<T>(Class: ClientClass<T>): T;
}

// Adaptive retry backs off on throttling across all calls of a client, which matters when many
// services are polled side by side. Eight attempts, not the SDK's default three: a release makes
// a few hundred calls, and in a world where a quarter of them fail (the fault rehearsal), three
// attempts leave one call in 64 failing, eight one in 65,000. The SDK retries only what it
// classes as throttling, 5xx or transient (its retry quota still stops a retry storm), and its
// mutating calls that could repeat an effect carry idempotency tokens (RunTask's clientToken).
const clientConfig = (region: string): ClientConfig => ({
  region,
  maxAttempts: 8,
  retryMode: 'adaptive',
});

/**
 * The SDK prints a multi-line NodeVersionSupportWarning (process.emitWarning) when its first
 * client is made on Node < 22, in the middle of a phase's log. phasegate states the Node versions
 * it supports itself (README; the CLI checks at start), so it turns the notice off with the SDK's
 * documented switch, read as each client is made: "you can suppress it by setting the following
 * environment variable: AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true"
 * (https://github.com/aws/aws-sdk-js-v3/issues/7983). A value the user set is left alone.
 */
function quietSdkNodeNotice(env: NodeJS.ProcessEnv = process.env): void {
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}

export function createAwsClients(region: string): AwsClients {
  const cache = new Map<ClientClass<unknown>, unknown>();
  quietSdkNodeNotice();
  return {
    region,
    client<T>(Class: ClientClass<T>): T {
      if (!cache.has(Class)) cache.set(Class, new Class(clientConfig(region)));
      return cache.get(Class) as T;
    },
  };
}
