import { describe, expect, it } from 'vitest';
import { explainFailure } from '../../src/aws/errors.js';
import { OutcomeUnknownError } from '../../src/aws/send-once.js';
import { UserError } from '../../src/core/errors.js';
import { StatementTimedOut } from '../../src/db/executor.js';

const awsError = (name: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(`${name} happened`), { name, ...extra });

describe('explainFailure: the one classifier', () => {
  it('explains a call sent once whose answer was lost, and a statement past 45 s', () => {
    const lost = new OutcomeUnknownError('the call failed on its way (x) and was not sent again');
    expect(explainFailure(lost)?.hint).toMatch(/AWS console/);
    const timedOut = new StatementTimedOut('Statement timed out');
    expect(explainFailure(timedOut)?.message).toBe(
      "a statement ran past the Data API's 45 s call limit: Statement timed out",
    );
  });

  it('keeps a UserError as it is', () => {
    const error = new UserError('bad plan', 'write x');
    expect(explainFailure(error)).toBe(error);
  });

  it('explains credentials, permissions and throttling', () => {
    expect(explainFailure(awsError('AccessDeniedException'))?.message).toMatch(
      /^AWS denied access/,
    );
    expect(explainFailure(awsError('ThrottlingException'))?.hint).toMatch(/max-parallel/);
  });

  it("explains AWS's own faults after the SDK's retries, naming the attempts", () => {
    const error = awsError('InternalServerErrorException', {
      $fault: 'server',
      $metadata: { httpStatusCode: 500, attempts: 3 },
    });
    expect(explainFailure(error)?.message).toBe(
      'AWS failed with InternalServerErrorException (HTTP 500) after 3 attempts: InternalServerErrorException happened',
    );
  });

  it('explains a lost connection', () => {
    expect(explainFailure(awsError('TimeoutError'))?.message).toMatch(/connection to AWS was lost/);
    expect(
      explainFailure(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))?.hint,
    ).toMatch(/run the phase again/);
  });

  it('leaves a bug a bug', () => {
    expect(explainFailure(new TypeError('x is undefined'))).toBeUndefined();
    expect(explainFailure('a string')).toBeUndefined();
  });
});
