import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);

// src/aws/ecs/errors.ts
function errorName(error) {
  if (typeof error !== "object" || error === null || !("name" in error)) return void 0;
  return typeof error.name === "string" ? error.name : void 0;
}
function isThrottling(error) {
  const name = errorName(error);
  return name === "ThrottlingException" || name === "Throttling" || name === "TooManyRequestsException" || name === "RequestLimitExceeded";
}
function isUnknownTaskDefinition(error) {
  return errorName(error) === "ClientException";
}

export {
  errorName,
  isThrottling,
  isUnknownTaskDefinition
};
