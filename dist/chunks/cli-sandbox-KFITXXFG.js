import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  Faults,
  ManualClock,
  MemoryLogStore,
  RequestLog,
  ScaledClock,
  ScenarioError,
  exportLines,
  secretArn,
  startSandbox
} from "./cli-chunk-476EUYS5.js";
import "./cli-chunk-3WMBHACJ.js";
import "./cli-chunk-P5NTSUGJ.js";
import "./cli-chunk-V467Q2W7.js";
import "./cli-chunk-4KXVOQRE.js";
import "./cli-chunk-75MUJ4UL.js";
import "./cli-chunk-UXGSYE36.js";
import "./cli-chunk-75YOGVQ5.js";
import "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-KHYJZ6HU.js";
export {
  Faults,
  ManualClock,
  MemoryLogStore,
  RequestLog,
  ScaledClock,
  ScenarioError,
  exportLines,
  secretArn,
  startSandbox
};
