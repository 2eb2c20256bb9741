/**
 * Result values, from PostgreSQL's text format to what the Data API returns: `records` as Field
 * unions, or `formattedRecords` (formatRecordsAs: JSON) as one JSON text.
 */
import type { EngineField } from './engine.js';
import { unsupportedType } from './errors.js';
import { ARRAY_ELEMENTS, TYPES, UNSUPPORTED, type ValueFamily } from './pg-types.js';

export interface ResultOptions {
  /** resultSetOptions.decimalReturnType: numeric as text (default) or as a number. */
  decimalAsNumber: boolean;
  /** resultSetOptions.longReturnType: STRING keeps int8 exact beyond 2^53. */
  longAsString: boolean;
}

export type Field = Record<string, unknown>;

/** Refuses types the Data API cannot return, before any row is converted. */
export function checkSupported(fields: EngineField[]): void {
  for (const field of fields) {
    const unsupported = UNSUPPORTED.get(field.typeId);
    if (unsupported) throw unsupportedType(unsupported);
    const element = ARRAY_ELEMENTS.get(field.typeId);
    if (element !== undefined && UNSUPPORTED.has(element))
      throw unsupportedType(`_${UNSUPPORTED.get(element)}`);
  }
}

export function toRecords(
  fields: EngineField[],
  rows: (string | null)[][],
  options: ResultOptions,
): Field[][] {
  return rows.map((row) => row.map((text, i) => toField(text, fields[i]?.typeId ?? 0, options)));
}

function toField(text: string | null, typeId: number, options: ResultOptions): Field {
  if (text === null) return { isNull: true };
  const element = ARRAY_ELEMENTS.get(typeId);
  if (element !== undefined) return { arrayValue: toArrayValue(text, element, options) };
  const family = TYPES.get(typeId)?.family ?? 'text';
  const value = scalar(text, family, options);
  if (typeof value === 'boolean') return { booleanValue: value };
  if (value instanceof Uint8Array) return { blobValue: value };
  if (typeof value === 'number')
    return Number.isInteger(value) && family !== 'double'
      ? { longValue: value }
      : { doubleValue: value };
  return { stringValue: value };
}

type Scalar = string | number | boolean | Uint8Array;

function scalar(text: string, family: ValueFamily, options: ResultOptions): Scalar {
  switch (family) {
    case 'bool':
      return text === 't' || text === 'true';
    case 'long':
      return options.longAsString ? text : Number(text);
    case 'double':
      // JSON has no NaN or Infinity; they stay text.
      return Number.isFinite(Number(text)) ? Number(text) : text;
    case 'decimal':
      return options.decimalAsNumber && Number.isFinite(Number(text)) ? Number(text) : text;
    case 'blob':
      return Buffer.from(text.slice(2), 'hex');
    case 'timestamptz':
      // The session runs in UTC; the Data API returns timestamps without an offset.
      return text.replace(/\+00(?::00)?$/, '');
    default:
      return text;
  }
}

function toArrayValue(text: string, element: number, options: ResultOptions): Field {
  const items = parseArrayLiteral(text);
  const family = TYPES.get(element)?.family ?? 'text';
  const values = items.map((item) => (item === null ? null : scalar(item, family, options)));
  if (family === 'bool') return { booleanValues: values };
  if (family === 'long' && !options.longAsString) return { longValues: values };
  if (family === 'double') return { doubleValues: values };
  return { stringValues: values.map((v) => (v instanceof Uint8Array ? b64(v) : v)) };
}

/**
 * A 1-dimensional PostgreSQL array literal (`{1,2,NULL}`, `{"a b","c\"d"}`). The Data API does
 * not return multidimensional arrays (UnsupportedResultException).
 */
export function parseArrayLiteral(text: string): (string | null)[] {
  const body = text.replace(/^\[[^\]]*\]=/, '');
  if (!body.startsWith('{') || !body.endsWith('}')) return [text];
  const inner = body.slice(1, -1);
  if (inner.startsWith('{')) throw unsupportedType('multidimensional array');
  const items: (string | null)[] = [];
  let i = 0;
  while (i <= inner.length && inner !== '') {
    const [item, next] = inner[i] === '"' ? readQuoted(inner, i) : readBare(inner, i);
    items.push(item);
    i = next + 1;
  }
  return items;
}

function readQuoted(text: string, start: number): [string, number] {
  let out = '';
  let i = start + 1;
  while (i < text.length && text[i] !== '"') {
    if (text[i] === '\\') i++;
    out += text[i] ?? '';
    i++;
  }
  return [out, i + 1];
}

function readBare(text: string, start: number): [string | null, number] {
  const end = text.indexOf(',', start);
  const stop = end < 0 ? text.length : end;
  const item = text.slice(start, stop).trim();
  return [item.toUpperCase() === 'NULL' ? null : item, stop];
}

/** formatRecordsAs: JSON — one object per row, keyed by column name. */
export function toFormattedRecords(
  fields: EngineField[],
  rows: (string | null)[][],
  options: ResultOptions,
): string {
  const objects = rows.map((row) =>
    Object.fromEntries(
      row.map((text, i) => [
        fields[i]?.name ?? `${i}`,
        jsonValue(text, fields[i]?.typeId ?? 0, options),
      ]),
    ),
  );
  return JSON.stringify(objects);
}

function jsonValue(text: string | null, typeId: number, options: ResultOptions): unknown {
  if (text === null) return null;
  const element = ARRAY_ELEMENTS.get(typeId);
  const family = TYPES.get(element ?? typeId)?.family ?? 'text';
  const convert = (t: string) => {
    const v = scalar(t, family, options);
    return v instanceof Uint8Array ? b64(v) : v;
  };
  if (element === undefined) return convert(text);
  return parseArrayLiteral(text).map((item) => (item === null ? null : convert(item)));
}

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Bytes of row data the database returned: what the Data API's 1 MiB response limit counts. */
export function resultBytes(rows: (string | null)[][]): number {
  let total = 0;
  for (const row of rows) for (const v of row) if (v !== null) total += Buffer.byteLength(v);
  return total;
}
