import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  allow,
  rdsClusterArn,
  readSecret
} from "./cli-chunk-4MTFSXSX.js";
import "./cli-chunk-KHYJZ6HU.js";

// src/phases/migrate/iam.ts
var DATA_API = [
  "rds-data:BeginTransaction",
  "rds-data:CommitTransaction",
  "rds-data:ExecuteStatement",
  "rds-data:RollbackTransaction"
];
var actions = [...DATA_API, "secretsmanager:GetSecretValue"];
function permissions(c, scope) {
  const secret = c.via === "data-api" ? c["secret-arn"] : c["password-secret"];
  const what = c.via === "data-api" ? "secret-arn" : "password-secret";
  const statements = [];
  if (c.via === "data-api" && c["resource-arn"])
    statements.push(allow("DataApiMigrate", DATA_API, [rdsClusterArn(scope, c["resource-arn"])]));
  if (secret) statements.push(readSecret(scope, secret, what));
  return statements;
}
export {
  actions,
  permissions
};
