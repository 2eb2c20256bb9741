/**
 * Where the release record lives, as the rest of phasegate sees it: a small key-value store
 * with one atomic operation, "create if absent". Keys are relative paths such as
 * `versions/v5.1/phases/agents`. The default backend is SSM Parameter Store (ssm-store.ts);
 * another backend (one with conditional updates, say) only has to keep these promises.
 */
export interface StoredEntry {
  key: string;
  value: string;
}

export interface RecordStore {
  /** Where the record is, for messages: `SSM Parameter Store /phasegate/ca-a2a/production`. */
  readonly location: string;
  get(key: string, signal: AbortSignal): Promise<string | undefined>;
  /** Every entry under a key prefix, at any depth. */
  list(prefix: string, signal: AbortSignal): Promise<StoredEntry[]>;
  /** Writes only when the key does not exist yet; false when it did. Atomic across writers. */
  create(key: string, value: string, signal: AbortSignal): Promise<boolean>;
  put(key: string, value: string, signal: AbortSignal): Promise<void>;
  /** Removes the key; a key that is already gone is fine. */
  delete(key: string, signal: AbortSignal): Promise<void>;
}

/** A value larger than the store takes: the caller must shrink it (no silent cut). */
export class RecordTooLarge extends Error {
  override readonly name = 'RecordTooLarge';
}

export function ssmLocation(prefix: string, region: string): string {
  return `SSM Parameter Store ${prefix} (${region})`;
}

/**
 * A store whose backend (and its SDK package) loads on first use, so the action's start-up
 * does not pay for the SSM client before a run needs the record.
 */
export function lazyStore(location: string, load: () => Promise<RecordStore>): RecordStore {
  let loading: Promise<RecordStore> | undefined;
  const store = () => {
    loading ??= load();
    return loading;
  };
  return {
    location,
    get: async (key, signal) => (await store()).get(key, signal),
    list: async (prefix, signal) => (await store()).list(prefix, signal),
    create: async (key, value, signal) => (await store()).create(key, value, signal),
    put: async (key, value, signal) => (await store()).put(key, value, signal),
    delete: async (key, signal) => (await store()).delete(key, signal),
  };
}
