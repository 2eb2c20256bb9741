/**
 * Data API parameters (`{name, value: {stringValue: …}, typeHint}`) bound to `$n` the way the
 * Data API binds them: each value member has a fixed PostgreSQL type, so a stringValue compared
 * with a uuid column fails ("operator does not exist: uuid = text") unless typeHint UUID is
 * given, exactly the mistake the sandbox should surface before AWS does.
 */
import { isPlainObject } from '../../core/shape.js';
import { AwsError } from '../service.js';
import type { EngineParam } from './engine.js';
import { invalid } from './errors.js';
import { PARAM_TYPES } from './pg-types.js';

const HINTS = ['DATE', 'TIME', 'TIMESTAMP', 'DECIMAL', 'UUID', 'JSON'] as const;
type Hint = (typeof HINTS)[number];

interface NamedValue {
  value: Record<string, unknown>;
  typeHint?: Hint;
}

/** Reads `parameters` (or one of BatchExecuteStatement's parameterSets) into a name map. */
export function readParameters(raw: unknown): Map<string, NamedValue> {
  const out = new Map<string, NamedValue>();
  if (raw === undefined) return out;
  if (!Array.isArray(raw)) throw invalid('parameters must be a list');
  for (const item of raw) {
    if (!isPlainObject(item) || typeof item.name !== 'string' || item.name === '')
      throw invalid('Each parameter needs a name');
    const value = isPlainObject(item.value) ? item.value : { isNull: true };
    const hint = item.typeHint;
    if (hint !== undefined && !HINTS.includes(hint as Hint))
      throw invalid(`Invalid typeHint ${String(hint)}; expected one of ${HINTS.join(', ')}`);
    out.set(item.name, { value, ...(hint ? { typeHint: hint as Hint } : {}) });
  }
  return out;
}

/** Binds `$1…$n` in the order the SQL names them. */
export function bindParameters(names: string[], values: Map<string, NamedValue>): EngineParam[] {
  return names.map((name) => {
    const param = values.get(name);
    // pgjdbc's wording, which the Data API passes on for a placeholder without a value.
    if (!param)
      throw new AwsError(
        'DatabaseErrorException',
        `No value specified for parameter ${name}.; SQLState: 22023`,
      );
    return toEngineParam(name, param);
  });
}

function toEngineParam(name: string, { value, typeHint }: NamedValue): EngineParam {
  const members = Object.keys(value).filter((k) => value[k] !== undefined);
  const [member] = members;
  if (members.length !== 1 || member === undefined)
    throw invalid(`Parameter ${name} must set exactly one value member`);
  const raw = value[member];
  switch (member) {
    case 'isNull':
      return { value: null, typeId: PARAM_TYPES.isNull };
    case 'stringValue':
      return { value: String(raw), typeId: PARAM_TYPES[typeHint ?? 'stringValue'] };
    case 'longValue':
      return { value: integerText(name, raw), typeId: PARAM_TYPES.longValue };
    case 'doubleValue':
      return { value: String(Number(raw)), typeId: PARAM_TYPES.doubleValue };
    case 'booleanValue':
      return { value: raw ? 'true' : 'false', typeId: PARAM_TYPES.booleanValue };
    case 'blobValue':
      return { value: blobText(raw), typeId: PARAM_TYPES.blobValue };
    case 'arrayValue':
      // The Data API refuses arrays as parameters; pass a string and cast it in SQL instead.
      throw invalid('Array parameters are not supported.');
    default:
      throw invalid(`Parameter ${name} has an unknown value member ${member}`);
  }
}

function integerText(name: string, raw: unknown): string {
  const n = typeof raw === 'string' ? Number(raw) : raw;
  if (typeof n !== 'number' || !Number.isInteger(n))
    throw invalid(`Parameter ${name}: longValue must be a whole number`);
  return String(raw);
}

/** blobValue arrives base64-encoded (restJson1 blobs); PostgreSQL's text form is `\x<hex>`. */
function blobText(raw: unknown): string {
  const bytes = raw instanceof Uint8Array ? raw : Buffer.from(String(raw), 'base64');
  return `\\x${Buffer.from(bytes).toString('hex')}`;
}
