import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  TerminalLog,
  migrateKind,
  releaseSettings
} from "./cli-chunk-RY4KCRQA.js";
import {
  cancelOnSignals
} from "./cli-chunk-DM46DMU6.js";
import {
  runInfo,
  standaloneSettings
} from "./cli-chunk-XHJIA7M2.js";
import {
  createAwsClients
} from "./cli-chunk-5S4WVAEV.js";
import {
  loadPlan
} from "./cli-chunk-PZMFLI35.js";
import "./cli-chunk-3WMBHACJ.js";
import {
  openSession,
  readLease,
  releaseLease,
  repairChecksums,
  wakeOptionsOf
} from "./cli-chunk-PIFGOAOH.js";
import "./cli-chunk-P5NTSUGJ.js";
import "./cli-chunk-LGRDOLKG.js";
import "./cli-chunk-66RG3TEY.js";
import "./cli-chunk-U3OTYJXE.js";
import "./cli-chunk-SK6X4MLL.js";
import {
  whileWaking
} from "./cli-chunk-4OUBKVPQ.js";
import "./cli-chunk-PJXLJJV7.js";
import "./cli-chunk-4KXVOQRE.js";
import "./cli-chunk-75MUJ4UL.js";
import "./cli-chunk-N2YYZX6X.js";
import "./cli-chunk-ELRKWGRC.js";
import "./cli-chunk-WFASBRMW.js";
import "./cli-chunk-HAJALABQ.js";
import "./cli-chunk-BVZ7ELGM.js";
import {
  UserError
} from "./cli-chunk-75YOGVQ5.js";
import {
  markdownAsText
} from "./cli-chunk-2SUYFAK7.js";
import "./cli-chunk-V74XWLEX.js";
import "./cli-chunk-HT5AY7AV.js";
import "./cli-chunk-KHYJZ6HU.js";

// src/phases/migrate/unlock.ts
async function unlockMigrations(ctx) {
  const session = openSession(ctx);
  try {
    const wake = wakeOptionsOf(ctx);
    const lease = await whileWaking(
      "reading the lease",
      () => readLease(session.executor, session.names),
      wake
    );
    if (!lease) return { summary: `no migration lease is held on ${session.executor.target}` };
    await whileWaking(
      "removing the lease",
      () => releaseLease(session.executor, session.names, lease.owner),
      wake
    );
    const summary = `removed the migration lease held by ${lease.owner} (it would have expired at ${lease.expiresAt})`;
    ctx.log.info(summary);
    return { summary };
  } finally {
    await session.executor.close();
  }
}

// src/cli/migrate-command.ts
async function migrateCommand(command, io, registry, secrets) {
  const settings = releaseSettings(command.plan, command.options, false, io.env, false);
  const plan = await loadPlan(command.plan, { registry, vars: settings.vars });
  const phase = migratePhase(plan, command.phase);
  const aws = createAwsClients(plan.region);
  const cancel = cancelOnSignals();
  try {
    const deps = { env: io.env, aws, secrets, signal: cancel.signal };
    const config = await standaloneSettings(plan, phase, migrateKind.settings, settings, deps);
    const ctx = {
      config,
      aws,
      secrets,
      signal: cancel.signal,
      log: new TerminalLog(phase.id, (line) => io.stderr(line), secrets),
      run: runInfo(plan, settings, io.env),
      plan: { app: plan.app, region: plan.region, file: plan.file }
    };
    const report = command.name === "migrate-repair" ? (await repairChecksums(ctx)).report : await unlockMigrations(ctx);
    const details = report.details ? `
${markdownAsText(report.details)}
` : "";
    io.stdout(`${report.summary}
${details}`);
    return 0;
  } finally {
    cancel.dispose();
  }
}
function migratePhase(plan, id) {
  const migrates = plan.phases.filter((p) => p.uses === "migrate");
  const ids = migrates.map((p) => p.id).join(", ") || "none";
  if (id) {
    const phase = migrates.find((p) => p.id === id);
    if (!phase)
      throw new UserError(`the plan has no migrate phase "${id}"`, `its migrate phases: ${ids}`);
    return phase;
  }
  const [only, ...others] = migrates;
  if (!only)
    throw new UserError(
      `${plan.file} has no migrate phase`,
      "migrate repair and unlock work on a phase with uses: migrate"
    );
  if (others.length > 0)
    throw new UserError("the plan has several migrate phases", `choose one with --phase: ${ids}`);
  return only;
}
export {
  migrateCommand
};
