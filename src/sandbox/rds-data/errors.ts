/**
 * The errors the Data API returns for Aurora Serverless v2 and provisioned clusters, with the
 * codes and texts AWS documents (Aurora User Guide: "Troubleshooting RDS Data API" and
 * "Comparing Data API behaviors"). BadRequestException is the Serverless v1 code for SQL errors
 * and is deprecated; v2 clusters answer DatabaseErrorException.
 */
import { AwsError } from '../service.js';

/** What a PostgreSQL engine reports for a failed statement. */
export class SqlError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly details: { detail?: string; hint?: string; position?: string; where?: string } = {},
  ) {
    super(message);
    this.name = 'SqlError';
  }
}

/** StatementTimeoutException carries the backend's connection id, as AWS's does. */
export class StatementTimeoutError extends AwsError {
  constructor(readonly dbConnectionId: number) {
    super('StatementTimeoutException', 'Request timed out', 400, { dbConnectionId });
  }
}

/** pgjdbc's text (message, then Detail/Hint/Position/Where lines) with Data API's SQLState suffix. */
export function databaseError(error: SqlError): AwsError {
  const { detail, hint, position, where } = error.details;
  const lines = [`ERROR: ${error.message}`];
  if (detail) lines.push(`  Detail: ${detail}`);
  if (hint) lines.push(`  Hint: ${hint}`);
  if (position) lines.push(`  Position: ${position}`);
  if (where) lines.push(`  Where: ${where}`);
  return new AwsError('DatabaseErrorException', `${lines.join('\n')}; SQLState: ${error.code}`);
}

export const multistatement = (): AwsError =>
  new AwsError('ValidationException', "Multistatements aren't supported.");

export const schemaNotSupported = (): AwsError =>
  new AwsError('ValidationException', "The schema parameter isn't supported");

/**
 * continueAfterTimeout together with transactionId. AWS documents continueAfterTimeout without
 * saying whether it applies inside a transaction; the one public report of the combination
 * (jeremydaly/data-api-client#38, 2020) says the Data API answers it with an error. The sandbox
 * refuses it by default so nothing may depend on it; AWS's exact code and text are unknown.
 */
export const continueInTransaction = (): AwsError =>
  new AwsError(
    'BadRequestException',
    'continueAfterTimeout is not supported for a statement in a transaction (sandbox: as reported ' +
      'in jeremydaly/data-api-client#38; set transactional-continue-after-timeout: allowed to accept it)',
  );

export const stillRunning = (): AwsError =>
  new AwsError('DatabaseErrorException', 'Transaction is still running a query');

/** The troubleshooting guide: "The cause for this issue is appended to the error message". */
export type NotFoundCause = 'expired' | 'ended' | 'aborted' | 'unknown';

const CAUSES: Record<NotFoundCause, string> = {
  expired: 'Transaction may be expired: no call used it for 3 minutes.',
  ended: 'Transaction was ended by a previous CommitTransaction or RollbackTransaction call.',
  aborted: 'Transaction was aborted due to an error from a previous call.',
  unknown: 'The transaction ID was not created by a BeginTransaction call.',
};

export function transactionNotFound(id: string, cause: NotFoundCause): AwsError {
  return new AwsError(
    'TransactionNotFoundException',
    `Transaction ${id} is not found. ${CAUSES[cause]}`,
    404,
  );
}

export const responseTooLarge = (): AwsError =>
  new AwsError('BadRequestException', 'Database response exceeded size limit');

export function resuming(cluster: string): AwsError {
  return new AwsError(
    'DatabaseResumingException',
    `The Aurora DB instance ${cluster}-instance-1 is resuming after being auto-paused. ` +
      'Please wait a few seconds and try again.',
  );
}

export const unsupportedType = (typeName: string): AwsError =>
  new AwsError(
    'UnsupportedResultException',
    `The result contains the unsupported data type ${typeName}.`,
  );

export const invalid = (message: string): AwsError => new AwsError('ValidationException', message);
