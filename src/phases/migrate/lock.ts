/**
 * Two locks keep runners from applying a file twice.
 *
 * Every file transaction starts with `pg_advisory_xact_lock(key)`: a transaction-level lock,
 * released by its commit or rollback. A session-level lock would be wrong: the Data API keeps no
 * session between calls, so a session lock could outlive the run on a pooled connection, or be
 * taken on one connection and "released" on another.
 *
 * A file that runs outside a transaction cannot hold a transaction lock for its duration, so it
 * holds a lease instead: a row in the lease table with an owner and an expiry, renewed before
 * each statement, and taken over by another runner once it has expired (a killed runner).
 */
import { createHash } from 'node:crypto';
import { isUndefinedTable, type SqlTransaction, type StatementRunner } from '../../db/executor.js';
import type { TableNames } from './settings.js';

const LEASE_ID = 'migrate';

/** A signed 64-bit key derived from the history table, so two histories never share a lock. */
export function lockKey(names: Pick<TableNames, 'history'>): string {
  const digest = createHash('sha256').update(`phasegate:${names.history}`).digest();
  return digest.readBigInt64BE(0).toString();
}

/** The key is our own number, so it is written into the SQL rather than bound. */
export function lockStatement(key: string): string {
  return `SELECT pg_advisory_xact_lock(${BigInt(key).toString()})`;
}

/** What the file transaction sees once it holds the lock: a fresh read (new snapshot). */
export interface LockedState {
  /** The checksum recorded for this file's version, when it is applied. */
  appliedChecksum: string | undefined;
  /** The highest applied version, if any. */
  highest: number | undefined;
  /** Another runner's unexpired lease (a no-transaction file in progress). */
  leaseOwner: string | undefined;
}

/**
 * Must be its own statement after the lock: in READ COMMITTED each statement takes a new
 * snapshot, so only a statement that starts after the lock was granted sees the commits of the
 * runner that held it.
 */
export async function readLockedState(
  tx: StatementRunner,
  names: TableNames,
  version: number,
  owner: string,
): Promise<LockedState> {
  const result = await tx.execute(
    `SELECT
  (SELECT checksum FROM ${names.history} WHERE version = :version AND success) AS applied_checksum,
  (SELECT max(version) FROM ${names.history} WHERE success) AS highest,
  (SELECT owner FROM ${names.lease}
    WHERE id = '${LEASE_ID}' AND expires_at > now() AND owner <> :owner) AS lease_owner`,
    { params: { version, owner } },
  );
  const row = result.rows[0] ?? {};
  const text = (v: unknown) => (v === null || v === undefined ? undefined : String(v));
  const highest = text(row.highest);
  return {
    appliedChecksum: text(row.applied_checksum),
    highest: highest === undefined ? undefined : Number(highest),
    leaseOwner: text(row.lease_owner),
  };
}

/** Takes the lease when it is free, expired, or already ours; returns the holder otherwise. */
export async function takeLease(
  tx: SqlTransaction,
  names: TableNames,
  owner: string,
  durationMs: number,
): Promise<{ taken: true } | { taken: false; holder: string; expiresAt: string }> {
  const taken = await tx.execute(
    `INSERT INTO ${names.lease} AS l (id, owner, expires_at)
VALUES ('${LEASE_ID}', :owner, now() + make_interval(secs => :seconds))
ON CONFLICT (id) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
WHERE l.expires_at <= now() OR l.owner = EXCLUDED.owner`,
    { params: { owner, seconds: Math.ceil(durationMs / 1000) } },
  );
  if (taken.rowsAffected === 1) return { taken: true };
  const held = await tx.execute(
    `SELECT owner, expires_at::text AS expires_at FROM ${names.lease} WHERE id = '${LEASE_ID}'`,
  );
  const row = held.rows[0] ?? {};
  return { taken: false, holder: String(row.owner), expiresAt: String(row.expires_at) };
}

/** Pushes the expiry on; false when the lease is no longer ours (it expired and was taken). */
export async function renewLease(
  session: StatementRunner,
  names: TableNames,
  owner: string,
  durationMs: number,
): Promise<boolean> {
  const result = await session.execute(
    `UPDATE ${names.lease} SET expires_at = now() + make_interval(secs => :seconds)
WHERE id = '${LEASE_ID}' AND owner = :owner`,
    { params: { owner, seconds: Math.ceil(durationMs / 1000) } },
  );
  return result.rowsAffected === 1;
}

export async function releaseLease(
  session: StatementRunner,
  names: TableNames,
  owner: string,
): Promise<void> {
  await session.execute(`DELETE FROM ${names.lease} WHERE id = '${LEASE_ID}' AND owner = :owner`, {
    params: { owner },
    cleanup: true,
  });
}

/** The lease row, if any: who holds it and until when. */
export async function readLease(
  session: StatementRunner,
  names: TableNames,
): Promise<{ owner: string; expiresAt: string } | undefined> {
  try {
    const { rows } = await session.execute(
      `SELECT owner, expires_at::text AS expires_at FROM ${names.lease} WHERE id = '${LEASE_ID}'`,
    );
    const row = rows[0];
    return row ? { owner: String(row.owner), expiresAt: String(row.expires_at) } : undefined;
  } catch (error) {
    if (isUndefinedTable(error)) return undefined;
    throw error;
  }
}
