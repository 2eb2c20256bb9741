/**
 * IAM policy statements as phase and check kinds declare them (each kind's `iam.ts`), and the
 * ARNs they are scoped to. Action names, resource types, ARN formats and condition keys are
 * those of the Service Authorization Reference (SAR,
 * https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html);
 * each builder below names the SAR page it follows (read through its machine-readable copy,
 * `aws/iam_definition.json` of iann0036/iam-dataset, 2026-08). Note that the SAR now gives
 * RegisterTaskDefinition the resource type task-definition (required), with iam:PassRole as a
 * dependent action, while DescribeTaskDefinition and DeregisterTaskDefinition have none.
 * `phasegate iam-policy` (release/iam/) gathers the statements of a plan into one policy.
 */

export type IamCondition = Record<string, Record<string, string | string[]>>;

export interface IamStatement {
  /** Alphanumeric; statements of one Sid and condition are merged (release/iam/merge.ts). */
  Sid: string;
  Effect: 'Allow';
  Action: string[];
  Resource: string[];
  Condition?: IamCondition;
}

/** What a kind's `permissions` knows when it scopes its statements; no AWS call is made. */
export interface IamScope {
  partition: string;
  region: string;
  /** The account id, or `*` when the plan names none and `--account` was not given. */
  account: string;
  planFile: string;
  /** The phase the settings belong to (a gate's or a listed check's phase for checks). */
  phase: { id: string; onFailure: string };
  /** Renders the templates known before the run; the others stay as written (see `scoped`). */
  render<T>(value: T): Promise<T>;
  /** Says why a resource is wider than what the plan names (printed on stderr). */
  note(text: string): void;
}

/** A kind's IAM side: every action it may ask for (its docs list them), and its statements. */
export interface KindIam<Config> {
  readonly actions: readonly string[];
  permissions(config: Config, scope: IamScope): Promise<IamStatement[]> | IamStatement[];
}

export function allow(
  Sid: string,
  Action: string[],
  Resource: string[],
  Condition?: IamCondition,
): IamStatement {
  return { Sid, Effect: 'Allow', Action, Resource, ...(Condition ? { Condition } : {}) };
}

const TEMPLATE = /\$\{\{[^}]*\}\}/g;

