import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./cli-chunk-CJ3P3FWI.js";
import {
  valueAt
} from "./cli-chunk-UBJYNXZ5.js";
import "./cli-chunk-BVZ7ELGM.js";
import "./cli-chunk-2SUYFAK7.js";
import {
  asText,
  excerpt
} from "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-HT5AY7AV.js";
import {
  __toESM
} from "./cli-chunk-KHYJZ6HU.js";

// src/checks/ssm-parameter/run.ts
var import_client_ssm = __toESM(require_dist_cjs(), 1);
async function run(ctx) {
  const c = ctx.config;
  let parameter;
  try {
    const answer = await ctx.aws.client(import_client_ssm.SSMClient).send(new import_client_ssm.GetParameterCommand({ Name: c.name, WithDecryption: c["with-decryption"] }), {
      abortSignal: ctx.signal
    });
    parameter = answer.Parameter ?? {};
  } catch (error) {
    if (ctx.signal.aborted) throw error;
    const sentence = unreadable(c, error);
    if (sentence) return { ok: false, summary: sentence };
    throw error;
  }
  const secret = parameter.Type === "SecureString";
  const value = parameter.Value ?? "";
  if (secret && c["with-decryption"]) ctx.secrets.add(value);
  if (secret && !c["with-decryption"] && hasExpectation(c))
    return {
      ok: false,
      summary: `${c.name} is a SecureString: set with-decryption: true to compare its value`
    };
  return judge(c, value, secret, parameter.Version);
}
function hasExpectation(c) {
  return c.expect !== void 0 || c["expect-match"] !== void 0 || c["expect-json"] !== void 0;
}
function unreadable(c, error) {
  const name = error instanceof Error ? error.name : "";
  if (name === "ParameterNotFound") return `${c.name} does not exist in Parameter Store`;
  if (name === "ParameterVersionNotFound")
    return `${c.name}: the parameter exists but that version or label does not; leave out what follows the colon to read the latest`;
  if (name === "AccessDeniedException") {
    const kms = c["with-decryption"] ? " (and kms:Decrypt on its key)" : "";
    return `access to ${c.name} denied: the role needs ssm:GetParameter on it${kms}`;
  }
  return void 0;
}
function judge(c, value, secret, version) {
  const shown = (text) => secret ? "(SecureString)" : `"${excerpt(text, 60)}"`;
  const at = version !== void 0 ? ` (version ${version})` : "";
  if (c.expect !== void 0) {
    if (value === c.expect && secret)
      return { ok: true, summary: `${c.name} holds the expected value (SecureString)${at}` };
    if (value === c.expect) return { ok: true, summary: `${c.name} is ${shown(value)}${at}` };
    if (secret)
      return { ok: false, summary: `${c.name} (SecureString) differs from the expected value` };
    return { ok: false, summary: `${c.name} is ${shown(value)}, expected "${c.expect}"` };
  }
  const pattern = c["expect-match"];
  if (pattern !== void 0) {
    const ok = new RegExp(pattern).test(value);
    const verb = ok ? "matches" : "does not match";
    return {
      ok,
      summary: `${c.name} ${secret ? "(SecureString)" : shown(value)} ${verb} /${pattern}/${ok ? at : ""}`
    };
  }
  if (c["expect-json"]) return compareJson(c.name, c["expect-json"], value, secret);
  return { ok: true, summary: `${c.name} exists${at}` };
}
function compareJson(name, expected, value, secret) {
  let document;
  try {
    document = JSON.parse(value);
  } catch {
    return { ok: false, summary: `${name}: the value is not JSON` };
  }
  const problems = [];
  for (const [path, want] of Object.entries(expected)) {
    const got = asText(valueAt(document, path));
    if (got === void 0) problems.push(`${path} is missing, expected "${secret ? "\u2026" : want}"`);
    else if (got !== want)
      problems.push(
        secret ? `${path} differs from the expected value` : `${path} is "${excerpt(got, 60)}", expected "${want}"`
      );
  }
  if (problems.length > 0) return { ok: false, summary: `${name}: ${problems.join("; ")}` };
  const found = secret ? Object.keys(expected).join(", ") : Object.entries(expected).map(([p, v]) => `${p}=${v}`).join(", ");
  return { ok: true, summary: `${name}: ${found}` };
}
export {
  run
};
