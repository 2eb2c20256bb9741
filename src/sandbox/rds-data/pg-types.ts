/**
 * PostgreSQL's built-in types as the Data API (which reads results through the PostgreSQL JDBC
 * driver) describes them: the JDBC type code in columnMetadata.type, the value family that
 * picks a Field member, and a display precision.
 */

export type ValueFamily = 'bool' | 'long' | 'double' | 'decimal' | 'blob' | 'timestamptz' | 'text';

export interface TypeInfo {
  name: string;
  jdbc: number;
  family: ValueFamily;
  precision: number;
}

/** java.sql.Types */
const JDBC = {
  BIT: -7,
  BIGINT: -5,
  BINARY: -2,
  CHAR: 1,
  NUMERIC: 2,
  INTEGER: 4,
  SMALLINT: 5,
  REAL: 7,
  DOUBLE: 8,
  VARCHAR: 12,
  DATE: 91,
  TIME: 92,
  TIMESTAMP: 93,
  OTHER: 1111,
  ARRAY: 2003,
} as const;

const MAX = 2147483647;

const t = (name: string, jdbc: number, family: ValueFamily, precision = MAX): TypeInfo => ({
  name,
  jdbc,
  family,
  precision,
});

export const TYPES: ReadonlyMap<number, TypeInfo> = new Map([
  [16, t('bool', JDBC.BIT, 'bool', 1)],
  [17, t('bytea', JDBC.BINARY, 'blob')],
  [18, t('char', JDBC.CHAR, 'text', 1)],
  [19, t('name', JDBC.VARCHAR, 'text')],
  [20, t('int8', JDBC.BIGINT, 'long', 19)],
  [21, t('int2', JDBC.SMALLINT, 'long', 5)],
  [23, t('int4', JDBC.INTEGER, 'long', 10)],
  [25, t('text', JDBC.VARCHAR, 'text')],
  [26, t('oid', JDBC.BIGINT, 'long', 10)],
  [114, t('json', JDBC.OTHER, 'text')],
  [700, t('float4', JDBC.REAL, 'double', 8)],
  [701, t('float8', JDBC.DOUBLE, 'double', 17)],
  [1042, t('bpchar', JDBC.CHAR, 'text')],
  [1043, t('varchar', JDBC.VARCHAR, 'text')],
  [1082, t('date', JDBC.DATE, 'text', 13)],
  [1083, t('time', JDBC.TIME, 'text', 15)],
  [1114, t('timestamp', JDBC.TIMESTAMP, 'text', 29)],
  [1184, t('timestamptz', JDBC.TIMESTAMP, 'timestamptz', 35)],
  [1186, t('interval', JDBC.OTHER, 'text', 49)],
  [1266, t('timetz', JDBC.TIME, 'text', 21)],
  [1700, t('numeric', JDBC.NUMERIC, 'decimal', 0)],
  [2950, t('uuid', JDBC.OTHER, 'text')],
  [3802, t('jsonb', JDBC.OTHER, 'text')],
]);

/** Array type → element type, for the 1-dimensional arrays the Data API returns. */
export const ARRAY_ELEMENTS: ReadonlyMap<number, number> = new Map([
  [1000, 16],
  [1001, 17],
  [1005, 21],
  [1007, 23],
  [1009, 25],
  [1014, 1042],
  [1015, 1043],
  [1016, 20],
  [1021, 700],
  [1022, 701],
  [1115, 1114],
  [1182, 1082],
  [1183, 1083],
  [1185, 1184],
  [1231, 1700],
  [2951, 2950],
  [199, 114],
  [3807, 3802],
]);

/**
 * Types Serverless v2 and provisioned clusters refuse to return ("Comparing Data API
 * behaviors": geometric and monetary types); the advice is to cast them to TEXT.
 */
export const UNSUPPORTED: ReadonlyMap<number, string> = new Map([
  [600, 'point'],
  [601, 'lseg'],
  [602, 'path'],
  [603, 'box'],
  [604, 'polygon'],
  [628, 'line'],
  [718, 'circle'],
  [790, 'money'],
]);

export const JDBC_ARRAY = JDBC.ARRAY;
export const JDBC_OTHER = JDBC.OTHER;

/** Types of the Data API's parameter values (SqlParameter.value and typeHint). */
export const PARAM_TYPES = {
  stringValue: 25,
  longValue: 20,
  doubleValue: 701,
  booleanValue: 16,
  blobValue: 17,
  isNull: 0,
  DATE: 1082,
  TIME: 1083,
  TIMESTAMP: 1114,
  DECIMAL: 1700,
  UUID: 2950,
  JSON: 114,
} as const;