export function hasTemplate(value: string): boolean {
  return /\$\{\{/.test(value);
}

/**
 * A name or ARN for a Resource element: the parts only known at run time (templates such as
 * `${{ phases.agents.outputs.arn }}`) become `*`, with a note saying what was widened and why.
 */
export function scoped(scope: IamScope, value: string, what: string): string {
  if (!hasTemplate(value)) return value;
  scope.note(`phase ${scope.phase.id}: ${what} is ${value}, known only at run time: any matches`);
  return value.replace(TEMPLATE, '*');
}

function base(scope: IamScope, service: string): string {
  return `arn:${scope.partition}:${service}:${scope.region}:${scope.account}`;
}

/** The last part of `arn:…:cluster/NAME`, or the name as given. */
export function clusterName(cluster: string): string {
  const at = cluster.lastIndexOf(':cluster/');
  return at >= 0 ? cluster.slice(at + ':cluster/'.length) : cluster;
}

/**
 * ECS ARNs (SAR, Amazon Elastic Container Service, "Resource types": cluster
 * `cluster/${ClusterName}`, service `service/${ClusterName}/${ServiceName}`, task
 * `task/${ClusterName}/${TaskId}`, task-definition
 * `task-definition/${TaskDefinitionFamilyName}:${TaskDefinitionRevisionNumber}`).
 */
export const ecsArn = {
  cluster: (scope: IamScope, cluster: string) =>
    cluster.startsWith('arn:') ? cluster : `${base(scope, 'ecs')}:cluster/${cluster}`,
  service: (scope: IamScope, cluster: string, service: string) =>
    `${base(scope, 'ecs')}:service/${clusterName(cluster)}/${service}`,
  tasks: (scope: IamScope, cluster: string) =>
    `${base(scope, 'ecs')}:task/${clusterName(cluster)}/*`,
  family: (scope: IamScope, family: string) => `${base(scope, 'ecs')}:task-definition/${family}:*`,
};

/**
 * The `ecs:cluster` condition key: "Filters access by the ARN of an Amazon ECS cluster" (SAR,
 * Amazon Elastic Container Service, condition keys), offered by CreateService, UpdateService,
 * DeleteService, RunTask, ListTasks, DescribeTasks and StopTask.
 */
export function inCluster(scope: IamScope, cluster: string): IamCondition {
  return { ArnEquals: { 'ecs:cluster': ecsArn.cluster(scope, cluster) } };
}

/** The family of `family`, `family:3` or `arn:…:task-definition/family:3`. */
export function familyOf(ref: string): string {
  const name = ref.includes(':task-definition/') ? ref.split(':task-definition/')[1] : ref;
  return (name ?? ref).split(':')[0] ?? ref;
}

/**
 * iam:PassRole on the roles a task definition names, only towards ECS tasks: "iam:PassedToService"
 * `ecs-tasks.amazonaws.com` (SAR, Amazon ECS "API operations" table, RegisterTaskDefinition and
 * RunTask; IAM User Guide, "Granting a user permissions to pass a role to an AWS service").
 */
export function passRoles(roles: string[]): IamStatement {
  return allow('PassTaskRoles', ['iam:PassRole'], roles, {
    StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' },
  });
}

/** Any role of the account, for task definitions the plan does not show (live revisions). */
export function anyRole(scope: IamScope): string {
  return `arn:${scope.partition}:iam::${scope.account}:role/*`;
}

/**
 * An SSM parameter ARN (SAR, AWS Systems Manager, resource type parameter:
 * `arn:${Partition}:ssm:${Region}:${Account}:parameter/${ParameterNameWithoutLeadingSlash}`).
 * A `:version` or `:label` selector is not part of the ARN.
 */
export function parameterArn(scope: IamScope, name: string): string {
  if (name.startsWith('arn:')) return name.replace(/(:parameter\/[^:]*):[^:/]+$/, '$1');
  const bare = name.replace(/^\//, '').replace(/:[^:/]+$/, '');
  return `${base(scope, 'ssm')}:parameter/${bare}`;
}

/**
 * kms:Decrypt for SecureString parameters, only when SSM asks on the caller's behalf:
 * "kms:ViaService" `ssm.<region>.amazonaws.com` (AWS KMS Developer Guide, "kms:ViaService";
 * Systems Manager User Guide, "Restricting access to Parameter Store parameters using IAM
 * policies"). The key is not known before the parameter is read: any key of the account.
 */
export function decryptViaSsm(scope: IamScope): IamStatement {
  return allow('DecryptSecureStrings', ['kms:Decrypt'], [`${base(scope, 'kms')}:key/*`], {
    StringEquals: { 'kms:ViaService': `ssm.${scope.region}.amazonaws.com` },
  });
}

/**
 * A Secrets Manager secret, by ARN or name. A secret's ARN ends with "the final hyphen and six
 * random characters that Secrets Manager adds at the end of the ARN when you created the secret"
 * (botocore `secretsmanager` model, `SecretId`); a plan often gives the ARN without them, or a
 * name, so the policy names both `…:secret:NAME` and `…:secret:NAME-??????` (`?` matches one
 * character in a Resource element: IAM User Guide, "IAM JSON policy elements: Resource"). The
 * model also warns that a name ending in a hyphen and six characters reads as a complete ARN;
 * such an ARN is taken as complete here too. ARN format: SAR, AWS Secrets Manager, resource
 * type Secret `arn:${Partition}:secretsmanager:${Region}:${Account}:secret:${SecretId}`.
 */
export function secretArns(scope: IamScope, secret: string): string[] {
  const arn = secret.startsWith('arn:')
    ? secret
    : `${base(scope, 'secretsmanager')}:secret:${secret}`;
  return /-[A-Za-z0-9]{6}$/.test(arn) ? [arn] : [arn, `${arn}-??????`];
}

/** secretsmanager:GetSecretValue on the secret a setting (`what`) names. */
export function readSecret(scope: IamScope, secret: string, what: string): IamStatement {
  return allow(
    'DatabaseSecret',
    ['secretsmanager:GetSecretValue'],
    secretArns(scope, scoped(scope, secret, what)),
  );
}

/**
 * A CloudWatch Logs group's streams (SAR, Amazon CloudWatch Logs, resource type log-stream:
 * `arn:${Partition}:logs:${Region}:${Account}:log-group:${LogGroupName}:log-stream:${LogStreamName}`).
 */
export function logStreamsArn(scope: IamScope, group: string): string {
  return `${base(scope, 'logs')}:log-group:${group}:log-stream:*`;
}

/** Data API actions authorize on the Aurora cluster ARN (SAR, Amazon RDS Data API, cluster). */
export function rdsClusterArn(scope: IamScope, arn: string): string {
  return scoped(scope, arn, 'resource-arn');
}

/**
 * Whether a Resource (or Action) pattern matches a name: `*` any run of characters, `?` any one
 * (IAM User Guide, "IAM JSON policy elements: Resource": "You can use wildcard characters (* and
 * ?) within any ARN segment"). Actions match case-insensitively ("Action": not case sensitive).
 */
export function matchesPattern(pattern: string, name: string, ignoreCase = false): boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's').test(name);
}
