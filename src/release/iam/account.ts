/**
 * Which account (and partition) the policy's ARNs name: `--account` when given, else the one the
 * plan's own ARNs name (its vars and settings, rendered), else `*` with a warning.
 */

export interface Account {
  id: string;
  partition: string;
  warnings: string[];
}

const ARN_ACCOUNT = /arn:(aws[a-z-]*):[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/g;

export function accountOf(vars: unknown, settings: unknown[], explicit?: string): Account {
  const text = JSON.stringify([vars, settings]);
  const found = [...text.matchAll(ARN_ACCOUNT)];
  const partition = found[0]?.[1] ?? 'aws';
  if (explicit !== undefined) return { id: explicit, partition, warnings: [] };
  const counts = new Map<string, number>();
  for (const m of found) counts.set(m[2] as string, (counts.get(m[2] as string) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [first, ...others] = ranked;
  if (!first)
    return {
      id: '*',
      partition,
      warnings: [
        'the plan names no account in an ARN: the policy says any account (*); give --account 123456789012',
      ],
    };
  const warnings = others.length
    ? [
        `the plan's ARNs name several accounts (${ranked.map(([id]) => id).join(', ')}): the policy uses ${first[0]}; give --account to choose`,
      ]
    : [];
  return { id: first[0], partition, warnings };
}
