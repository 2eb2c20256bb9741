import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  duration,
  listOf,
  number,
  object,
  oneOf,
  optional,
  record,
  refine,
  string,
  withDefault
} from "./cli-chunk-4KXVOQRE.js";
import {
  SECRET_NAME
} from "./cli-chunk-FY4NPDDL.js";

// src/checks/http/settings.ts
var METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
var SECRET_HEADER = SECRET_NAME;
var httpSettings = refine(
  object({
    url: string({
      pattern: /^https?:\/\/\S+$/i,
      expected: "an http:// or https:// URL",
      hint: "write the whole address, for example https://alb.example.com/health",
      description: "The address to call, http:// or https://."
    }),
    method: withDefault(oneOf(METHODS, "HTTP method (default GET)."), "GET"),
    headers: optional(
      record(
        string(),
        "Request headers. Values of headers named like authorization, token, key or secret are masked in every log."
      )
    ),
    body: optional(string({ description: "Request body (not with GET or HEAD)." })),
    "expect-status": withDefault(
      listOf(
        number({ integer: true, min: 100, max: 599 }),
        "The status, or a list of statuses, that pass (default 200)."
      ),
      [200]
    ),
    "expect-json": optional(
      record(
        string(),
        "Dotted paths into the JSON body (items.0.name) and the value each must have, compared as text."
      )
    ),
    "expect-body-contains": optional(
      listOf(string(), "Text, or a list of texts, the body must contain.")
    ),
    timeout: withDefault(duration("How long to wait for the whole answer (default 10s)."), 1e4)
  }),
  (c) => c.body !== void 0 && (c.method === "GET" || c.method === "HEAD") ? {
    message: `a ${c.method} request cannot have a body`,
    hint: "write method: POST",
    at: ["body"]
  } : void 0
);

export {
  SECRET_HEADER,
  httpSettings
};
