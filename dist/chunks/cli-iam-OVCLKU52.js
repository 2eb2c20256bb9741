import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  allow,
  hasTemplate,
  logStreamsArn,
  scoped
} from "./cli-chunk-4MTFSXSX.js";
import "./cli-chunk-KHYJZ6HU.js";

// src/phases/ssm-command/iam.ts
var actions = [
  "ssm:SendCommand",
  "ssm:ListCommands",
  "ssm:ListCommandInvocations",
  "ssm:GetCommandInvocation",
  "ssm:CancelCommand",
  "ssm:DescribeInstanceInformation",
  "logs:GetLogEvents"
];
function permissions(c, scope) {
  const statements = [
    allow(
      "SsmSendCommand",
      ["ssm:SendCommand"],
      [documentArn(c.document, scope), ...instances(c, scope)]
    ),
    allow(
      "SsmFollowCommands",
      [
        "ssm:CancelCommand",
        "ssm:DescribeInstanceInformation",
        "ssm:GetCommandInvocation",
        "ssm:ListCommandInvocations",
        "ssm:ListCommands"
      ],
      ["*"]
    )
  ];
  const group = c["cloudwatch-output"];
  if (group !== void 0)
    statements.push(
      allow(
        "ReadCommandLogs",
        ["logs:GetLogEvents"],
        [logStreamsArn(scope, scoped(scope, group, "cloudwatch-output"))]
      )
    );
  return statements;
}
function documentArn(document, scope) {
  if (document.startsWith("arn:")) return document;
  const name = scoped(scope, document, "document");
  const owner = name.startsWith("AWS-") || name.startsWith("AWSEC2-") ? "" : scope.account;
  return `arn:${scope.partition}:ssm:${scope.region}:${owner}:document/${name}`;
}
function instances(c, scope) {
  const ids = c["instance-ids"];
  const p = scope.partition;
  const ec2 = `arn:${p}:ec2:${scope.region}:${scope.account}:instance`;
  const managed = `arn:${p}:ssm:${scope.region}:${scope.account}:managed-instance`;
  if (!ids || ids.some(hasTemplate)) {
    scope.note(
      `phase ${scope.phase.id}: the instances are chosen ${ids ? "at run time" : "by SSM from the targets"}: any instance of the account`
    );
    return [`${ec2}/*`, `${managed}/*`];
  }
  return ids.map((id) => id.startsWith("mi-") ? `${managed}/${id}` : `${ec2}/${id}`);
}
export {
  actions,
  permissions
};
