/**
 * The one answer to "is this the user's or the world's fault, or a bug in phasegate?", used by
 * the engine, gates, the checks phase, the action and the CLI alike. Mistakes the user can fix
 * (UserError) and AWS errors they can act on (credentials, permissions, throttling or AWS
 * faults that outlasted the SDK's retries, a lost connection) become one sentence saying what
 * to do; everything else is a bug and keeps its stack.
 */
import { UserError } from '../core/errors.js';
import { OutcomeUnknownError } from './send-once.js';

const EXPLAINED: Record<string, (message: string) => [string, string]> = {
  AccessDeniedException: (m) => [
    `AWS denied access: ${m}`,
    'grant the role this action in its IAM policy',
  ],
  AccessDenied: (m) => [`AWS denied access: ${m}`, 'grant the role this action in its IAM policy'],
  UnauthorizedOperation: (m) => [
    `AWS denied access: ${m}`,
    'grant the role this action in its IAM policy',
  ],
  UnrecognizedClientException: () => [
    'AWS did not recognise the credentials',
    'check the credentials step (aws-actions/configure-aws-credentials) and the region',
  ],
  InvalidClientTokenId: () => [
    'AWS did not recognise the credentials',
    'check the credentials step and the region',
  ],
  ExpiredTokenException: () => [
    'the AWS credentials expired during the run',
    'raise role-duration-seconds in configure-aws-credentials above the release time',
  ],
  ExpiredToken: () => [
    'the AWS credentials expired during the run',
    'raise role-duration-seconds above the release time',
  ],
  CredentialsProviderError: () => [
    'no AWS credentials were found',
    'add aws-actions/configure-aws-credentials before phasegate, or set AWS_PROFILE for the CLI',
  ],
  // The Data API answers this for a cluster without it, an ARN of another cluster or Region
  // (ExecuteStatement errors, RDS Data API reference).
  HttpEndpointNotEnabledException: (m) => [
    `the Data API is not enabled on that cluster, or the cluster ARN or the region is wrong: ${m}`,
    "enable it on the Aurora cluster (aws rds enable-http-endpoint), check resource-arn and the plan's region; plain RDS has no Data API: use via: pg from a runner inside the VPC",
  ],
  ThrottlingException: (m) => [
    `AWS kept throttling after retries: ${m}`,
    'lower max-parallel or retry the phase later',
  ],
};

/** A UserError for an AWS error the user can act on, or undefined. */
export function explainAwsError(error: unknown): UserError | undefined {
  if (!(error instanceof Error)) return undefined;
  const explain = EXPLAINED[error.name];
  if (!explain) return undefined;
  const [message, hint] = explain(error.message);
  return new UserError(message, hint);
}

/**
 * The error as the user should read it (a UserError), or undefined when it is a bug in
 * phasegate. The single classifier: nothing else decides this.
 */
export function explainFailure(error: unknown): UserError | undefined {
  if (error instanceof UserError) return error;
  return explainAwsError(error) ?? explainWorldFault(error) ?? explainUnknownOutcome(error);
}

/**
 * A call that is not safe to repeat was lost on its way (send-once.ts) and whatever settles it
 * could not. Not a "try again" fault (isWorldFault stays false): the caller decides that.
 */
function explainUnknownOutcome(error: unknown): UserError | undefined {
  if (!(error instanceof OutcomeUnknownError)) return undefined;
  return new UserError(
    error.message,
    'look in the AWS console whether the change was made, then run the phase again',
  );
}

/**
 * The world's fault, not the user's and not a bug: AWS throttling or failing after the SDK's
 * retries, or the connection lost. Work that is safe to start again may be started again.
 */
export function isWorldFault(error: unknown): boolean {
  if (error instanceof Error && THROTTLED.has(error.name)) return true;
  return explainWorldFault(error) !== undefined;
}

const THROTTLED = new Set(['ThrottlingException', 'TooManyRequestsException', 'Throttling']);

/** Codes Node gives a socket that was closed, reset or never answered. */
const CONNECTION_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN']);

/**
 * AWS's own faults (5xx after the SDK's retries) and connections lost on the way: the world's
 * fault, explained, never "a bug". The SDK marks server faults with `$fault: 'server'`.
 */
function explainWorldFault(error: unknown): UserError | undefined {
  if (!(error instanceof Error)) return undefined;
  const e = error as Error & {
    $fault?: string;
    $metadata?: { httpStatusCode?: number; attempts?: number };
    code?: string;
  };
  const status = e.$metadata?.httpStatusCode;
  const attempts = e.$metadata?.attempts ? ` after ${e.$metadata.attempts} attempts` : '';
  if (e.$fault === 'server' || (status !== undefined && status >= 500)) {
    return new UserError(
      `AWS failed with ${e.name}${status ? ` (HTTP ${status})` : ''}${attempts}: ${e.message}`,
      "a fault on AWS's side: run the phase again; if it persists, check the AWS Health Dashboard",
    );
  }
  if (
    e.name === 'TimeoutError' ||
    (e.code && CONNECTION_CODES.has(e.code)) ||
    /socket hang up/i.test(e.message)
  ) {
    return new UserError(
      `the connection to AWS was lost${attempts}: ${e.message}`,
      'a network fault between the runner and AWS: run the phase again',
    );
  }
  return undefined;
}

/**
 * Errors after which a dry run could not look, rather than found a mistake: AWS refused the read
 * (AccessDenied*, the Data API's ForbiddenException) or what it reads is not there (ECS's
 * ClusterNotFoundException; the Data API's DatabaseNotFoundException). Error names from the
 * botocore models (ecs, rds-data service-2.json). Checked on the error and on its cause, for a
 * phase that wrapped the SDK's error in a PhaseFailure.
 */
const BLIND = new Set([
  'AccessDeniedException',
  'AccessDenied',
  'UnauthorizedOperation',
  'ForbiddenException',
  'ClusterNotFoundException',
  'DatabaseNotFoundException',
]);

/** Why a dry run could not look, or undefined when the error is something else. */
export function couldNotLook(error: unknown): string | undefined {
  for (const e of [error, error instanceof Error ? error.cause : undefined]) {
    if (e instanceof Error && BLIND.has(e.name))
      return `${e.name}: ${e.message.split('\n')[0] ?? ''}`;
  }
  return undefined;
}
