import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  array,
  duration,
  listOf,
  number,
  object,
  optional,
  record,
  refine,
  string,
  withDefault
} from "./cli-chunk-4KXVOQRE.js";

// src/phases/ssm-command/settings.ts
var SHELL_DOCUMENTS = ["AWS-RunShellScript", "AWS-RunPowerShellScript"];
var MAX_TARGETS = 5;
var INSTANCE_ID = /^(i|mi)-[0-9a-f]{8,17}$/;
var RATE = /^([1-9][0-9]*|[1-9][0-9]%|[1-9]%|100%)$/;
var ERRORS = /^([0-9]+|[0-9]%|[1-9][0-9]%|100%)$/;
var TARGET_KEY = /^(tag:[^\s]{1,128}|tag-key|InstanceIds|resource-groups:Name|resource-groups:ResourceTypeFilters)$/;
var target = object(
  {
    key: string({
      pattern: TARGET_KEY,
      expected: "tag:<name>, tag-key, InstanceIds or resource-groups:Name",
      description: "The target key, e.g. tag:Role."
    }),
    values: array(string(), { min: 1, description: "Values of the key (up to 50)." })
  },
  { description: "Instances whose tag (or other key) has one of the values." }
);
var fields = object({
  document: withDefault(
    string({ description: "SSM document name or ARN (default AWS-RunShellScript)." }),
    "AWS-RunShellScript"
  ),
  "document-version": optional(
    string({ description: "Document version: a number, $LATEST or $DEFAULT." })
  ),
  commands: optional(
    listOf(string(), "The script, one line per item (the shell documents\u2019 commands parameter).")
  ),
  parameters: optional(
    record(listOf(string()), "Document parameters, each a list of texts (values may be one text).")
  ),
  "instance-ids": optional(
    array(
      string({ pattern: INSTANCE_ID, expected: "an instance id such as i-0123456789abcdef0" }),
      {
        min: 1,
        description: "Managed instance ids (up to 50)."
      }
    )
  ),
  targets: optional(
    array(target, { min: 1, description: "Up to 5 targets, each narrowing the others." })
  ),
  "max-concurrency": optional(
    string({
      pattern: RATE,
      expected: "a number or a percentage such as 10 or 50%",
      description: "How many instances run the command at once (SSM default 50)."
    })
  ),
  "max-errors": optional(
    string({
      pattern: ERRORS,
      expected: "a number or a percentage such as 0 or 10%",
      description: "Errors after which SSM stops sending the command (SSM default 0)."
    })
  ),
  "execution-timeout": optional(
    duration("How long the script may run on each instance (shell documents; SSM default 1h).")
  ),
  "working-directory": optional(
    string({ description: "Directory the script runs in (shell documents)." })
  ),
  comment: optional(
    string({
      description: "Comment of the command, up to 100 characters (default: app, environment, version, phase)."
    })
  ),
  "output-lines": withDefault(
    number({ integer: true, min: 0, max: 1e3, description: "Output lines shown per instance." }),
    20
  ),
  "cloudwatch-output": optional(
    string({
      pattern: /^[.\-_/#A-Za-z0-9]{1,512}$/,
      expected: "a CloudWatch Logs group name",
      description: "Log group SSM streams the full output to; the tail is then read from there."
    })
  ),
  "poll-interval": withDefault(duration("Time between two polls of the command."), 3e3)
});
var ssmCommandSettings = refine(fields, (c) => {
  const targetsGiven = (c["instance-ids"] ? 1 : 0) + (c.targets ? 1 : 0);
  if (targetsGiven !== 1)
    return {
      message: targetsGiven === 0 ? "give instance-ids or targets" : "give instance-ids or targets, not both",
      hint: "instance-ids: [i-0123456789abcdef0], or targets: [{ key: tag:Role, values: [cache-warmer] }]"
    };
  if (c.targets && c.targets.length > MAX_TARGETS)
    return {
      message: `SSM takes at most ${MAX_TARGETS} targets, found ${c.targets.length}`,
      at: ["targets"]
    };
  if (c.commands && c.parameters?.commands)
    return { message: "give commands or parameters.commands, not both", at: ["commands"] };
  if (c.comment && c.comment.length > 100)
    return { message: "SSM allows a comment of at most 100 characters", at: ["comment"] };
  return shellOnly(c);
});
function shellOnly(c) {
  const shell = SHELL_DOCUMENTS.includes(c.document);
  if (shell && !c.commands && !c.parameters?.commands)
    return { message: `${c.document} needs commands`, hint: "commands: [./warm-cache.sh]" };
  if (shell) return void 0;
  for (const key of ["commands", "execution-timeout", "working-directory"])
    if (c[key] !== void 0)
      return {
        message: `${key} is a setting of the shell documents, not of ${c.document}`,
        at: [key],
        hint: `give the document's own parameters under parameters:`
      };
  return void 0;
}

export {
  SHELL_DOCUMENTS,
  ssmCommandSettings
};
