/**
 * AWS's table of Fargate task sizes: which task-level `memory` (MiB) goes with which `cpu` (CPU
 * units). One table, shared by phasegate's checks and the sandbox's RegisterTaskDefinition.
 *
 * Source: the RegisterTaskDefinition `memory` parameter
 * (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html) and
 * https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html:
 * 256 → 512, 1024, 2048; 512 → 1–4 GB; 1024 → 2–8 GB; 2048 → 4–16 GB and 4096 → 8–30 GB in 1 GB
 * steps; 8192 → 16–60 GB in 4 GB steps and 16384 → 32–120 GB in 8 GB steps (Linux platform
 * 1.4.0 or later). Windows containers need at least 1 vCPU, and 8 and 16 vCPU are Linux only.
 */

const GB = 1024;

interface FargateSize {
  cpu: number;
  memory: readonly number[];
  windows: boolean;
}

function steps(fromGb: number, toGb: number, stepGb: number): number[] {
  const list: number[] = [];
  for (let gb = fromGb; gb <= toGb; gb += stepGb) list.push(gb * GB);
  return list;
}

export const FARGATE_SIZES: readonly FargateSize[] = [
  { cpu: 256, memory: [512, 1 * GB, 2 * GB], windows: false },
  { cpu: 512, memory: steps(1, 4, 1), windows: false },
  { cpu: 1024, memory: steps(2, 8, 1), windows: true },
  { cpu: 2048, memory: steps(4, 16, 1), windows: true },
  { cpu: 4096, memory: steps(8, 30, 1), windows: true },
  { cpu: 8192, memory: steps(16, 60, 4), windows: false },
  { cpu: 16384, memory: steps(32, 120, 8), windows: false },
];

/** The sizes for the operating system family (`runtimePlatform.operatingSystemFamily`). */
export function fargateSizes(windows: boolean): readonly FargateSize[] {
  return windows ? FARGATE_SIZES.filter((s) => s.windows) : FARGATE_SIZES;
}

/**
 * CPU units from a task definition's `cpu`: "1024", 1024 or "1 vCPU", as AWS accepts them
 * ("It's converted to an integer indicating the CPU units when the task definition is
 * registered"); undefined when it is none of these.
 */
export function cpuUnits(value: unknown): number | undefined {
  return amount(value, /^(\d+(?:\.\d+)?)\s*vcpu$/i, 1024);
}

/** MiB from a task definition's `memory`: "2048", 2048 or "2 GB". */
export function memoryMiB(value: unknown): number | undefined {
  return amount(value, /^(\d+(?:\.\d+)?)\s*gb$/i, GB);
}

function amount(value: unknown, unit: RegExp, factor: number): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const scaled = unit.exec(text);
  if (!scaled) return undefined;
  const result = Number(scaled[1]) * factor;
  return Number.isInteger(result) ? result : undefined;
}

/** A list of memory sizes (MiB), the long ones as a range: "4096 to 16384 in steps of 1024 (MiB)". */
export function memoryListText(list: readonly number[]): string {
  if (list.length <= 4) return list.map(String).join(', ');
  const first = list[0] ?? 0;
  const step = (list[1] ?? first) - first;
  return `${first} to ${list.at(-1)} in steps of ${step} (MiB)`;
}
