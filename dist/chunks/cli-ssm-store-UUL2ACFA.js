import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  RecordTooLarge,
  ssmLocation
} from "./cli-chunk-SK6X4MLL.js";
import {
  require_dist_cjs
} from "./cli-chunk-CJ3P3FWI.js";
import {
  retryingFaults
} from "./cli-chunk-WFASBRMW.js";
import "./cli-chunk-HAJALABQ.js";
import "./cli-chunk-BVZ7ELGM.js";
import "./cli-chunk-75YOGVQ5.js";
import "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-HT5AY7AV.js";
import {
  __toESM
} from "./cli-chunk-KHYJZ6HU.js";

// src/release/record/ssm-store.ts
var import_client_ssm = __toESM(require_dist_cjs(), 1);
var MAX_VALUE_BYTES = 8192;
var SsmRecordStore = class {
  constructor(aws, prefix) {
    this.aws = aws;
    this.prefix = prefix;
    this.location = ssmLocation(prefix, aws.region);
  }
  aws;
  prefix;
  location;
  async get(key, signal) {
    try {
      const out = await this.send(
        signal,
        (c) => c.send(new import_client_ssm.GetParameterCommand({ Name: this.name(key) }), { abortSignal: signal })
      );
      return out.Parameter?.Value;
    } catch (error) {
      if (isNotFound(error)) return void 0;
      throw error;
    }
  }
  async list(prefix, signal) {
    const entries = [];
    const path = this.name(prefix).replace(/\/$/, "");
    let token;
    do {
      const input = { Path: path, Recursive: true, ...token ? { NextToken: token } : {} };
      const out = await this.send(
        signal,
        (c) => c.send(new import_client_ssm.GetParametersByPathCommand(input), { abortSignal: signal })
      );
      for (const p of out.Parameters ?? [])
        if (p.Name && p.Value !== void 0)
          entries.push({ key: p.Name.slice(this.prefix.length + 1), value: p.Value });
      token = out.NextToken;
    } while (token);
    return entries.sort((a, b) => a.key.localeCompare(b.key));
  }
  async create(key, value, signal) {
    try {
      const command = this.putCommand(key, value, false);
      await this.send(signal, (c) => c.send(command, { abortSignal: signal }));
      return true;
    } catch (error) {
      if (error instanceof Error && error.name === "ParameterAlreadyExists") return false;
      throw error;
    }
  }
  async put(key, value, signal) {
    const command = this.putCommand(key, value, true);
    await this.send(signal, (c) => c.send(command, { abortSignal: signal }));
  }
  async delete(key, signal) {
    try {
      await this.send(
        signal,
        (c) => c.send(new import_client_ssm.DeleteParameterCommand({ Name: this.name(key) }), { abortSignal: signal })
      );
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  }
  putCommand(key, value, overwrite) {
    const bytes = Buffer.byteLength(value);
    if (bytes > MAX_VALUE_BYTES)
      throw new RecordTooLarge(
        `${this.name(key)} would be ${bytes} bytes; Parameter Store takes at most ${MAX_VALUE_BYTES}`
      );
    return new import_client_ssm.PutParameterCommand({
      Name: this.name(key),
      Value: value,
      Type: "String",
      Tier: "Intelligent-Tiering",
      ...overwrite ? { Overwrite: true } : {}
    });
  }
  name(key) {
    return `${this.prefix}/${key}`;
  }
  send(signal, call) {
    return retryingFaults(() => call(this.aws.client(import_client_ssm.SSMClient)), { signal });
  }
};
function isNotFound(error) {
  return error instanceof Error && error.name === "ParameterNotFound";
}
export {
  SsmRecordStore
};
