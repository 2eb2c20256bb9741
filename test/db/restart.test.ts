import { describe, expect, it } from 'vitest';
import { MAX_RETRIES as MAX_RESTARTS } from '../../src/aws/retry.js';
import { PhaseFailure } from '../../src/core/errors.js';
import { MemoryLogger } from '../../src/core/log.js';
import { OutcomeUnknown, SqlStatementError, TransactionGone } from '../../src/db/executor.js';
import { restartingOnFaults } from '../../src/db/restart.js';

const options = () => ({
  log: new MemoryLogger(),
  signal: new AbortController().signal,
  firstPauseMs: 0,
});

describe('restartingOnFaults', () => {
  it('starts the work again after a lost call or a vanished transaction', async () => {
    const faults = [new OutcomeUnknown('lost'), new TransactionGone('gone')];
    let tries = 0;
    const o = options();
    const result = await restartingOnFaults(
      '001_a.sql',
      async () => {
        tries += 1;
        const fault = faults.shift();
        if (fault) throw fault;
        return 'applied';
      },
      o,
    );
    expect(result).toBe('applied');
    expect(tries).toBe(3);
    expect(o.log.text()).toContain(
      '001_a.sql: interrupted (lost); nothing was committed, starting again',
    );
  });

  it("never starts again after the file's own mistake", async () => {
    let tries = 0;
    const failing = restartingOnFaults(
      '001_a.sql',
      async () => {
        tries += 1;
        throw new SqlStatementError('syntax error', '42601');
      },
      options(),
    );
    await expect(failing).rejects.toBeInstanceOf(SqlStatementError);
    expect(tries).toBe(1);
  });

  it('gives up after MAX_RESTARTS with an explained failure', async () => {
    let tries = 0;
    const failing = restartingOnFaults(
      '001_a.sql',
      async () => {
        tries += 1;
        throw Object.assign(new Error('Internal failure'), {
          name: 'InternalServerErrorException',
          $fault: 'server',
        });
      },
      options(),
    );
    await expect(failing).rejects.toBeInstanceOf(PhaseFailure);
    await expect(failing).rejects.toThrow(/interrupted \d+ times by faults/);
    expect(tries).toBe(MAX_RESTARTS + 1);
  });
});
