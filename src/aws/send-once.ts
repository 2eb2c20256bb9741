/**
 * Calls that must not be carried out twice. The SDK retries 5xx answers and dropped connections
 * on every call, but a call that reached the service may have been carried out before its answer
 * was lost ("you might see an exception because of timeouts or server issues occurring after the
 * resources are mutated", ECS API Reference, Ensuring idempotency). For a call that is not safe
 * to repeat, this middleware sits inside the SDK's retry loop and refuses every attempt after
 * the first, unless the previous one was plainly refused (throttled, or no connection made);
 * the caller then learns what happened from the world (a lookup, the migration history) rather
 * than by sending it again.
 */
import type { FinalizeRequestMiddleware, MiddlewareStack } from '@smithy/types';

/** A call that may or may not have been carried out; it was not sent again. */
export class OutcomeUnknownError extends Error {
  override readonly name: string = 'OutcomeUnknown';
}

/** Answers that say the call was refused before anything was done. */
const REFUSED_CODES = new Set(['ThrottlingException', 'Throttling', 'TooManyRequestsException']);

export function wasPlainlyRefused(error: unknown): boolean {
  const e = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  return (
    e?.$metadata?.httpStatusCode === 429 ||
    REFUSED_CODES.has(e?.name ?? '') ||
    e?.code === 'ECONNREFUSED'
  );
}

export interface SendOnceOptions {
  /** More answers that prove the call was refused (a service's own "not now" codes). */
  refused?: (error: unknown) => boolean;
  /** The error thrown instead of a resend; an OutcomeUnknownError by default. */
  unknown?: (why: string) => Error;
}

const STEP = { step: 'finalizeRequest', priority: 'low', name: 'phasegateSendOnce' } as const;

/** Makes `command` go out at most once unless it was plainly refused. */
export function sendOnce<I extends object, O extends object>(
  command: { middlewareStack: MiddlewareStack<I, O> },
  options: SendOnceOptions = {},
): void {
  command.middlewareStack.add(onceMiddleware<I, O>(options), STEP);
}

function onceMiddleware<I extends object, O extends object>(
  o: SendOnceOptions,
): FinalizeRequestMiddleware<I, O> {
  let attempts = 0;
  let last: unknown;
  return (next) => async (args) => {
    attempts += 1;
    if (attempts > 1 && !wasPlainlyRefused(last) && !o.refused?.(last)) {
      const why = `the call failed on its way (${describe(last)}) and was not sent again`;
      throw o.unknown ? o.unknown(why) : new OutcomeUnknownError(why);
    }
    try {
      return await next(args);
    } catch (error) {
      last = error;
      throw error;
    }
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
