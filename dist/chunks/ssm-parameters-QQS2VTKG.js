import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-OMC7EZP2.js";
import {
  require_dist_cjs
} from "./chunk-6NABPGHF.js";
import "./chunk-C5Y36SPG.js";
import "./chunk-MIYFLX2B.js";
import {
  __toESM
} from "./chunk-6VNXFP75.js";

// src/aws/ssm-parameters.ts
var import_client_ssm = __toESM(require_dist_cjs(), 1);
var BATCH = 10;
function ssmResolver(aws, secrets) {
  return async (names, signal) => {
    const values = {};
    for (let i = 0; i < names.length; i += BATCH) {
      const batch = names.slice(i, i + BATCH);
      const out = await aws.client(import_client_ssm.SSMClient).send(new import_client_ssm.GetParametersCommand({ Names: batch, WithDecryption: true }), {
        abortSignal: signal
      });
      if (out.InvalidParameters?.length) {
        throw new UserError(
          `SSM parameter${out.InvalidParameters.length === 1 ? "" : "s"} not found in ${aws.region}: ${out.InvalidParameters.join(", ")}`,
          "create the parameter, or fix its name in the plan"
        );
      }
      for (const p of out.Parameters ?? []) {
        if (!p.Name || p.Value === void 0) continue;
        if (p.Type === "SecureString") secrets.add(p.Value);
        values[p.Name] = p.Value;
      }
    }
    return values;
  };
}
export {
  ssmResolver
};
