/**
 * `${{ … }}` templates, GitHub-like: finding them (for plan validation) and rendering them (when a
 * phase starts). A template holds exactly one reference; expressions and functions are not
 * supported, so every value a plan can read is visible in the file.
 */
import { UserError } from '../core/errors.js';
import type { Path } from '../core/shape.js';
import { isPlainObject } from '../core/shape.js';
import { closest } from '../core/suggest.js';

export type Reference =
  | { scope: 'inputs' | 'vars' | 'env' | 'github'; name: string }
  | { scope: 'phases'; phase: string; output: string }
  | { scope: 'ssm'; name: string };

export const INPUT_NAMES: readonly string[] = ['environment', 'version', 'dry-run'];
export const GITHUB_NAMES: readonly string[] = [
  'sha',
  'ref_name',
  'actor',
  'run_id',
  'run_attempt',
  'server_url',
  'repository',
];
const SCOPES = ['inputs', 'vars', 'env', 'github', 'phases', 'ssm'];

export interface TemplateProblem {
  message: string;
  hint: string;
}

/** One `${{ … }}` in a value: its reference when it reads well, otherwise what is wrong. */
export type TemplateUse = { path: Path; text: string } & (
  | { reference: Reference; problem?: undefined }
  | { reference?: undefined; problem: TemplateProblem }
);

type Piece = { literal: string } | { template: string; expression: string } | { unclosed: string };

const OPEN = '${{';
const CLOSE = '}}';

/** Splits text into literal parts and templates; an unclosed `${{` ends the text. */
export function splitTemplates(text: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf(OPEN, at);
    if (open < 0) break;
    if (open > at) pieces.push({ literal: text.slice(at, open) });
    const close = text.indexOf(CLOSE, open + OPEN.length);
    if (close < 0) {
      pieces.push({ unclosed: text.slice(open) });
      return pieces;
    }
    const template = text.slice(open, close + CLOSE.length);
    pieces.push({ template, expression: text.slice(open + OPEN.length, close).trim() });
    at = close + CLOSE.length;
  }
  if (at < text.length) pieces.push({ literal: text.slice(at) });
  return pieces;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const DOTTED = /^([A-Za-z_][A-Za-z0-9_-]*)((?:\.[A-Za-z0-9_-]+)+)$/;

/** Reads the inside of one template: a reference, or what to write instead. */
export function parseExpression(expression: string): Reference | TemplateProblem {
  if (expression === '') {
    return { message: 'empty template ${{ }}', hint: 'write a reference such as ${{ vars.NAME }}' };
  }
  if (expression.startsWith('ssm:')) return parseSsm(expression.slice(4).trim());
  const m = DOTTED.exec(expression);
  if (!m) {
    return {
      message: `"${expression}" is not a reference`,
      hint: 'a template holds exactly one reference such as ${{ vars.NAME }} or ${{ phases.ID.outputs.NAME }}; expressions and functions are not supported',
    };
  }
  const scope = m[1] ?? '';
  const parts = (m[2] ?? '').slice(1).split('.');
  return parseScoped(scope, parts, expression);
}

function parseScoped(scope: string, parts: string[], expression: string) {
  switch (scope) {
    case 'inputs':
      return named('inputs', parts, INPUT_NAMES);
    case 'github':
      return named('github', parts, GITHUB_NAMES);
    case 'vars':
    case 'env':
      return named(scope, parts, undefined);
    case 'phases':
      return parsePhaseOutput(parts);
    default:
      return unknownScope(scope, expression);
  }
}

function named(
  scope: 'inputs' | 'vars' | 'env' | 'github',
  parts: string[],
  known: readonly string[] | undefined,
): Reference | TemplateProblem {
  const [name, ...extra] = parts;
  if (name === undefined || extra.length > 0 || !NAME.test(name)) {
    return {
      message: `${scope}.${parts.join('.')} is not a reference`,
      hint: `write ${scope}.NAME`,
    };
  }
  if (known && !known.includes(name)) {
    const near = closest(name, known);
    return {
      message: `unknown ${scope} value "${name}"`,
      hint: near ? `did you mean ${scope}.${near}?` : `${scope} has: ${known.join(', ')}`,
    };
  }
  return { scope, name };
}

