/**
 * AWS errors a user can fix (credentials, permissions, throttling that outlasted the SDK's
 * retries) become one sentence saying what to do; everything else stays an unexpected error.
 */
import { UserError } from '../core/errors.js';

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
