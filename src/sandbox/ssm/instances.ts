/**
 * The managed instances of the scenario: which ids SendCommand accepts, what tag targets
 * resolve to, and what DescribeInstanceInformation says about each (its agent's ping status).
 */
import { encodeToken, Input, offsetFromToken } from '../input.js';
import { AwsError } from '../service.js';
import type { ManagedInstance } from './scenario.js';

// SendCommand model: Targets has at most 5 members, InstanceIds at most 50 ("you can specify up
// to 50 IDs"), Target.Values at most 50 (botocore ssm service-2.json).
const MAX_TARGETS = 5;
const MAX_INSTANCE_IDS = 50;
const MAX_TARGET_VALUES = 50;

interface Target {
  Key: string;
  Values: string[];
}

export class ManagedInstances {
  /** `undefined`: the scenario has no inventory, and any instance id is accepted. */
  constructor(
    private readonly known: readonly ManagedInstance[] | undefined,
    private readonly now: () => number,
  ) {}

  /** The instances a SendCommand reaches, from InstanceIds or Targets. */
  resolve(input: Input, rawTargets: unknown): string[] {
    const ids = input.strings('InstanceIds', MAX_INSTANCE_IDS);
    const targets = parseTargets(input, rawTargets);
    if (ids && targets.length > 0)
      throw new AwsError('ValidationException', 'Specify InstanceIds or Targets, not both.');
    if (ids) return this.checkIds(ids);
    if (targets.length === 0)
      throw new AwsError('ValidationException', 'Specify InstanceIds or Targets.');
    // Several targets narrow each other: an instance must match every one.
    const byIds = targets.find((t) => t.Key === 'InstanceIds');
    if (byIds && targets.length === 1) return this.checkIds(byIds.Values);
    return (this.known ?? []).filter((i) => targets.every((t) => matches(i, t))).map((i) => i.id);
  }

  private checkIds(ids: string[]): string[] {
    const known = this.known;
    const unknown = known ? ids.filter((id) => !known.some((i) => i.id === id)) : [];
    if (unknown.length > 0)
      throw new AwsError(
        'InvalidInstanceId',
        `Instances [${unknown.join(', ')}] not in a valid state for account`,
      );
    return ids;
  }

  describeInstanceInformation(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const limit = input.integer('MaxResults', { min: 5, max: 50 }) ?? 50;
    const wanted = wantedIds(raw);
    const pool: readonly ManagedInstance[] =
      this.known ??
      (wanted ?? []).map((id) => ({ id, tags: {}, ping: 'Online', platform: 'Linux' }));
    const all = pool.filter((i) => !wanted || wanted.includes(i.id));
    const start = offsetFromToken(input.optionalString('NextToken'), badToken);
    const page = all.slice(start, start + limit);
    return {
      InstanceInformationList: page.map((i) => this.information(i)),
      ...(start + limit < all.length ? { NextToken: encodeToken({ offset: start + limit }) } : {}),
    };
  }

  private information(i: ManagedInstance) {
    return {
      InstanceId: i.id,
      PingStatus: i.ping,
      LastPingDateTime: new Date(this.now() - (i.ping === 'Online' ? 30_000 : 3_600_000)),
      AgentVersion: '3.3.0.0',
      IsLatestVersion: true,
      PlatformType: i.platform,
      PlatformName: i.platform === 'Linux' ? 'Amazon Linux' : i.platform,
      ResourceType: i.id.startsWith('mi-') ? 'ManagedInstance' : 'EC2Instance',
      ComputerName: i.name ?? `${i.id}.ec2.internal`,
    };
  }
}

function parseTargets(input: Input, raw: unknown): Target[] {
  if (raw === undefined || raw === null) return [];
  const ok =
    Array.isArray(raw) &&
    raw.every(
      (t) =>
        typeof t === 'object' &&
        t !== null &&
        typeof (t as Target).Key === 'string' &&
        Array.isArray((t as Target).Values),
    );
  if (!ok) input.fail('Targets', 'Member must be a list of { Key, Values }');
  const targets = raw as Target[];
  if (targets.length > MAX_TARGETS)
    input.fail('Targets', `Member must have length less than or equal to ${MAX_TARGETS}`);
  if (targets.some((t) => t.Values.length > MAX_TARGET_VALUES))
    input.fail('Targets', `Values must have length less than or equal to ${MAX_TARGET_VALUES}`);
  for (const t of targets)
    if (t.Key !== 'InstanceIds' && t.Key !== 'tag-key' && !t.Key.startsWith('tag:'))
      throw new AwsError(
        'ValidationException',
        `Target key ${t.Key} is not modelled by the sandbox (InstanceIds, tag:<name> and tag-key are).`,
      );
  return targets;
}

function matches(instance: ManagedInstance, target: Target): boolean {
  if (target.Key === 'InstanceIds') return target.Values.includes(instance.id);
  if (target.Key === 'tag-key') return target.Values.some((k) => Object.hasOwn(instance.tags, k));
  const value = instance.tags[target.Key.slice('tag:'.length)];
  return value !== undefined && target.Values.includes(value);
}

/** Ids asked for by `InstanceInformationFilterList` or `Filters` with the InstanceIds key. */
function wantedIds(raw: Record<string, unknown>): string[] | undefined {
  const lists = [raw.InstanceInformationFilterList, raw.Filters].filter(Array.isArray).flat();
  const filters = lists.filter(
    (f): f is { key?: string; Key?: string; valueSet?: string[]; Values?: string[] } =>
      typeof f === 'object' && f !== null,
  );
  const byId = filters.filter((f) => (f.key ?? f.Key) === 'InstanceIds');
  if (byId.length === 0) return undefined;
  return byId.flatMap((f) => f.valueSet ?? f.Values ?? []);
}

const badToken = () => new AwsError('InvalidNextToken', "The specified token isn't valid.");
