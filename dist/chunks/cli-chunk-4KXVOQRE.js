import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  closest
} from "./cli-chunk-75MUJ4UL.js";
import {
  plural
} from "./cli-chunk-V74XWLEX.js";

// src/core/shape.ts
var TEMPLATE = /\$\{\{/;
function isTemplate(value) {
  return typeof value === "string" && TEMPLATE.test(value);
}
function describe(value) {
  if (value === null || value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a map";
  if (typeof value === "string")
    return `the text "${value.length > 40 ? `${value.slice(0, 40)}\u2026` : value}"`;
  return `${typeof value} ${String(value)}`;
}
function mismatch(ctx, path, shape, value, hint) {
  ctx.issues.push({
    path,
    message: `expected ${shape.expected}, found ${describe(value)}`,
    ...hint ? { hint } : {}
  });
  return void 0;
}
function scalar(expected, schema, convert, hint) {
  const shape = {
    expected,
    jsonSchema: () => schema,
    parse(value, path, ctx) {
      if (ctx.mode === "check" && isTemplate(value)) return void 0;
      const converted = convert(value, ctx);
      return converted === void 0 ? mismatch(ctx, path, shape, value, hint) : converted;
    }
  };
  return shape;
}
function string(options = {}) {
  const schema = { type: "string" };
  if (options.pattern) schema.pattern = options.pattern.source;
  if (options.description) schema.description = options.description;
  return scalar(
    options.expected ?? "a text",
    schema,
    (value) => {
      if (typeof value === "number" || typeof value === "boolean") value = String(value);
      if (typeof value !== "string") return void 0;
      if (options.pattern && !isTemplate(value) && !options.pattern.test(value)) return void 0;
      return value;
    },
    options.hint
  );
}
function number(options = {}) {
  const words = [options.integer ? "a whole number" : "a number"];
  if (options.min !== void 0) words.push(`at least ${options.min}`);
  if (options.max !== void 0) words.push(`at most ${options.max}`);
  const schema = { type: options.integer ? "integer" : "number" };
  if (options.min !== void 0) schema.minimum = options.min;
  if (options.max !== void 0) schema.maximum = options.max;
  if (options.description) schema.description = options.description;
  return scalar(words.join(", "), schema, (value, ctx) => {
    const n = typeof value === "string" && ctx.mode === "final" && value.trim() !== "" ? Number(value) : value;
    if (typeof n !== "number" || Number.isNaN(n)) return void 0;
    if (options.integer && !Number.isInteger(n)) return void 0;
    if (options.min !== void 0 && n < options.min) return void 0;
    if (options.max !== void 0 && n > options.max) return void 0;
    return n;
  });
}
function boolean(description) {
  return scalar(
    "true or false",
    { type: "boolean", ...description ? { description } : {} },
    (value, ctx) => {
      if (typeof value === "boolean") return value;
      if (ctx.mode === "final" && (value === "true" || value === "false")) return value === "true";
      return void 0;
    }
  );
}
function oneOf(values, description) {
  const shape = scalar(
    `one of ${values.join(", ")}`,
    { enum: [...values], ...description ? { description } : {} },
    (value) => typeof value === "string" && values.includes(value) ? value : void 0
  );
  return {
    ...shape,
    parse(value, path, ctx) {
      if (typeof value === "string" && !isTemplate(value) && !values.includes(value)) {
        const near = closest(value, values);
        ctx.issues.push({
          path,
          message: `"${value}" is not ${shape.expected}`,
          hint: near ? `did you mean "${near}"?` : `write one of: ${values.join(", ")}`
        });
        return void 0;
      }
      return shape.parse(value, path, ctx);
    }
  };
}
var DURATION = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?(?:(\d+)ms)?$/;
function parseDuration(text) {
  const m = DURATION.exec(text.trim());
  if (!m || text.trim() === "") return void 0;
  const [, h, min, s, ms] = m;
  return Number(h ?? 0) * 36e5 + Number(min ?? 0) * 6e4 + Number(s ?? 0) * 1e3 + Number(ms ?? 0);
}
function duration(description) {
  return scalar(
    "a duration such as 90s, 15m or 1h30m",
    { type: "string", pattern: DURATION.source, ...description ? { description } : {} },
    (value) => {
      if (typeof value !== "string") return void 0;
      const ms = parseDuration(value);
      return ms !== void 0 && ms > 0 ? ms : void 0;
    },
    "write a number followed by h, m, s or ms, for example 15m or 1h30m"
  );
}
function array(item, options = {}) {
  const shape = {
    expected: `a list of ${item.expected}`,
    jsonSchema: () => ({
      type: "array",
      items: item.jsonSchema(),
      ...options.min ? { minItems: options.min } : {},
      ...options.description ? { description: options.description } : {}
    }),
    parse(value, path, ctx) {
      if (!Array.isArray(value)) return mismatch(ctx, path, shape, value);
      if (options.min !== void 0 && value.length < options.min) {
        ctx.issues.push({
          path,
          message: `the list needs at least ${plural(options.min, "item")}`
        });
        return void 0;
      }
      const before = ctx.issues.length;
      const items = value.map((v, i) => item.parse(v, [...path, i], ctx));
      return ctx.issues.length === before ? items : void 0;
    }
  };
  return shape;
}
function listOf(item, description) {
  const list = array(item, description ? { description } : {});
  return {
    expected: list.expected,
    jsonSchema: () => ({ anyOf: [item.jsonSchema(), list.jsonSchema()] }),
    parse: (value, path, ctx) => Array.isArray(value) ? list.parse(value, path, ctx) : list.parse([value], path, ctx)
  };
}
function record(value, description) {
  const shape = {
    expected: "a map",
    jsonSchema: () => ({
      type: "object",
      additionalProperties: value.jsonSchema(),
      ...description ? { description } : {}
    }),
    parse(input, path, ctx) {
      if (!isPlainObject(input)) return mismatch(ctx, path, shape, input);
      const before = ctx.issues.length;
      const out = {};
      for (const [k, v] of Object.entries(input)) {
        const parsed = value.parse(v, [...path, k], ctx);
        if (parsed !== void 0) out[k] = parsed;
      }
      return ctx.issues.length === before ? out : void 0;
    }
  };
  return shape;
}
function optional(shape) {
  return { ...shape, optional: true };
}
function withDefault(shape, fallback) {
  return {
    expected: shape.expected,
    defaulted: true,
    jsonSchema: () => ({ ...shape.jsonSchema(), default: fallback }),
    parse: (value, path, ctx) => value === void 0 || value === null ? fallback : shape.parse(value, path, ctx)
  };
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function object(fields, options = {}) {
  const names = Object.keys(fields);
  const isRequired = (s) => !("optional" in s) && !("defaulted" in s);
  const shape = {
    expected: "a map",
    jsonSchema: () => ({
      type: "object",
      ...options.description ? { description: options.description } : {},
      properties: Object.fromEntries(names.map((n) => [n, fields[n]?.jsonSchema()])),
      required: names.filter((n) => isRequired(fields[n])),
      additionalProperties: false
    }),
    parse(value, path, ctx) {
      if (!isPlainObject(value)) return mismatch(ctx, path, shape, value);
      const before = ctx.issues.length;
      for (const key of Object.keys(value)) {
        if (names.includes(key)) continue;
        const near = closest(key, names);
        ctx.issues.push({
          path: [...path, key],
          message: `unknown key "${key}"`,
          hint: near ? `did you mean "${near}"?` : `allowed here: ${names.join(", ")}`
        });
      }
      const out = {};
      for (const name of names) {
        const field = fields[name];
        const raw = value[name];
        if (raw === void 0 && isRequired(field)) {
          ctx.issues.push({
            path,
            message: `"${name}" is missing`,
            hint: `add ${name}: <${field.expected}>`
          });
          continue;
        }
        if (raw === void 0 && "optional" in field) continue;
        const parsed = field.parse(raw, [...path, name], ctx);
        if (parsed !== void 0) out[name] = parsed;
      }
      return ctx.issues.length === before ? out : void 0;
    }
  };
  return shape;
}
function refine(shape, check) {
  return {
    ...shape,
    parse(value, path, ctx) {
      const parsed = shape.parse(value, path, ctx);
      if (parsed === void 0) return void 0;
      const problem = check(parsed);
      if (!problem) return parsed;
      const { at, ...rest } = problem;
      ctx.issues.push({ ...rest, path: [...path, ...at ?? []] });
      return void 0;
    }
  };
}
function unknownValue(description) {
  return {
    expected: "any value",
    jsonSchema: () => description ? { description } : {},
    parse: (v) => v
  };
}
function regExpProblem(pattern, key) {
  if (pattern === void 0) return void 0;
  try {
    new RegExp(pattern);
    return void 0;
  } catch {
    return { message: `${key} is not a valid regular expression: ${pattern}`, at: [key] };
  }
}

export {
  isTemplate,
  string,
  number,
  boolean,
  oneOf,
  parseDuration,
  duration,
  array,
  listOf,
  record,
  optional,
  withDefault,
  isPlainObject,
  object,
  refine,
  unknownValue,
  regExpProblem
};
