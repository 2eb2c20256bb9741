import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  allow,
  decryptViaSsm,
  parameterArn,
  scoped
} from "./cli-chunk-4MTFSXSX.js";
import "./cli-chunk-KHYJZ6HU.js";

// src/checks/ssm-parameter/iam.ts
var actions = ["ssm:GetParameter", "kms:Decrypt"];
function permissions(c, scope) {
  const arn = parameterArn(scope, scoped(scope, c.name, "name"));
  const statements = [allow("ReadCheckedParameters", ["ssm:GetParameter"], [arn])];
  if (c["with-decryption"]) statements.push(decryptViaSsm(scope));
  return statements;
}
export {
  actions,
  permissions
};
