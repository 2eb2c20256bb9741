/**
 * A small IAM policy evaluator for tests, and the IAM requests behind the sandbox's request log.
 * Only what `phasegate iam-policy` writes is evaluated: Allow statements, `*` and `?` in Action
 * and Resource, and the condition operators StringEquals, StringLike, ArnEquals and ArnLike. As
 * in IAM, a condition key the request does not carry fails its condition (IAM User Guide,
 * "Condition operators": without …IfExists, a missing key evaluates to false).
 */
import { matchesPattern } from '../../src/aws/iam.js';
import type { RequestRecord } from '../../src/sandbox/request-log.js';

export interface Policy {
  Statement: {
    Effect: string;
    Action: string[];
    Resource: string[];
    Condition?: Record<string, Record<string, string | string[]>>;
  }[];
}

/** One authorization AWS makes for a call: an action on a resource, with its context keys. */
export interface IamRequest {
  action: string;
  resource: string;
  context: Record<string, string>;
}

export function isAllowed(policy: Policy, request: IamRequest): boolean {
  return policy.Statement.some(
    (s) =>
      s.Effect === 'Allow' &&
      s.Action.some((a) => matchesPattern(a, request.action, true)) &&
      s.Resource.some((r) => matchesPattern(r, request.resource)) &&
      conditionsHold(s.Condition ?? {}, request.context),
  );
}

function conditionsHold(
  condition: Record<string, Record<string, string | string[]>>,
  context: Record<string, string>,
): boolean {
  return Object.entries(condition).every(([operator, keys]) =>
    Object.entries(keys).every(([key, expected]) => {
      const actual = context[key];
      if (actual === undefined) return false;
      const values = Array.isArray(expected) ? expected : [expected];
      return values.some((v) => holds(operator, v, actual));
    }),
  );
}

function holds(operator: string, expected: string, actual: string): boolean {
  switch (operator) {
    case 'StringEquals':
    case 'ArnEquals':
      return expected === actual;
    case 'StringLike':
    case 'ArnLike':
      return matchesPattern(expected, actual);
    default:
      throw new Error(`the test evaluator does not know the condition operator ${operator}`);
  }
}

interface Account {
  region: string;
  account: string;
}

const PREFIX: Record<string, string> = {
  ecs: 'ecs',
  ssm: 'ssm',
  logs: 'logs',
  'rds-data': 'rds-data',
  'secrets-manager': 'secretsmanager',
};

/**
 * The IAM requests one logged call makes, with the resource its params identify (the ARN
 * formats of the Service Authorization Reference). Actions without a resource type authorize on
 * `*`. A call this function does not know throws, so a new AWS call cannot slip past the test.
 */
export function iamRequests(record: RequestRecord, at: Account): IamRequest[] {
  if (record.service === 'http') return [];
  const prefix = PREFIX[record.service];
  if (!prefix) throw new Error(`no IAM prefix known for service ${record.service}`);
  const action = `${prefix}:${record.operation}`;
  const resources = resourcesOf(record, at);
  const context = contextOf(record, at);
  return resources.map((resource) => ({ action, resource, context }));
}

