/**
 * The task definition to run: a registered one (family, family:revision or ARN), or a JSON file
 * (next to the plan or in the working directory), rendered with the phase's templates and
 * registered only when it differs from the family's latest revision, so re-running a phase does
 * not pile up revisions.
 */
import { ECSClient } from '@aws-sdk/client-ecs';
import { readDefinitionFile } from '../../aws/ecs/definition-files.js';
import { assertRegistrable } from '../../aws/ecs/refusals.js';
import {
  findTaskDefinition,
  latestRevisionMatching,
  type Revision,
  registerTaskDefinition,
} from '../../aws/ecs/revisions.js';
import {
  containerDefinitionsOf,
  isRecord,
  type TaskDefinitionInput,
} from '../../aws/ecs/task-definitions.js';
import { PhaseFailure } from '../../core/errors.js';
import { missingContainers, missingContainersFailure } from '../../core/task-definition-rules.js';
import type { PhaseContext } from '../kind.js';
import { namedContainers } from './containers.js';
import type { EcsRunTaskConfig } from './settings.js';

export interface ContainerInfo {
  name: string;
  essential: boolean;
  image: string;
  logDriver?: string;
  logOptions: Record<string, string>;
}

export type DefinitionSource =
  | 'registered' // named by family, revision or ARN
  | 'unchanged' // a file equal to the latest revision
  | 'new-revision' // a file registered by this run
  | 'would-register' // dry run: the file differs from the latest revision
  | 'not-known-yet'; // dry run: the name comes from an earlier phase's outputs

export interface ResolvedDefinition {
  /** What to pass to RunTask; absent only in a dry run. */
  arn?: string;
  /** `family:revision`, or what the plan named when that is not known. */
  label: string;
  source: DefinitionSource;
  networkMode?: string;
  compatibilities: string[];
  containers: ContainerInfo[];
}

type Ctx = Pick<PhaseContext<EcsRunTaskConfig>, 'config' | 'aws' | 'signal' | 'render' | 'plan'>;

const FAMILY_REF = /^[A-Za-z0-9_-]{1,255}(:\d+)?$/;
/** In a dry run, `${{ phases.X.outputs.Y }}` renders as this placeholder. */
const PLACEHOLDER = /^<phases\.[^>]+>$/;

export async function resolveTaskDefinition(
  ctx: Ctx,
  mode: 'run' | 'plan',
): Promise<ResolvedDefinition> {
  const ref = ctx.config['task-definition'].trim();
  if (mode === 'plan' && PLACEHOLDER.test(ref))
    return { label: ref, source: 'not-known-yet', compatibilities: [], containers: [] };
  if (/\.json$/i.test(ref)) return fromFile(ctx, ref, mode);
  if (!ref.startsWith('arn:') && !FAMILY_REF.test(ref))
    throw new PhaseFailure(
      `task-definition "${ref}" is not a family, a revision, an ARN or a file`,
      {
        hint: 'write family, family:revision, arn:aws:ecs:…:task-definition/family:revision, or a path ending in .json',
      },
    );
  const described = await findTaskDefinition(ctx.aws.client(ECSClient), ref, ctx.signal);
  if (!described) throw notFound(ref);
  return view(described, 'registered');
}

async function fromFile(ctx: Ctx, path: string, mode: 'run' | 'plan'): Promise<ResolvedDefinition> {
  const input = await readDefinitionFile(path, ctx.plan.file, ctx.render);
  const ecs = ctx.aws.client(ECSClient);
  const unchanged = await latestRevisionMatching(ecs, input, ctx.signal);
  if (unchanged) return view(unchanged, 'unchanged');
  assertRegistrable(input, `task-definition ${path}`, ctx.config['launch-type']);
  if (mode === 'plan') return planView(input, String(input.family));
  return view(await registerTaskDefinition(ecs, input, ctx.signal), 'new-revision');
}

function notFound(ref: string): PhaseFailure {
  return new PhaseFailure(`task definition ${ref} not found`, {
    hint: 'check the family and revision (aws ecs list-task-definitions --family-prefix …), or give a JSON file',
  });
}

function view(td: Revision, source: DefinitionSource): ResolvedDefinition {
  const label = `${td.family}:${td.revision}`;
  if (td.status === 'INACTIVE')
    throw new PhaseFailure(`task definition ${label} is INACTIVE (deregistered) and cannot run`, {
      hint: 'name an ACTIVE revision, or the family alone for its latest ACTIVE revision',
    });
  return {
    arn: td.taskDefinitionArn,
    label,
    source,
    ...(td.networkMode ? { networkMode: td.networkMode } : {}),
    compatibilities: td.requiresCompatibilities ?? [],
    containers: containersOf(containerDefinitionsOf(td)),
  };
}

function planView(input: TaskDefinitionInput, family: string): ResolvedDefinition {
  return {
    label: `${family} (new revision)`,
    source: 'would-register',
    ...(typeof input.networkMode === 'string' ? { networkMode: input.networkMode } : {}),
    compatibilities: Array.isArray(input.requiresCompatibilities)
      ? input.requiresCompatibilities.map(String)
      : [],
    containers: containersOf(containerDefinitionsOf(input)),
  };
}

function containersOf(list: readonly Record<string, unknown>[]): ContainerInfo[] {
  return list.map((c) => {
    const log = isRecord(c.logConfiguration) ? c.logConfiguration : {};
    const options = isRecord(log.options) ? log.options : {};
    return {
      name: String(c.name ?? ''),
      essential: c.essential !== false,
      image: String(c.image ?? ''),
      ...(typeof log.logDriver === 'string' ? { logDriver: log.logDriver } : {}),
      logOptions: Object.fromEntries(Object.entries(options).map(([k, v]) => [k, String(v)])),
    };
  });
}

/** The container the plan named, else the first essential one. */
export function mainContainer(
  definition: ResolvedDefinition,
  named: string | undefined,
): ContainerInfo | undefined {
  if (named !== undefined) return definition.containers.find((c) => c.name === named);
  return definition.containers.find((c) => c.essential) ?? definition.containers[0];
}

/** Fails when the plan names containers the definition does not have. */
export function checkContainerNames(
  definition: ResolvedDefinition,
  config: EcsRunTaskConfig,
): void {
  if (definition.source === 'not-known-yet') return;
  const td = { containerDefinitions: definition.containers };
  const missing = missingContainersFailure(
    missingContainers(td, namedContainers(config)),
    definition.label,
  );
  if (missing) throw new PhaseFailure(missing.message, { hint: missing.hint });
}
