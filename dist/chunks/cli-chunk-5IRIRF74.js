import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);

// src/aws/send-once.ts
var OutcomeUnknownError = class extends Error {
  name = "OutcomeUnknown";
};
var REFUSED_CODES = /* @__PURE__ */ new Set(["ThrottlingException", "Throttling", "TooManyRequestsException"]);
function wasPlainlyRefused(error) {
  const e = error;
  return e?.$metadata?.httpStatusCode === 429 || REFUSED_CODES.has(e?.name ?? "") || e?.code === "ECONNREFUSED";
}
var STEP = { step: "finalizeRequest", priority: "low", name: "phasegateSendOnce" };
function sendOnce(command, options = {}) {
  command.middlewareStack.add(onceMiddleware(options), STEP);
}
function onceMiddleware(o) {
  let attempts = 0;
  let last;
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
function describe(error) {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

// src/core/sleep.ts
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

export {
  OutcomeUnknownError,
  sendOnce,
  sleep
};
