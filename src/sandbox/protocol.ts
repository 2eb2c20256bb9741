/**
 * The AWS wire protocols the sandbox speaks. ECS, SSM, CloudWatch Logs and Secrets Manager use
 * awsJson1_1: every
 * call is `POST /` with `X-Amz-Target: <ServicePrefix>.<Operation>`. The RDS Data API uses
 * restJson1: one path per operation. Errors are encoded so the SDK's own deserializers
 * (@smithy/core loadJsonRpcErrorCode / loadRestJsonErrorCode) pick the exception class by name.
 */
import { AwsError, type ServiceName } from './service.js';

export type Protocol = 'awsJson1_1' | 'restJson1';

export interface CallRoute {
  service: ServiceName;
  operation: string;
  protocol: Protocol;
}

export interface EncodedReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** X-Amz-Target prefixes, as the SDKs send them. */
const JSON_TARGETS: Readonly<Record<string, ServiceName>> = {
  AmazonEC2ContainerServiceV20141113: 'ecs',
  AmazonSSM: 'ssm',
  Logs_20140328: 'logs',
  secretsmanager: 'secrets-manager',
};

/** The RDS Data API's REST paths (from the service model's @http traits). */
const REST_OPERATIONS: Readonly<Record<string, string>> = {
  '/Execute': 'ExecuteStatement',
  '/BatchExecute': 'BatchExecuteStatement',
  '/BeginTransaction': 'BeginTransaction',
  '/CommitTransaction': 'CommitTransaction',
  '/RollbackTransaction': 'RollbackTransaction',
};

export type Route =
  | { kind: 'call'; call: CallRoute }
  | { kind: 'unknown-call'; protocol: Protocol; name: string }
  | { kind: 'plain' };

/** Decides whether a request is an AWS call, an unknown AWS call, or a plain HTTP route. */
export function route(method: string, path: string, target: string | undefined): Route {
  if (target !== undefined) return jsonRoute(target);
  if (method !== 'POST') return { kind: 'plain' };
  const operation = REST_OPERATIONS[path];
  return operation
    ? { kind: 'call', call: { service: 'rds-data', operation, protocol: 'restJson1' } }
    : { kind: 'unknown-call', protocol: 'restJson1', name: `POST ${path}` };
}

function jsonRoute(target: string): Route {
  const dot = target.lastIndexOf('.');
  const service = JSON_TARGETS[target.slice(0, dot)];
  const operation = target.slice(dot + 1);
  if (dot < 0 || !service || operation === '')
    return { kind: 'unknown-call', protocol: 'awsJson1_1', name: target };
  return { kind: 'call', call: { service, operation, protocol: 'awsJson1_1' } };
}

/** The error AWS gives for an operation it does not know (also for ones the sandbox lacks). */
export function unknownOperation(name: string, protocol: Protocol = 'awsJson1_1'): AwsError {
  return new AwsError(
    'UnknownOperationException',
    `Operation ${name} is not supported by the phasegate sandbox`,
    protocol === 'restJson1' ? 404 : 400,
  );
}

/** Parses a request body; an empty body is `{}` as the SDKs send for unit inputs. */
export function decodeBody(raw: string): Record<string, unknown> {
  if (raw.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new AwsError('SerializationException', 'Request body is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new AwsError('SerializationException', 'Request body must be a JSON object');
  return parsed as Record<string, unknown>;
}

const CONTENT_TYPE: Record<Protocol, string> = {
  awsJson1_1: 'application/x-amz-json-1.1',
  restJson1: 'application/json',
};

export function encodeOutput(protocol: Protocol, output: unknown, requestId: string): EncodedReply {
  return {
    status: 200,
    headers: { 'content-type': CONTENT_TYPE[protocol], 'x-amzn-requestid': requestId },
    body: toWireJson(output ?? {}),
  };
}

/**
 * awsJson1_1 errors carry the code in `__type`; restJson1 errors in the `x-amzn-ErrorType`
 * header. Both get the header and a `message`, which is what the AWS CLI reads as well, unless
 * the error has none (SSM's ParameterNotFound comes without one).
 */
export function encodeError(protocol: Protocol, error: AwsError, requestId: string): EncodedReply {
  const message = error.message === '' ? {} : { message: error.message };
  const body =
    protocol === 'awsJson1_1'
      ? { __type: error.code, ...message, ...error.fields }
      : { ...message, ...error.fields };
  return {
    status: error.status,
    headers: {
      'content-type': CONTENT_TYPE[protocol],
      'x-amzn-requestid': requestId,
      'x-amzn-errortype': error.code,
    },
    body: JSON.stringify(body),
  };
}

/**
 * JSON as both protocols put it on the wire: timestamps (Date) as epoch seconds, blobs
 * (Uint8Array) as base64. Services may return either form.
 */
export function toWireJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, encoded) {
    const raw = this[key];
    if (raw instanceof Date) return raw.getTime() / 1000;
    if (raw instanceof Uint8Array) return Buffer.from(raw).toString('base64');
    return encoded;
  });
}
