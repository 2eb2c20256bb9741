import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  UserError
} from "./cli-chunk-75YOGVQ5.js";

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

// src/aws/errors.ts
var EXPLAINED = {
  AccessDeniedException: (m) => [
    `AWS denied access: ${m}`,
    "grant the role this action in its IAM policy"
  ],
  AccessDenied: (m) => [`AWS denied access: ${m}`, "grant the role this action in its IAM policy"],
  UnauthorizedOperation: (m) => [
    `AWS denied access: ${m}`,
    "grant the role this action in its IAM policy"
  ],
  UnrecognizedClientException: () => [
    "AWS did not recognise the credentials",
    "check the credentials step (aws-actions/configure-aws-credentials) and the region"
  ],
  InvalidClientTokenId: () => [
    "AWS did not recognise the credentials",
    "check the credentials step and the region"
  ],
  ExpiredTokenException: () => [
    "the AWS credentials expired during the run",
    "raise role-duration-seconds in configure-aws-credentials above the release time"
  ],
  ExpiredToken: () => [
    "the AWS credentials expired during the run",
    "raise role-duration-seconds above the release time"
  ],
  CredentialsProviderError: () => [
    "no AWS credentials were found",
    "add aws-actions/configure-aws-credentials before phasegate, or set AWS_PROFILE for the CLI"
  ],
  // The Data API answers this for a cluster without it, an ARN of another cluster or Region
  // (ExecuteStatement errors, RDS Data API reference).
  HttpEndpointNotEnabledException: (m) => [
    `the Data API is not enabled on that cluster, or the cluster ARN or the region is wrong: ${m}`,
    "enable it on the Aurora cluster (aws rds enable-http-endpoint), check resource-arn and the plan's region; plain RDS has no Data API: use via: pg from a runner inside the VPC"
  ],
  ThrottlingException: (m) => [
    `AWS kept throttling after retries: ${m}`,
    "lower max-parallel or retry the phase later"
  ]
};
function explainAwsError(error) {
  if (!(error instanceof Error)) return void 0;
  const explain = EXPLAINED[error.name];
  if (!explain) return void 0;
  const [message, hint] = explain(error.message);
  return new UserError(message, hint);
}
function explainFailure(error) {
  if (error instanceof UserError) return error;
  return explainAwsError(error) ?? explainWorldFault(error) ?? explainUnknownOutcome(error);
}
function explainUnknownOutcome(error) {
  if (!(error instanceof OutcomeUnknownError)) return void 0;
  return new UserError(
    error.message,
    "look in the AWS console whether the change was made, then run the phase again"
  );
}
function isWorldFault(error) {
  if (error instanceof Error && THROTTLED.has(error.name)) return true;
  return explainWorldFault(error) !== void 0;
}
var THROTTLED = /* @__PURE__ */ new Set(["ThrottlingException", "TooManyRequestsException", "Throttling"]);
var CONNECTION_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN"]);
function explainWorldFault(error) {
  if (!(error instanceof Error)) return void 0;
  const e = error;
  const status = e.$metadata?.httpStatusCode;
  const attempts = e.$metadata?.attempts ? ` after ${e.$metadata.attempts} attempts` : "";
  if (e.$fault === "server" || status !== void 0 && status >= 500) {
    return new UserError(
      `AWS failed with ${e.name}${status ? ` (HTTP ${status})` : ""}${attempts}: ${e.message}`,
      "a fault on AWS's side: run the phase again; if it persists, check the AWS Health Dashboard"
    );
  }
  if (e.name === "TimeoutError" || e.code && CONNECTION_CODES.has(e.code) || /socket hang up/i.test(e.message)) {
    return new UserError(
      `the connection to AWS was lost${attempts}: ${e.message}`,
      "a network fault between the runner and AWS: run the phase again"
    );
  }
  return void 0;
}
var BLIND = /* @__PURE__ */ new Set([
  "AccessDeniedException",
  "AccessDenied",
  "UnauthorizedOperation",
  "ForbiddenException",
  "ClusterNotFoundException",
  "DatabaseNotFoundException"
]);
function couldNotLook(error) {
  for (const e of [error, error instanceof Error ? error.cause : void 0]) {
    if (e instanceof Error && BLIND.has(e.name))
      return `${e.name}: ${e.message.split("\n")[0] ?? ""}`;
  }
  return void 0;
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
  explainAwsError,
  explainFailure,
  isWorldFault,
  couldNotLook,
  sleep
};
