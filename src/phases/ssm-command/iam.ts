/**
 * The `ssm-command` phase's IAM side (SAR, AWS Systems Manager): SendCommand authorizes on the
 * document (resource type document, `document/NAME`; AWS-owned documents have no account in
 * their ARN, `arn:aws:ssm:REGION::document/AWS-RunShellScript`) and on the instances it targets
 * (ec2 instance `instance/ID`, or managed-instance `managed-instance/mi-…`); targets chosen by
 * tag are only known to SSM when it sends, so any instance of the account then. ListCommands,
 * ListCommandInvocations, GetCommandInvocation, CancelCommand and DescribeInstanceInformation
 * have no resource type: `*`. With `cloudwatch-output`, logs:GetLogEvents on that group.
 */
import {
  allow,
  hasTemplate,
  type IamScope,
  type IamStatement,
  logStreamsArn,
  scoped,
} from '../../aws/iam.js';
import type { SsmCommandConfig } from './settings.js';

export const actions: readonly string[] = [
  'ssm:SendCommand',
  'ssm:ListCommands',
  'ssm:ListCommandInvocations',
  'ssm:GetCommandInvocation',
  'ssm:CancelCommand',
  'ssm:DescribeInstanceInformation',
  'logs:GetLogEvents',
];

export function permissions(c: SsmCommandConfig, scope: IamScope): IamStatement[] {
  const statements = [
    allow(
      'SsmSendCommand',
      ['ssm:SendCommand'],
      [documentArn(c.document, scope), ...instances(c, scope)],
    ),
    allow(
      'SsmFollowCommands',
      [
        'ssm:CancelCommand',
        'ssm:DescribeInstanceInformation',
        'ssm:GetCommandInvocation',
        'ssm:ListCommandInvocations',
        'ssm:ListCommands',
      ],
      ['*'],
    ),
  ];
  const group = c['cloudwatch-output'];
  if (group !== undefined)
    statements.push(
      allow(
        'ReadCommandLogs',
        ['logs:GetLogEvents'],
        [logStreamsArn(scope, scoped(scope, group, 'cloudwatch-output'))],
      ),
    );
  return statements;
}

function documentArn(document: string, scope: IamScope): string {
  if (document.startsWith('arn:')) return document;
  const name = scoped(scope, document, 'document');
  const owner = name.startsWith('AWS-') || name.startsWith('AWSEC2-') ? '' : scope.account;
  return `arn:${scope.partition}:ssm:${scope.region}:${owner}:document/${name}`;
}

function instances(c: SsmCommandConfig, scope: IamScope): string[] {
  const ids = c['instance-ids'];
  const p = scope.partition;
  const ec2 = `arn:${p}:ec2:${scope.region}:${scope.account}:instance`;
  const managed = `arn:${p}:ssm:${scope.region}:${scope.account}:managed-instance`;
  if (!ids || ids.some(hasTemplate)) {
    scope.note(
      `phase ${scope.phase.id}: the instances are chosen ${ids ? 'at run time' : 'by SSM from the targets'}: any instance of the account`,
    );
    return [`${ec2}/*`, `${managed}/*`];
  }
  return ids.map((id) => (id.startsWith('mi-') ? `${managed}/${id}` : `${ec2}/${id}`));
}
