import { describe, expect, it } from 'vitest';
import { sleep } from '../../src/core/sleep.js';

describe('sleep', () => {
  it('resolves after the time', async () => {
    await expect(sleep(1, new AbortController().signal)).resolves.toBeUndefined();
  });

  it('rejects with the reason as soon as the signal aborts, and at once when it already has', async () => {
    const controller = new AbortController();
    const slept = sleep(60_000, controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(slept).rejects.toThrow('cancelled');
    await expect(sleep(60_000, controller.signal)).rejects.toThrow('cancelled');
  });
});
