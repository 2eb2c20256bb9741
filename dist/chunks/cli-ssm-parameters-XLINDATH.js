import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  require_dist_cjs
} from "./cli-chunk-CJ3P3FWI.js";
import "./cli-chunk-BVZ7ELGM.js";
import {
  UserError
} from "./cli-chunk-75YOGVQ5.js";
import {
  wordFor
} from "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-HT5AY7AV.js";
import {
  __toESM
} from "./cli-chunk-KHYJZ6HU.js";

// src/aws/ssm-parameters.ts
var import_client_ssm = __toESM(require_dist_cjs(), 1);
var BATCH = 10;
function ssmResolver(aws, secrets) {
  return async (names, signal) => {
    const values = {};
    for (let i = 0; i < names.length; i += BATCH) {
      const out = await getParameters(aws, names.slice(i, i + BATCH), signal);
      if (out.InvalidParameters?.length) throw await notFound(aws, out.InvalidParameters, signal);
      for (const p of out.Parameters ?? []) {
        if (!p.Name || p.Value === void 0) continue;
        if (p.Type === "SecureString") secrets.add(p.Value);
        values[`${p.Name}${p.Selector ?? ""}`] = p.Value;
      }
    }
    return values;
  };
}
function getParameters(aws, names, signal) {
  return aws.client(import_client_ssm.SSMClient).send(new import_client_ssm.GetParametersCommand({ Names: names, WithDecryption: true }), {
    abortSignal: signal
  });
}
async function notFound(aws, invalid, signal) {
  const versioned = invalid.filter((n) => VERSIONED.test(n));
  const bare = [...new Set(versioned.map((n) => n.replace(VERSIONED, "")))].slice(0, BATCH);
  const latest = /* @__PURE__ */ new Map();
  if (bare.length > 0) {
    for (const p of (await getParameters(aws, bare, signal)).Parameters ?? [])
      if (p.Name) latest.set(p.Name, p.Version);
  }
  const missingVersions = versioned.filter((n) => latest.has(n.replace(VERSIONED, "")));
  const missing = invalid.filter((n) => !missingVersions.includes(n));
  const region = aws.region;
  if (missing.length === 0) {
    const each = missingVersions.map((n) => {
      const name = n.replace(VERSIONED, "");
      return `${n} (the latest version of ${name} is ${latest.get(name) ?? "unknown"})`;
    });
    return new UserError(
      `${wordFor(each.length, "SSM parameter version")} not found in ${region}: ${each.join(", ")}`,
      "fix the version after the colon in the plan, or leave it out to read the latest"
    );
  }
  return new UserError(
    `${wordFor(missing.length, "SSM parameter")} not found in ${region}: ${missing.join(", ")}`,
    "create the parameter, or fix its name in the plan"
  );
}
var VERSIONED = /:[1-9][0-9]*$/;
export {
  ssmResolver
};
