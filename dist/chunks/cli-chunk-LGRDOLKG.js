import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  LINT_RULE_IDS
} from "./cli-chunk-U3OTYJXE.js";
import {
  array,
  boolean,
  duration,
  isPlainObject,
  number,
  object,
  oneOf,
  optional,
  string,
  withDefault
} from "./cli-chunk-4KXVOQRE.js";

// src/phases/migrate/settings.ts
var IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;
var TABLE_NAME = /^[a-z_][a-z0-9_]{0,56}$/;
var connectionFields = {
  via: withDefault(
    oneOf(
      ["data-api", "pg"],
      "data-api (default): the RDS Data API over HTTPS, for Aurora with the Data API enabled; pg: a direct PostgreSQL connection, for plain RDS or runners inside the VPC."
    ),
    "data-api"
  ),
  "resource-arn": optional(
    string({ description: "data-api: the Aurora cluster ARN (arn:aws:rds:\u2026:cluster:NAME)." })
  ),
  "secret-arn": optional(
    string({ description: "data-api: the Secrets Manager secret ARN with the credentials." })
  ),
  database: optional(string({ description: "The database name." })),
  url: optional(
    string({ description: "pg: a postgres:// connection URL (instead of host, port and user)." })
  ),
  host: optional(string({ description: "pg: the server host name." })),
  // No default here: a port from password-secret must not lose to a default nobody wrote.
  port: optional(
    number({
      integer: true,
      min: 1,
      max: 65535,
      description: "pg: port (default: the secret\u2019s with password-secret, else 5432)."
    })
  ),
  user: optional(string({ description: "pg: the user name." })),
  password: optional(
    string({
      description: "pg: the password, usually from SSM: ${{ ssm:/app/db/password }} (SecureString values are masked)."
    })
  ),
  "password-env": optional(
    string({
      pattern: /^[A-Za-z_][A-Za-z0-9_]*$/,
      description: "pg: the name of an environment variable holding the password."
    })
  ),
  "password-secret": optional(
    string({
      description: "pg: ARN or name of a Secrets Manager secret holding the password, as plain text or as database credentials JSON (username, password, host, port, dbname): user, host, port and database come from it when not given here."
    })
  ),
  ssl: optional(
    oneOf(
      ["require", "verify-full", "disable"],
      "pg: require (encrypted, default for host/port), verify-full (also checks the certificate against the system CAs), disable. With url, the URL decides unless this is given."
    )
  )
};
var phaseFields = {
  ...connectionFields,
  directory: withDefault(string({ description: "The migrations directory." }), "migrations"),
  schema: withDefault(
    string({ pattern: IDENTIFIER, description: "Schema of the history table." }),
    "public"
  ),
  table: withDefault(
    string({ pattern: TABLE_NAME, description: "Name of the history table." }),
    "phasegate_schema_history"
  ),
  "fail-on": withDefault(
    array(oneOf(LINT_RULE_IDS), {
      description: "Lint rules whose findings stop the plan and the run before any change."
    }),
    []
  ),
  "out-of-order": withDefault(
    boolean("Apply a pending file whose version is lower than the highest applied one."),
    false
  ),
  repair: withDefault(
    boolean(
      "Accept the new checksums of applied files that changed, then migrate. Remove it again after the run: while it is on, an edited applied file is not refused."
    ),
    false
  ),
  "resume-timeout": withDefault(
    duration("How long to wait for a paused (auto-pause) cluster to resume."),
    12e4
  ),
  "lease-duration": withDefault(
    duration(
      "How long a no-transaction file holds the migration lease without renewal (its runner renews it a third of this apart); another runner takes it over once it has expired, so a killed runner holds it up for at most this long."
    ),
    6e4
  ),
  "poll-interval": withDefault(
    duration("Time between two looks at a long statement, a held lease or a waking cluster."),
    2e3
  )
};
var phase = object(phaseFields, {
  description: "Apply the SQL files of a directory in version order, each at most once."
});
var connectionShape = object(connectionFields);
function checkConnection(value, path, issues) {
  if (!isPlainObject(value)) return;
  const has = (key) => value[key] !== void 0 && value[key] !== null;
  const via = value.via ?? "data-api";
  if (via === "data-api") {
    for (const key of ["resource-arn", "secret-arn"])
      if (!has(key))
        issues.push({ path, message: `"${key}" is missing`, hint: `via: data-api needs ${key}` });
    for (const key of ["url", "host", "user", "password", "password-env", "password-secret", "ssl"])
      if (has(key))
        issues.push({
          path: [...path, key],
          message: `"${key}" is a setting of via: pg`,
          hint: "the Data API authenticates with secret-arn; add via: pg to connect directly"
        });
  } else if (via === "pg") {
    if (!has("url") && !(has("host") && has("user")) && !has("password-secret"))
      issues.push({
        path,
        message: "via: pg needs url, or host and user, or password-secret",
        hint: "add url: \u2026"
      });
    checkPasswordSources(has, path, issues);
  }
}
function checkPasswordSources(has, path, issues) {
  if (has("password") && has("password-env"))
    issues.push({ path: [...path, "password-env"], message: "give password or password-env" });
  const other = ["password", "password-env"].filter(has);
  if (has("password-secret") && other.length > 0)
    issues.push({
      path: [...path, "password-secret"],
      message: `give password-secret or ${other.join(" / ")}, not both`,
      hint: "password-secret reads the password from Secrets Manager; remove the other setting"
    });
}
function withConnectionCheck(shape) {
  return {
    ...shape,
    parse(value, path, ctx) {
      const parsed = shape.parse(value, path, ctx);
      const before = ctx.issues.length;
      checkConnection(value, path, ctx.issues);
      return ctx.issues.length === before ? parsed : void 0;
    }
  };
}
var migrateSettings = withConnectionCheck(phase);
function tableNames(config) {
  return {
    display: `${config.schema}.${config.table}`,
    history: `"${config.schema}"."${config.table}"`,
    lease: `"${config.schema}"."${config.table}_lease"`,
    schema: `"${config.schema}"`
  };
}

export {
  migrateSettings,
  tableNames
};
