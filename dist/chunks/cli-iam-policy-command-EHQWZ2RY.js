import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  parseVarAssignments,
  registerPlanSecrets
} from "./cli-chunk-XHJIA7M2.js";
import {
  STATE_KEY
} from "./cli-chunk-5S4WVAEV.js";
import {
  GITHUB_NAMES,
  loadPlan,
  renderKnown
} from "./cli-chunk-PZMFLI35.js";
import "./cli-chunk-3WMBHACJ.js";
import "./cli-chunk-SK6X4MLL.js";
import "./cli-chunk-4KXVOQRE.js";
import "./cli-chunk-75MUJ4UL.js";
import "./cli-chunk-ELRKWGRC.js";
import {
  allow,
  decryptViaSsm,
  matchesPattern,
  parameterArn
} from "./cli-chunk-4MTFSXSX.js";
import "./cli-chunk-HAJALABQ.js";
import {
  InvalidFileError
} from "./cli-chunk-75YOGVQ5.js";
import "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-KHYJZ6HU.js";

// src/release/iam/account.ts
var ARN_ACCOUNT = /arn:(aws[a-z-]*):[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/g;
function accountOf(vars, settings, explicit) {
  const text = JSON.stringify([vars, settings]);
  const found = [...text.matchAll(ARN_ACCOUNT)];
  const partition = found[0]?.[1] ?? "aws";
  if (explicit !== void 0) return { id: explicit, partition, warnings: [] };
  const counts = /* @__PURE__ */ new Map();
  for (const m of found) counts.set(m[2], (counts.get(m[2]) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, ...others] = ranked;
  if (!first)
    return {
      id: "*",
      partition,
      warnings: [
        "the plan names no account in an ARN: the policy says any account (*); give --account 123456789012"
      ]
    };
  const warnings = others.length ? [
    `the plan's ARNs name several accounts (${ranked.map(([id]) => id).join(", ")}): the policy uses ${first[0]}; give --account to choose`
  ] : [];
  return { id: first[0], partition, warnings };
}

// src/release/iam/merge.ts
function mergeStatements(statements) {
  const merged = /* @__PURE__ */ new Map();
  for (const s of statements) {
    if (s.Resource.length === 0) continue;
    const actions = sorted(s.Action);
    const key = JSON.stringify([s.Sid, actions, canonical(s.Condition)]);
    const found = merged.get(key);
    if (found) found.Resource = sorted([...found.Resource, ...s.Resource]);
    else merged.set(key, { ...s, Action: actions, Resource: sorted(s.Resource) });
  }
  for (const s of merged.values()) s.Resource = withoutCovered(s.Resource);
  const ordered = [...merged.values()].sort(
    (a, b) => compare(a.Sid, b.Sid) || compare(JSON.stringify(a), JSON.stringify(b))
  );
  return { Version: "2012-10-17", Statement: uniqueSids(ordered) };
}
function uniqueSids(statements) {
  const seen = /* @__PURE__ */ new Map();
  return statements.map((s) => {
    const n = (seen.get(s.Sid) ?? 0) + 1;
    seen.set(s.Sid, n);
    return n === 1 ? s : { ...s, Sid: `${s.Sid}${n}` };
  });
}
function withoutCovered(resources) {
  return resources.filter(
    (r) => !resources.some((other) => other !== r && matchesPattern(other, r))
  );
}
function sorted(values) {
  return [...new Set(values)].sort(compare);
}
function canonical(condition) {
  if (!condition) return null;
  return Object.keys(condition).sort(compare).map((operator) => {
    const keys = condition[operator] ?? {};
    return [
      operator,
      Object.keys(keys).sort(compare).map((k) => [k, keys[k]])
    ];
  });
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/release/iam/read-only.ts
var READ = /^[a-z0-9-]+:(Describe|List|Get)[A-Za-z]*$/;
function isReadAction(action) {
  return READ.test(action) || action === "kms:Decrypt";
}
function readOnly(statements, notes) {
  if (statements.some((s) => s.Action.includes("rds-data:ExecuteStatement")))
    notes.push(
      "read-only: rds-data:ExecuteStatement is left out (the Data API runs any SQL with it), so the dry run of a Data API migrate phase, which reads its history table, is refused (AccessDeniedException): plan it with a role that may call it with the secret of a read-only database user"
    );
  return statements.flatMap((s) => {
    const kept = s.Action.filter(isReadAction);
    return kept.length > 0 ? [{ ...s, Action: kept }] : [];
  });
}

// src/release/iam/run-permissions.ts
function templateParameters(names, scope) {
  if (names.length === 0) return [];
  return [
    allow(
      "ReadPlanParameters",
      ["ssm:GetParameters"],
      names.map((n) => parameterArn(scope, n))
    ),
    decryptViaSsm(scope)
  ];
}
function releaseRecord(app, environment, scope, promoteFrom) {
  const path = parameterArn(scope, `/phasegate/${app}/${environment}`);
  return [
    allow(
      "ReleaseRecord",
      ["ssm:DeleteParameter", "ssm:GetParameter", "ssm:PutParameter"],
      [`${path}/*`]
    ),
    allow("ReleaseRecordByPath", ["ssm:GetParametersByPath"], [path, `${path}/*`]),
    // promote-from reads only what the other environment released (its `state` parameter),
    // never its phases or lease, and writes nothing there.
    ...promoteFrom ? [
      allow(
        "PromoteFrom",
        ["ssm:GetParameter"],
        [`${parameterArn(scope, `/phasegate/${app}/${promoteFrom}`)}/${STATE_KEY}`]
      )
    ] : []
  ];
}

// src/release/iam/policy.ts
async function iamPolicy(plan, registry, options) {
  const notes = [];
  const ssm = /* @__PURE__ */ new Set();
  const render = knownRenderer(plan, options, (reference) => {
    if (reference.scope === "ssm") ssm.add(reference.name);
  });
  const account = accountOf(
    render(plan.vars),
    plan.phases.map((p) => render(p.with)),
    options.account
  );
  const scopeFor = scopes(plan, account, render, notes);
  const statements = [];
  for (const phase of plan.phases)
    statements.push(...await phaseStatements(phase, registry, render, scopeFor(phase)));
  const run = scopeFor({ id: "run", onFailure: "stop" });
  statements.push(
    ...templateParameters([...ssm].sort(), run),
    ...plan.record.store === "none" ? [] : releaseRecord(
      plan.app,
      options.environment,
      run,
      plan.environments[options.environment]?.promoteFrom
    )
  );
  const policy = mergeStatements(options.readOnly ? readOnly(statements, notes) : statements);
  return {
    policy,
    notes: [...new Set(notes)],
    warnings: [...account.warnings, ...sizeWarnings(policy)]
  };
}
function scopes(plan, account, render, notes) {
  return (phase) => ({
    partition: account.partition,
    region: plan.region,
    account: account.id,
    planFile: plan.file,
    phase: { id: phase.id, onFailure: phase.onFailure },
    render: async (value) => render(value),
    note: (text) => notes.push(text)
  });
}
async function phaseStatements(phase, registry, render, scope) {
  const gates = [...phase.gates.before, ...phase.gates.after].map(
    (gate) => kindStatements(registry.check(gate.uses), gate, `check "${gate.name}"`, render, scope)
  );
  const own = kindStatements(
    registry.phase(phase.uses),
    phase,
    `phase "${phase.id}"`,
    render,
    scope
  );
  return (await Promise.all([own, ...gates])).flat();
}
async function kindStatements(kind, spec, what, render, scope) {
  if (!kind?.iam) {
    scope.note(`phase ${scope.phase.id}: kind ${spec.uses} declares no IAM permissions`);
    return [];
  }
  const config = parseKnown(kind.settings, render(spec.with), spec.position, what);
  return (await kind.iam()).permissions(config, scope);
}
function parseKnown(shape, value, position, what) {
  const ctx = { mode: "final", issues: [] };
  const parsed = shape.parse(value, ["with"], ctx);
  if (parsed !== void 0 && ctx.issues.length === 0) return parsed;
  throw new InvalidFileError(
    ctx.issues.map((issue) => ({
      severity: "error",
      position,
      message: `${what}: ${issue.path.join(".")}: ${issue.message}: iam-policy needs this value before the run`,
      hint: "write it in the plan or under vars: (or pass --var NAME=VALUE), not as a value known only at run time"
    }))
  );
}
function knownRenderer(plan, options, unknown) {
  const inputs = { environment: options.environment, "dry-run": String(options.readOnly ?? false) };
  const github = Object.fromEntries(
    GITHUB_NAMES.flatMap((name) => {
      const value = options.env[`GITHUB_${name.toUpperCase()}`];
      return value === void 0 ? [] : [[name, value]];
    })
  );
  const base = { inputs, env: options.env, github };
  const vars = renderKnown(plan.vars, { ...base, vars: {} }, () => void 0);
  return (value) => renderKnown(value, { ...base, vars }, unknown);
}
var MANAGED_POLICY_MAX = 6144;
function sizeWarnings(policy) {
  const size = JSON.stringify(policy).replace(/\s/g, "").length;
  return size > MANAGED_POLICY_MAX ? [
    `the policy has ${size} characters (without whitespace), more than the ${MANAGED_POLICY_MAX} of a managed policy: split it, or attach it inline (10,240 per role)`
  ] : [];
}

// src/cli/iam-policy-command.ts
async function iamPolicyCommand(command, io, registry, secrets) {
  const plan = await loadPlan(command.plan, { registry, vars: parseVarAssignments(command.vars) });
  registerPlanSecrets(plan, io.env, secrets);
  const { policy, notes, warnings } = await iamPolicy(plan, registry, {
    environment: command.env,
    readOnly: command.readOnly,
    env: io.env,
    ...command.account ? { account: command.account } : {}
  });
  for (const warning of warnings) io.stderr(`warning: ${warning}
`);
  for (const note of notes) io.stderr(`note: ${note}
`);
  io.stdout(`${JSON.stringify(policy, null, 2)}
`);
  return 0;
}
export {
  iamPolicyCommand
};
