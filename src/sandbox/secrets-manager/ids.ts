/**
 * Secret ARNs and version ids as Secrets Manager makes them. AWS appends a hyphen and 6 random
 * characters to the name in a secret's ARN; the sandbox derives them from the name instead, so a
 * scenario's secret has the same ARN on every start and tests can write it down.
 */
import { createHash } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export interface ArnScope {
  region: string;
  accountId: string;
}

export function secretArnPrefix(scope: ArnScope): string {
  return `arn:aws:secretsmanager:${scope.region}:${scope.accountId}:secret:`;
}

/** `arn:aws:secretsmanager:<region>:<account>:secret:<name>-XXXXXX`. */
export function secretArn(scope: ArnScope, name: string): string {
  const digest = createHash('sha256').update(`${scope.accountId}\0${name}`).digest();
  const suffix = [...digest.subarray(0, 6)].map((b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${secretArnPrefix(scope)}${name}-${suffix}`;
}

/** A UUID-shaped version id that is the same for the same seed. */
export function stableVersionId(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `8${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

/** Midnight UTC of the day: AWS records LastAccessedDate to the day only. */
export function dayOf(epochMs: number): number {
  const day = 24 * 60 * 60 * 1000;
  return Math.floor(epochMs / day) * day;
}
