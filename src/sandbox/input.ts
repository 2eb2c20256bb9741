/**
 * Reading a decoded operation input the way AWS validates it: a wrong or missing member is an
 * error with the service's own code (SSM: ValidationException, Logs: InvalidParameterException).
 */
import { AwsError } from './service.js';

export class Input {
  constructor(
    private readonly raw: Record<string, unknown>,
    private readonly errorCode: string,
  ) {}

  /** AWS's wording: "Value null at 'name' failed to satisfy constraint: Member must not be null". */
  fail(member: string, constraint: string): never {
    const value = this.raw[member];
    const shown = value === undefined ? 'null' : `'${String(value)}'`;
    throw new AwsError(
      this.errorCode,
      `1 validation error detected: Value ${shown} at '${lowerFirst(member)}' failed to satisfy constraint: ${constraint}`,
    );
  }

  string(member: string): string {
    const value = this.optionalString(member);
    if (value === undefined || value === '') this.fail(member, 'Member must not be null');
    return value;
  }

  optionalString(member: string): string | undefined {
    const value = this.raw[member];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') this.fail(member, 'Member must be a string');
    return value;
  }

  boolean(member: string): boolean {
    const value = this.raw[member];
    if (value === undefined || value === null) return false;
    if (typeof value !== 'boolean') this.fail(member, 'Member must be a boolean');
    return value;
  }

  /** An optional whole number within AWS's documented bounds. */
  integer(member: string, bounds: { min: number; max: number }): number | undefined {
    const value = this.raw[member];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'number' || !Number.isInteger(value))
      this.fail(member, 'Member must be an integer');
    if (value < bounds.min)
      this.fail(member, `Member must have value greater than or equal to ${bounds.min}`);
    if (value > bounds.max)
      this.fail(member, `Member must have value less than or equal to ${bounds.max}`);
    return value;
  }

  /** An optional list of strings with at most `max` members. */
  strings(member: string, max = Number.POSITIVE_INFINITY): string[] | undefined {
    const value = this.raw[member];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
      this.fail(member, 'Member must be a list of strings');
    if (value.length > max)
      this.fail(member, `Member must have length less than or equal to ${max}`);
    return value as string[];
  }

  /** A map of string lists, as SSM command parameters are. */
  stringListMap(member: string): Record<string, string[]> {
    const value = this.raw[member];
    if (value === undefined || value === null) return {};
    const ok =
      typeof value === 'object' &&
      !Array.isArray(value) &&
      Object.values(value).every((v) => Array.isArray(v) && v.every((s) => typeof s === 'string'));
    if (!ok) this.fail(member, 'Member must be a map of string lists');
    return value as Record<string, string[]>;
  }

  has(member: string): boolean {
    return this.raw[member] !== undefined && this.raw[member] !== null;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Opaque pagination tokens: base64 of a small JSON cursor, rejected when tampered with. */
export function encodeToken(cursor: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64');
}

export function decodeToken<T extends Record<string, unknown>>(
  token: string,
  isCursor: (value: Record<string, unknown>) => value is T,
  error: () => AwsError,
): T {
  try {
    const value = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null && isCursor(value as Record<string, unknown>))
      return value as T;
  } catch {
    // Falls through to the service's own invalid-token error.
  }
  throw error();
}

/** The list offset a page token carries (0 without one); `error` is the service's bad-token error. */
export function offsetFromToken(token: string | undefined, error: () => AwsError): number {
  if (token === undefined) return 0;
  return decodeToken(token, (c): c is { offset: number } => typeof c.offset === 'number', error)
    .offset;
}
