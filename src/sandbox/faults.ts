/**
 * Injected failures: per service and operation, a seeded rate or the Nth matching call gets a
 * throttle, a 5xx, a named AWS error, a dropped connection (before or after the call is carried
 * out) or extra latency. Rates draw from a seeded generator so
 * a test sees the same failures on every run.
 */
import {
  array,
  listOf,
  number,
  object,
  oneOf,
  optional,
  refine,
  type Shape,
  string,
} from '../core/shape.js';
import { durationMs, parseScenarioValue } from './scenario-shapes.js';
import { AwsError, type ServiceName } from './service.js';

/**
 * `drop` loses the call before the service acts on it; `answer-lost` lets the service act and
 * then loses the answer. A client sees the same dropped connection either way, which is why a
 * call that is not safe to repeat must not be sent again blindly.
 */
export const FAULT_KINDS = [
  'throttling',
  'server-error',
  'error',
  'drop',
  'answer-lost',
  'latency',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

const SERVICES = [
  'ecs',
  'ssm',
  'logs',
  'rds-data',
  'secrets-manager',
] as const satisfies readonly ServiceName[];

export interface FaultRule {
  service: ServiceName;
  /** Absent: every operation of the service. */
  operation?: string;
  fault: FaultKind;
  /** Probability per matching call, 0..1. */
  rate?: number;
  /** The Nth matching call (1-based), or several. Neither rate nor nth: every matching call. */
  nth?: number | number[];
  /** Real milliseconds added, for `latency`. */
  latencyMs?: number;
  /**
   * For `server-error`: 500 (the service's internal error) or 503 (service unavailable). For
   * `error`: the HTTP status of the answer (default: the code's own, see ERROR_STATUS, else 400).
   */
  status?: number;
  /** For `error`: the AWS error code answered, e.g. DatabaseUnavailableException. */
  code?: string;
  /** For `error`: the error's message (default "<code> (injected fault)"). */
  message?: string;
}

/** What the server does with one request: wait `latencyMs`, then fail with `fault` if set. */
export interface FaultDecision {
  latencyMs: number;
  fault?: Exclude<FaultKind, 'latency'>;
  status?: number;
  /** For `error`: the code and message to answer with. */
  code?: string;
  message?: string;
  /** Every kind that fired, latency included. */
  kinds: FaultKind[];
}

interface ActiveRule {
  rule: FaultRule;
  calls: number;
}

export class Faults {
  private active: ActiveRule[] = [];
  private readonly random: () => number;

  constructor(rules: readonly FaultRule[] = [], seed = 1) {
    this.random = mulberry32(seed);
    for (const rule of rules) this.add(rule);
  }

  /** Adds a rule; its Nth counts start now. Returns a function that removes it. */
  add(rule: FaultRule): () => void {
    checkRule(rule);
    const entry: ActiveRule = { rule: { ...rule }, calls: 0 };
    this.active.push(entry);
    return () => {
      this.active = this.active.filter((a) => a !== entry);
    };
  }

  clear(): void {
    this.active = [];
  }

  rules(): FaultRule[] {
    return this.active.map((a) => a.rule);
  }

  /** Advances every matching rule's count; undefined when nothing fires. */
  decide(service: ServiceName, operation: string): FaultDecision | undefined {
    const decision: FaultDecision = { latencyMs: 0, kinds: [] };
    for (const entry of this.active) {
      const { rule } = entry;
      if (rule.service !== service || (rule.operation && rule.operation !== operation)) continue;
      entry.calls += 1;
      if (!this.fires(rule, entry.calls)) continue;
      decision.kinds.push(rule.fault);
      if (rule.fault === 'latency') decision.latencyMs += rule.latencyMs ?? 0;
      else if (!decision.fault) Object.assign(decision, failingPart(rule));
    }
    return decision.kinds.length > 0 ? decision : undefined;
  }

  private fires(rule: FaultRule, call: number): boolean {
    if (rule.nth !== undefined) return ([] as number[]).concat(rule.nth).includes(call);
    if (rule.rate !== undefined) return this.random() < rule.rate;
    return true;
  }
}

function failingPart(rule: FaultRule): Partial<FaultDecision> {
  const { fault, status, code, message } = rule;
  return {
    fault: fault as Exclude<FaultKind, 'latency'>,
    ...(status !== undefined ? { status } : {}),
    ...(code !== undefined ? { code } : {}),
    ...(message !== undefined ? { message } : {}),
  };
}

function checkRule(rule: FaultRule): void {
  const problem = ruleProblem(rule);
  if (problem) throw new TypeError(`invalid fault rule: ${problem}`);
}

function ruleProblem(rule: FaultRule): string | undefined {
  if (!(SERVICES as readonly string[]).includes(rule.service))
    return `service must be one of ${SERVICES.join(', ')}`;
  if (!(FAULT_KINDS as readonly string[]).includes(rule.fault))
    return `fault must be one of ${FAULT_KINDS.join(', ')}`;
  if (rule.rate !== undefined && rule.nth !== undefined) return 'give rate or nth, not both';
  if (rule.rate !== undefined && !(rule.rate >= 0 && rule.rate <= 1))
    return 'rate must be between 0 and 1';
  const nths = rule.nth === undefined ? [] : ([] as number[]).concat(rule.nth);
  if (nths.some((n) => !Number.isInteger(n) || n < 1)) return 'nth must be whole numbers from 1';
  if (rule.fault === 'latency' && !(rule.latencyMs !== undefined && rule.latencyMs >= 0))
    return 'a latency fault needs latencyMs (scenario: latency)';
  return statusProblem(rule);
}

function statusProblem(rule: Pick<FaultRule, 'fault' | 'status' | 'code'>): string | undefined {
  if (rule.fault === 'error') {
    if (!rule.code || !/^[A-Za-z][A-Za-z0-9]*$/.test(rule.code))
      return 'an error fault needs code, an AWS error code such as DatabaseUnavailableException';
    if (
      rule.status !== undefined &&
      !(Number.isInteger(rule.status) && rule.status >= 400 && rule.status <= 599)
    )
      return 'status must be an HTTP error status, 400 to 599';
    return undefined;
  }
  if (rule.code !== undefined) return 'code is for fault: error';
  if (rule.status !== undefined && rule.status !== 500 && rule.status !== 503)
    return 'status must be 500 or 503';
  return undefined;
}

/** The error a throttling or server-error fault answers with, as the service itself names it. */
export function faultError(service: ServiceName, decision: FaultDecision): AwsError {
  if (decision.fault === 'error' && decision.code) {
    const status = decision.status ?? ERROR_STATUS[decision.code] ?? 400;
    return new AwsError(
      decision.code,
      decision.message ?? `${decision.code} (injected fault)`,
      status,
    );
  }
  if (decision.fault === 'throttling') return new AwsError('ThrottlingException', 'Rate exceeded');
  if (decision.status === 503) {
    const code = service === 'rds-data' ? 'ServiceUnavailableError' : 'ServiceUnavailableException';
    return new AwsError(code, 'Service unavailable (injected fault)', 503);
  }
  return new AwsError(INTERNAL_ERROR[service], 'Internal failure (injected fault)', 500);
}

// Each service models its 500 error under its own name; these are the names the SDKs map to
// their exception classes.
const INTERNAL_ERROR: Record<ServiceName, string> = {
  ecs: 'ServerException',
  ssm: 'InternalServerError',
  logs: 'InternalServerException',
  'rds-data': 'InternalServerErrorException',
  'secrets-manager': 'InternalServiceError',
};

/**
 * The HTTP status AWS answers with, for codes whose status is not 400, as the SDK models them
 * (@aws-sdk/client-rds-data: DatabaseUnavailableException is a 504 server fault).
 */
const ERROR_STATUS: Record<string, number> = {
  DatabaseUnavailableException: 504,
  DatabaseNotFoundException: 404,
  ForbiddenException: 403,
  AccessDeniedException: 403,
  NotFoundException: 404,
  InternalServerErrorException: 500,
  ServiceUnavailableError: 503,
};

/** Small, fast, seedable PRNG (Mulberry32): determinism matters here, not quality. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ruleShape = refine(
  object(
    {
      service: oneOf(SERVICES, 'The service whose calls fail.'),
      operation: optional(string({ description: 'AWS operation name; absent means all.' })),
      fault: oneOf(FAULT_KINDS, 'What happens to a call the rule picks.'),
      rate: optional(number({ min: 0, max: 1, description: 'Probability per call (seeded).' })),
      nth: optional(
        listOf(number({ integer: true, min: 1 }), 'The Nth matching call (1-based), or a list.'),
      ),
      latency: optional(durationMs('Real time added by a latency fault.')),
      status: optional(
        number({
          integer: true,
          description:
            "server-error: 500 (internal) or 503 (unavailable); error: the answer's HTTP status.",
        }),
      ),
      code: optional(
        string({ description: 'error: the AWS error code, e.g. DatabaseUnavailableException.' }),
      ),
      message: optional(string({ description: "error: the error's message." })),
    },
    { description: 'One injected failure.' },
  ),
  (r) => {
    if (r.rate !== undefined && r.nth !== undefined)
      return { message: 'give rate or nth, not both', at: ['nth'] };
    if (r.fault === 'latency' && r.latency === undefined)
      return { message: 'a latency fault needs latency', hint: 'add latency: 500ms' };
    const problem = statusProblem(r);
    if (problem)
      return { message: problem, at: [problem.startsWith('status') ? 'status' : 'code'] };
    return undefined;
  },
);

export const faultsShape: Shape<FaultRule[]> = (() => {
  const list = array(ruleShape, {
    description: 'Injected failures; see docs/sandbox.md#faults.',
  });
  return {
    expected: list.expected,
    jsonSchema: list.jsonSchema,
    parse: (value, path, ctx) =>
      list.parse(value, path, ctx)?.map(({ latency, ...r }) => ({
        ...r,
        ...(latency !== undefined ? { latencyMs: latency } : {}),
      })),
  };
})();

export function parseFaults(section: unknown): FaultRule[] {
  if (section === undefined || section === null) return [];
  return parseScenarioValue(faultsShape, section, ['faults']);
}