function parsePhaseOutput(parts: string[]): Reference | TemplateProblem {
  const [phase, outputs, output, ...extra] = parts;
  if (phase && outputs === 'outputs' && output && extra.length === 0) {
    return { scope: 'phases', phase, output };
  }
  return {
    message: `phases.${parts.join('.')} is not a phase output`,
    hint: 'write phases.ID.outputs.NAME, for example ${{ phases.agents.outputs.revision }}',
  };
}

function unknownScope(scope: string, expression: string): TemplateProblem {
  if (scope === 'secrets') {
    return {
      message: `GitHub secrets cannot be read in a plan ("${expression}")`,
      hint: 'pass the secret to the step with env: and write ${{ env.NAME }}, or store it in SSM and write ${{ ssm:/path/name }}',
    };
  }
  if (scope === 'ssm') {
    return {
      message: `"${expression}" is not an SSM reference`,
      hint: 'write ${{ ssm:/path/name }}',
    };
  }
  const near = closest(scope, SCOPES);
  const rest = expression.slice(scope.length);
  const suggestion = near === 'ssm' ? 'ssm:/path/name' : `${near}${rest}`;
  return {
    message: `unknown reference "${expression}"`,
    hint: near
      ? `did you mean \${{ ${suggestion} }}?`
      : `a template reads one of: ${SCOPES.map((s) => (s === 'ssm' ? 'ssm:/path' : `${s}.…`)).join(', ')}`,
  };
}

// Parameter Store naming rules: a-zA-Z0-9_.- and "/" between levels, at most 15 levels,
// at most 1011 characters for the name itself; then an optional version, `name:version`, as
// GetParameter and GetParameters take it (sysman-paramstore-versions.html). Labels are not taken.
const SSM_NAME = /^\/?[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*(?::[1-9][0-9]*)?$/;
const SSM_MAX_LENGTH = 1011;
const SSM_MAX_DEPTH = 15;

function parseSsm(name: string): Reference | TemplateProblem {
  const depth = name.split('/').filter(Boolean).length;
  if (SSM_NAME.test(name) && name.length <= SSM_MAX_LENGTH && depth <= SSM_MAX_DEPTH) {
    return { scope: 'ssm', name };
  }
  return {
    message: `"${name}" is not a valid SSM parameter name`,
    hint: 'use letters, digits and _ . - with / between at most 15 levels, and :N for version N, for example ${{ ssm:/ca-a2a/db/host }} or ${{ ssm:/ca-a2a/db/host:3 }}',
  };
}

function isProblem(value: Reference | TemplateProblem): value is TemplateProblem {
  return 'message' in value;
}

/** Every template in a value (walking lists and maps), with its path relative to the value. */
export function scanTemplates(value: unknown, path: Path = []): TemplateUse[] {
  if (typeof value === 'string') return scanText(value, path);
  if (Array.isArray(value)) return value.flatMap((item, i) => scanTemplates(item, [...path, i]));
  if (isPlainObject(value)) {
    return Object.entries(value).flatMap(([key, item]) => scanTemplates(item, [...path, key]));
  }
  return [];
}

function scanText(text: string, path: Path): TemplateUse[] {
  const uses: TemplateUse[] = [];
  for (const piece of splitTemplates(text)) {
    if ('unclosed' in piece) {
      uses.push({
        path,
        text: piece.unclosed,
        problem: {
          message: 'a template is not closed',
          hint: 'end it with }}, as in ${{ vars.NAME }}',
        },
      });
    } else if ('template' in piece) {
      const parsed = parseExpression(piece.expression);
      uses.push(
        isProblem(parsed)
          ? { path, text: piece.template, problem: parsed }
          : { path, text: piece.template, reference: parsed },
      );
    }
  }
  return uses;
}

export function findReferences(
  value: unknown,
): { reference: Reference; path: Path; text: string }[] {
  return scanTemplates(value).flatMap((use) =>
    use.reference ? [{ reference: use.reference, path: use.path, text: use.text }] : [],
  );
}

/** `phases.migrate.outputs.applied`: how a reference reads in messages. */
export function describeReference(reference: Reference): string {
  if (reference.scope === 'phases') return `phases.${reference.phase}.outputs.${reference.output}`;
  if (reference.scope === 'ssm') return `ssm:${reference.name}`;
  return `${reference.scope}.${reference.name}`;
}

export interface TemplateScope {
  inputs: Record<string, string>;
  vars: Record<string, string>;
  env: Record<string, string | undefined>;
  github: Record<string, string>;
  phases: Record<string, Record<string, string>>;
  ssm: Record<string, string>;
}

/** Renders every template in a value; maps and lists are copied, the input is left unchanged. */
export function render<T>(value: T, scope: TemplateScope): T {
  return mapStrings(value, (text) => renderText(text, scope)) as T;
}

/**
 * Renders the templates whose values are known before the run and leaves the others as written
 * (`${{ phases.… }}`, `${{ ssm:… }}`, an unset `${{ env.… }}`), telling `unknown` of each one
 * left. For `phasegate iam-policy`, which reads the plan as it will run but runs nothing.
 */
export function renderKnown<T>(
  value: T,
  scope: Omit<TemplateScope, 'phases' | 'ssm'>,
  unknown: (reference: Reference) => void,
): T {
  return mapStrings(value, (text) =>
    splitTemplates(text)
      .map((piece) => {
        if ('literal' in piece) return piece.literal;
        if ('unclosed' in piece) return piece.unclosed;
        const parsed = parseExpression(piece.expression);
        if (isProblem(parsed)) return piece.template;
        const known =
          parsed.scope === 'phases' || parsed.scope === 'ssm'
            ? undefined
            : own(scope[parsed.scope], parsed.name);
        if (known === undefined) unknown(parsed);
        return known ?? piece.template;
      })
      .join(''),
  ) as T;
}

function mapStrings(value: unknown, text: (value: string) => string): unknown {
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, text));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, mapStrings(item, text)]),
    );
  }
  return value;
}

