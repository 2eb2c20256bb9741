import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  allow,
  rdsClusterArn,
  readSecret
} from "./cli-chunk-4MTFSXSX.js";
import "./cli-chunk-KHYJZ6HU.js";

// src/checks/sql/iam.ts
var QUERY = [
  "rds-data:BeginTransaction",
  "rds-data:ExecuteStatement",
  "rds-data:RollbackTransaction"
];
var actions = [...QUERY, "secretsmanager:GetSecretValue"];
function permissions(c, scope) {
  return [
    allow("DataApiQuery", QUERY, [rdsClusterArn(scope, c["resource-arn"])]),
    readSecret(scope, c["secret-arn"], "secret-arn")
  ];
}
export {
  actions,
  permissions
};