function resourcesOf(record: RequestRecord, at: Account): string[] {
  const p = record.params as Record<string, unknown>;
  const arn = (service: string) => `arn:aws:${service}:${at.region}:${at.account}`;
  const cluster = clusterName(String(p.cluster ?? 'default'));
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : [String(value)]);
  switch (`${record.service}.${record.operation}`) {
    case 'ecs.DescribeServices':
      return list(p.services).map((s) => `${arn('ecs')}:service/${cluster}/${s}`);
    case 'ecs.CreateService':
      return [`${arn('ecs')}:service/${cluster}/${String(p.serviceName)}`];
    case 'ecs.UpdateService':
    case 'ecs.DeleteService':
      return [`${arn('ecs')}:service/${cluster}/${String(p.service)}`];
    case 'ecs.DescribeTasks':
    case 'ecs.StopTask':
      return list(p.tasks ?? p.task).map((t) =>
        t.startsWith('arn:') ? t : `${arn('ecs')}:task/${cluster}/${t}`,
      );
    case 'ecs.RunTask':
      return [taskDefinitionArn(String(p.taskDefinition), arn('ecs'))];
    case 'ecs.RegisterTaskDefinition':
      // The revision is only numbered by the call itself.
      return [`${arn('ecs')}:task-definition/${String(p.family)}:new`];
    case 'ecs.DescribeTaskDefinition':
    case 'ecs.ListTasks':
    case 'ssm.ListCommands':
    case 'ssm.ListCommandInvocations':
    case 'ssm.GetCommandInvocation':
    case 'ssm.CancelCommand':
    case 'ssm.DescribeInstanceInformation':
      return ['*'];
    case 'logs.GetLogEvents':
      return [
        `${arn('logs')}:log-group:${String(p.logGroupName)}:log-stream:${String(p.logStreamName)}`,
      ];
    case 'rds-data.BeginTransaction':
    case 'rds-data.CommitTransaction':
    case 'rds-data.RollbackTransaction':
    case 'rds-data.ExecuteStatement':
    case 'rds-data.BatchExecuteStatement':
      return [String(p.resourceArn)];
    case 'ssm.GetParameters':
      return list(p.Names).map((n) => parameter(n, arn('ssm')));
    case 'ssm.GetParameter':
    case 'ssm.PutParameter':
    case 'ssm.DeleteParameter':
      return [parameter(String(p.Name), arn('ssm'))];
    case 'ssm.GetParametersByPath':
      return [parameter(String(p.Path), arn('ssm'))];
    case 'ssm.DeleteParameters':
      return list(p.Names).map((n) => parameter(n, arn('ssm')));
    case 'ssm.SendCommand':
      return [document(String(p.DocumentName), at)];
    case 'secrets-manager.GetSecretValue': {
      const id = String(p.SecretId);
      return [id.startsWith('arn:') ? id : `${arn('secretsmanager')}:secret:${id}-AbCdEf`];
    }
    default:
      throw new Error(
        `the test does not know which resource ${record.service}.${record.operation} authorizes on: add it to iamRequests`,
      );
  }
}

/** `ecs:cluster` is the cluster's ARN for the ECS calls that name a cluster. */
function contextOf(record: RequestRecord, at: Account): Record<string, string> {
  const p = record.params as Record<string, unknown>;
  if (record.service !== 'ecs' || p.cluster === undefined) return {};
  const cluster = String(p.cluster);
  return {
    'ecs:cluster': cluster.startsWith('arn:')
      ? cluster
      : `arn:aws:ecs:${at.region}:${at.account}:cluster/${cluster}`,
  };
}

function clusterName(cluster: string): string {
  return cluster.includes(':cluster/') ? (cluster.split(':cluster/')[1] ?? cluster) : cluster;
}

function taskDefinitionArn(ref: string, base: string): string {
  if (ref.startsWith('arn:')) return ref;
  return `${base}:task-definition/${ref.includes(':') ? ref : `${ref}:latest`}`;
}

function parameter(name: string, base: string): string {
  return name.startsWith('arn:') ? name : `${base}:parameter/${name.replace(/^\//, '')}`;
}

function document(name: string, at: Account): string {
  if (name.startsWith('arn:')) return name;
  const owner = name.startsWith('AWS-') ? '' : at.account;
  return `arn:aws:ssm:${at.region}:${owner}:document/${name}`;
}

/** Every logged call the policy does not allow, one line each, for a test failure message. */
export function disallowedCalls(
  policy: Policy,
  records: readonly RequestRecord[],
  at: Account,
): string[] {
  const lines = records.flatMap((record) =>
    iamRequests(record, at)
      .filter((request) => !isAllowed(policy, request))
      .map((r) => `${r.action} on ${r.resource}${contextText(r.context)}`),
  );
  return [...new Set(lines)].sort();
}

function contextText(context: Record<string, string>): string {
  const entries = Object.entries(context);
  return entries.length ? ` (${entries.map(([k, v]) => `${k}=${v}`).join(', ')})` : '';
}
