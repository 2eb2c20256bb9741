/**
 * Reading decoded ECS inputs and writing outputs in the JSON 1.1 wire form: timestamps are epoch
 * seconds (with fractions), and parameter mistakes are the exceptions ECS returns for them.
 */
import { AwsError } from '../service.js';

export type Input = Record<string, unknown>;

export function epochSeconds(ms: number): number {
  return ms / 1000;
}

export function invalidParameter(message: string): AwsError {
  return new AwsError('InvalidParameterException', message);
}

export function clientException(message: string): AwsError {
  return new AwsError('ClientException', message);
}

export function optionalString(input: Input, key: string): string | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalidParameter(`${key} must be a string.`);
  return value;
}

/** ECS answers a missing or empty required text parameter with "<Name> can not be blank." */
export function requiredString(input: Input, key: string, display = capitalize(key)): string {
  const value = optionalString(input, key);
  if (value === undefined || value.trim() === '')
    throw invalidParameter(`${display} can not be blank.`);
  return value;
}

export function optionalInteger(input: Input, key: string): number | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    throw invalidParameter(`${key} must be an integer.`);
  }
  return value;
}

export function optionalBoolean(input: Input, key: string): boolean | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') throw invalidParameter(`${key} must be a boolean.`);
  return value;
}

export function optionalStringList(input: Input, key: string): string[] | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
    throw invalidParameter(`${key} must be a list of strings.`);
  }
  return value as string[];
}

export function optionalObject(input: Input, key: string): Input | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw invalidParameter(`${key} must be an object.`);
  }
  return value as Input;
}

export function optionalList(input: Input, key: string): unknown[] | undefined {
  const value = input[key];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw invalidParameter(`${key} must be a list.`);
  return value;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One page of a list call; the token is the offset, opaque to clients as AWS's tokens are. */
export function paginate<T>(
  items: T[],
  input: Input,
  limits: { default: number; max: number },
): { page: T[]; nextToken?: string } {
  const maxResults = optionalInteger(input, 'maxResults') ?? limits.default;
  if (maxResults < 1 || maxResults > limits.max) {
    throw invalidParameter(`maxResults must be between 1 and ${limits.max}.`);
  }
  const token = optionalString(input, 'nextToken');
  const start = token === undefined ? 0 : decodeToken(token);
  const page = items.slice(start, start + maxResults);
  const end = start + page.length;
  return end < items.length ? { page, nextToken: encodeToken(end) } : { page };
}

function encodeToken(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString('base64');
}

function decodeToken(token: string): number {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
    const offset = (parsed as { offset?: unknown }).offset;
    if (typeof offset === 'number' && Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // fall through to the error AWS gives for a token it did not issue
  }
  throw invalidParameter('Invalid nextToken.');
}

/**
 * DescribeServices and DescribeTasks alike: at most `limit` references, each found one on the
 * wire, each unknown one a `MISSING` failure with its ARN, as ECS answers.
 */
export function describeEach<T>(
  refs: string[],
  rules: { what: string; empty: string; limit: number },
  find: (ref: string) => T | undefined,
  toWire: (item: T) => Input,
  arnOf: (ref: string) => string,
): { found: Input[]; failures: Input[] } {
  if (refs.length === 0) throw invalidParameter(rules.empty);
  if (refs.length > rules.limit) {
    throw invalidParameter(`${rules.what} can have at most ${rules.limit} items`);
  }
  const found: Input[] = [];
  const failures: Input[] = [];
  for (const ref of refs) {
    const item = find(ref);
    if (item) found.push(toWire(item));
    else failures.push({ arn: ref.startsWith('arn:') ? ref : arnOf(ref), reason: 'MISSING' });
  }
  return { found, failures };
}
