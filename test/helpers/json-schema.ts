/**
 * A small JSON Schema checker for the keywords phasegate's output schemas use (type, enum,
 * required, properties, additionalProperties, items, $ref to #/$defs): no validator is among the
 * dependencies, and these few keywords are enough to hold the output to its documented shape.
 */
type Schema = Record<string, unknown>;

/** Every place where `value` does not fit `schema`, as `$.phases[0].plan: missing items`. */
export function schemaErrors(value: unknown, schema: Schema, root = schema, at = '$'): string[] {
  const ref = schema.$ref;
  if (typeof ref === 'string') return schemaErrors(value, resolve(root, ref), root, at);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    return [`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`];
  const types = schema.type === undefined ? [] : [schema.type].flat();
  if (types.length > 0 && !types.includes(typeOf(value)))
    return [`${at}: ${typeOf(value)}, not ${types.join(' or ')}`];
  if (Array.isArray(value) && schema.items)
    return value.flatMap((v, i) => schemaErrors(v, schema.items as Schema, root, `${at}[${i}]`));
  if (typeOf(value) === 'object') return objectErrors(value as Schema, schema, root, at);
  return [];
}

function objectErrors(value: Schema, schema: Schema, root: Schema, at: string): string[] {
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  const errors = ((schema.required ?? []) as string[])
    .filter((k) => !(k in value))
    .map((k) => `${at}: missing ${k}`);
  for (const [k, v] of Object.entries(value)) {
    const own = properties[k];
    const extra = schema.additionalProperties;
    if (own) errors.push(...schemaErrors(v, own, root, `${at}.${k}`));
    else if (extra === false) errors.push(`${at}: unexpected ${k}`);
    else if (typeof extra === 'object' && extra !== null)
      errors.push(...schemaErrors(v, extra as Schema, root, `${at}.${k}`));
  }
  return errors;
}

function resolve(root: Schema, ref: string): Schema {
  const path = ref.replace(/^#\//, '').split('/');
  return path.reduce((s, key) => (s as Record<string, Schema>)[key] as Schema, root as Schema);
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
