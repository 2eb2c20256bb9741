/**
 * columnMetadata (includeResultMetadata: true), shaped like the Data API's answer for Aurora
 * PostgreSQL, which reads it through the PostgreSQL JDBC driver: lower-case PostgreSQL type names
 * (`int4`, `_text`), java.sql.Types codes, and the driver's precision and scale.
 */
import type { EngineField } from './engine.js';
import { ARRAY_ELEMENTS, JDBC_ARRAY, JDBC_OTHER, TYPES } from './pg-types.js';

/** ResultSetMetaData.columnNullableUnknown: the engines do not say which table a column is from. */
const NULLABLE_UNKNOWN = 2;

export type TypeNameLookup = (typeId: number) => Promise<string>;

export async function columnMetadata(
  fields: EngineField[],
  lookupName: TypeNameLookup,
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (const field of fields) out.push(await describeColumn(field, lookupName));
  return out;
}

async function describeColumn(field: EngineField, lookupName: TypeNameLookup) {
  const element = ARRAY_ELEMENTS.get(field.typeId);
  const info = TYPES.get(field.typeId);
  const typeName = info?.name ?? (await arrayOrLookup(field.typeId, element, lookupName));
  const { precision, scale } = size(field);
  const family = (element !== undefined ? TYPES.get(element) : info)?.family;
  return {
    name: field.name,
    label: field.name,
    type: element !== undefined ? JDBC_ARRAY : (info?.jdbc ?? JDBC_OTHER),
    typeName,
    arrayBaseColumnType: element !== undefined ? (TYPES.get(element)?.jdbc ?? JDBC_OTHER) : 0,
    isAutoIncrement: false,
    isSigned: family === 'long' || family === 'double' || family === 'decimal',
    isCurrency: false,
    isCaseSensitive: family === undefined || family === 'text',
    nullable: NULLABLE_UNKNOWN,
    precision,
    scale,
    schemaName: '',
    tableName: '',
  };
}

async function arrayOrLookup(
  typeId: number,
  element: number | undefined,
  lookupName: TypeNameLookup,
): Promise<string> {
  const elementName = element !== undefined ? TYPES.get(element)?.name : undefined;
  return elementName ? `_${elementName}` : lookupName(typeId);
}

/** Precision and scale from the type modifier, as pgjdbc computes them. */
function size(field: EngineField): { precision: number; scale: number } {
  const info = TYPES.get(field.typeId);
  const mod = field.typeModifier ?? -1;
  if (field.typeId === 1700 && mod >= 4) {
    return { precision: ((mod - 4) >> 16) & 0xffff, scale: (mod - 4) & 0xffff };
  }
  if ((field.typeId === 1043 || field.typeId === 1042) && mod >= 4) {
    return { precision: mod - 4, scale: 0 };
  }
  const fractional = [1083, 1114, 1184, 1266].includes(field.typeId) ? 6 : 0;
  const floating = field.typeId === 700 ? 8 : field.typeId === 701 ? 17 : 0;
  return { precision: info?.precision ?? 2147483647, scale: fractional || floating };
}