function renderText(text: string, scope: TemplateScope): string {
  return splitTemplates(text)
    .map((piece) => {
      if ('literal' in piece) return piece.literal;
      if ('unclosed' in piece) throw new UserError(`a template is not closed: ${piece.unclosed}`);
      const parsed = parseExpression(piece.expression);
      if (isProblem(parsed)) throw new UserError(parsed.message, parsed.hint);
      return lookup(parsed, scope, piece.template);
    })
    .join('');
}

function own<V>(record: Record<string, V> | undefined, key: string): V | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

function lookup(reference: Reference, scope: TemplateScope, text: string): string {
  if (reference.scope === 'phases') return lookupOutput(reference, scope, text);
  const value = own(scope[reference.scope], reference.name);
  if (value !== undefined) return value;
  throw new UserError(`${text} has no value`, missingHint(reference));
}

function lookupOutput(
  reference: { phase: string; output: string },
  scope: TemplateScope,
  text: string,
): string {
  const outputs = own(scope.phases, reference.phase);
  if (!outputs) {
    throw new UserError(
      `${text} has no value: phase "${reference.phase}" has not finished`,
      `add "${reference.phase}" to this phase's needs`,
    );
  }
  const value = own(outputs, reference.output);
  if (value !== undefined) return value;
  // The alternatives in the message itself: the terminal shows a failure's message, not its hint.
  const names = Object.keys(outputs);
  const near = closest(reference.output, names);
  const has = names.length ? `its outputs are: ${names.join(', ')}` : 'it reported no outputs';
  throw new UserError(
    `${text} has no value: phase "${reference.phase}" has no output "${reference.output}" (${has})`,
    near ? `did you mean phases.${reference.phase}.outputs.${near}?` : has,
  );
}

function missingHint(reference: Exclude<Reference, { scope: 'phases' }>): string {
  switch (reference.scope) {
    case 'env':
      return `set the environment variable ${reference.name} (in the workflow step's env: or your shell)`;
    case 'vars':
      return `declare ${reference.name} under vars: or pass --var ${reference.name}=VALUE`;
    case 'inputs':
      return `give the ${reference.name} input (--${reference.name === 'environment' ? 'env' : reference.name} in the CLI)`;
    case 'ssm':
      return `create the parameter ${reference.name} in SSM Parameter Store, in the plan's region`;
    default:
      return `this run has no ${describeReference(reference)}; outside GitHub Actions set GITHUB_${reference.name.toUpperCase()}`;
  }
}
