/**
 * Secrets Manager's secrets: each has versions, and staging labels (AWSCURRENT, AWSPREVIOUS,
 * custom ones) point at them. A read without VersionId or VersionStage gets AWSCURRENT; writing a
 * new AWSCURRENT version moves AWSPREVIOUS to the version that was current, as AWS does.
 */
import { randomUUID } from 'node:crypto';
import { Input } from '../input.js';
import { AwsError } from '../service.js';
import { type ArnScope, dayOf, secretArn, secretArnPrefix, stableVersionId } from './ids.js';
import { type ScenarioSecret, SECRET_NAME, secretString } from './scenario.js';

export interface SecretContext extends ArnScope {
  now(): number;
}

interface Content {
  string?: string;
  /** Base64, as the wire carries blobs. */
  binary?: string;
}

interface Version extends Content {
  id: string;
  stages: string[];
  createdAt: number;
}

interface StoredSecret {
  name: string;
  arn: string;
  description?: string;
  tags: { Key: string; Value: string }[];
  createdAt: number;
  changedAt: number;
  accessedAt?: number;
  versions: Version[];
}

const CURRENT = 'AWSCURRENT';
const PREVIOUS = 'AWSPREVIOUS';
// Documented quotas: a secret value is at most 65,536 bytes; a version has at most 20 labels.
const MAX_VALUE_BYTES = 65_536;
const MAX_STAGES = 20;

export class SecretStore {
  private readonly secrets = new Map<string, StoredSecret>();

  constructor(private readonly ctx: SecretContext) {}

  seed(s: ScenarioSecret): void {
    const secret = this.create(s.name, s.description, [], s.arn);
    const value = secretString(s);
    this.addVersion(secret, stableVersionId(`${secret.arn}\0${value}`), { string: value }, [
      CURRENT,
    ]);
  }

  getSecretValue(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const secret = this.find(input.string('SecretId'));
    const version = selectVersion(
      secret,
      input.optionalString('VersionId'),
      input.optionalString('VersionStage'),
    );
    secret.accessedAt = dayOf(this.ctx.now());
    return {
      ARN: secret.arn,
      Name: secret.name,
      VersionId: version.id,
      ...(version.string !== undefined ? { SecretString: version.string } : {}),
      ...(version.binary !== undefined ? { SecretBinary: version.binary } : {}),
      VersionStages: [...version.stages],
      CreatedDate: new Date(version.createdAt),
    };
  }

  describeSecret(raw: Record<string, unknown>) {
    const secret = this.find(new Input(raw, 'ValidationException').string('SecretId'));
    const staged = secret.versions.filter((v) => v.stages.length > 0);
    return {
      ARN: secret.arn,
      Name: secret.name,
      ...(secret.description !== undefined ? { Description: secret.description } : {}),
      LastChangedDate: new Date(secret.changedAt),
      ...(secret.accessedAt !== undefined ? { LastAccessedDate: new Date(secret.accessedAt) } : {}),
      ...(secret.tags.length > 0 ? { Tags: secret.tags } : {}),
      VersionIdsToStages: Object.fromEntries(staged.map((v) => [v.id, [...v.stages]])),
      CreatedDate: new Date(secret.createdAt),
    };
  }

  putSecretValue(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const secret = this.find(input.string('SecretId'));
    const content = contentOf(input);
    if (!content)
      throw new AwsError(
        'InvalidRequestException',
        'You must provide either SecretString or SecretBinary.',
      );
    const stages = input.strings('VersionStages', MAX_STAGES) ?? [CURRENT];
    const version = this.versionFor(secret, input, content, stages);
    return {
      ARN: secret.arn,
      Name: secret.name,
      VersionId: version.id,
      VersionStages: [...version.stages],
    };
  }

  createSecret(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const name = input.string('Name');
    if (!SECRET_NAME.test(name))
      throw new AwsError(
        'ValidationException',
        'Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!',
      );
    if (this.secrets.has(name))
      throw new AwsError(
        'ResourceExistsException',
        `The operation failed because the secret ${name} already exists.`,
      );
    const content = contentOf(input);
    const secret = this.create(name, input.optionalString('Description'), tagsOf(input, raw.Tags));
    const version = content ? this.versionFor(secret, input, content, [CURRENT]) : undefined;
    return { ARN: secret.arn, Name: secret.name, ...(version ? { VersionId: version.id } : {}) };
  }

  /** A name, a full ARN, or a partial ARN (without the -XXXXXX suffix). */
  private find(id: string): StoredSecret {
    const found = id.startsWith('arn:') ? this.byArn(id) : this.secrets.get(id);
    if (!found)
      throw new AwsError(
        'ResourceNotFoundException',
        "Secrets Manager can't find the specified secret.",
      );
    return found;
  }

  private byArn(arn: string): StoredSecret | undefined {
    for (const secret of this.secrets.values()) if (secret.arn === arn) return secret;
    const prefix = secretArnPrefix(this.ctx);
    return arn.startsWith(prefix) ? this.secrets.get(arn.slice(prefix.length)) : undefined;
  }

  private create(
    name: string,
    description: string | undefined,
    tags: StoredSecret['tags'],
    arn = secretArn(this.ctx, name),
  ): StoredSecret {
    const now = this.ctx.now();
    const secret: StoredSecret = {
      name,
      arn,
      ...(description !== undefined ? { description } : {}),
      tags,
      createdAt: now,
      changedAt: now,
      versions: [],
    };
    this.secrets.set(name, secret);
    return secret;
  }

  /**
   * ClientRequestToken is the idempotency token (the SDK and the CLI fill it in) and becomes the
   * VersionId: the same token with the same value is the same version, with another value an error.
   */
  private versionFor(
    secret: StoredSecret,
    input: Input,
    content: Content,
    stages: string[],
  ): Version {
    const id = input.optionalString('ClientRequestToken') ?? randomUUID();
    const existing = secret.versions.find((v) => v.id === id);
    if (!existing) return this.addVersion(secret, id, content, stages);
    if (existing.string === content.string && existing.binary === content.binary) return existing;
    throw new AwsError(
      'ResourceExistsException',
      "You can't modify an existing version, you can only create a new version.",
    );
  }

  private addVersion(
    secret: StoredSecret,
    id: string,
    content: Content,
    stages: string[],
  ): Version {
    for (const stage of stages) moveStage(secret, stage);
    const version: Version = {
      id,
      ...content,
      stages: [...new Set(stages)],
      createdAt: this.ctx.now(),
    };
    secret.versions.push(version);
    secret.changedAt = version.createdAt;
    return version;
  }
}

/** Takes `stage` off the version holding it; the old AWSCURRENT becomes AWSPREVIOUS. */
function moveStage(secret: StoredSecret, stage: string): void {
  const holder = secret.versions.find((v) => v.stages.includes(stage));
  if (!holder) return;
  holder.stages = holder.stages.filter((s) => s !== stage);
  if (stage !== CURRENT) return;
  moveStage(secret, PREVIOUS);
  holder.stages.push(PREVIOUS);
}

function selectVersion(secret: StoredSecret, versionId?: string, stage?: string): Version {
  const missing = (what: string) =>
    new AwsError(
      'ResourceNotFoundException',
      `Secrets Manager can't find the specified secret value for ${what}`,
    );
  if (versionId !== undefined) {
    const version = secret.versions.find((v) => v.id === versionId);
    if (!version || (stage !== undefined && !version.stages.includes(stage)))
      throw missing(`VersionId: ${versionId}`);
    return version;
  }
  const label = stage ?? CURRENT;
  const version = secret.versions.find((v) => v.stages.includes(label));
  if (!version) throw missing(`staging label: ${label}`);
  return version;
}

function contentOf(input: Input): Content | undefined {
  const string = input.optionalString('SecretString');
  const binary = input.optionalString('SecretBinary');
  if (string !== undefined && binary !== undefined)
    throw new AwsError(
      'InvalidParameterException',
      "You can't specify both a binary secret value and a string secret value in the same secret.",
    );
  const bytes =
    string !== undefined ? Buffer.byteLength(string) : Buffer.from(binary ?? '', 'base64').length;
  // Not Input.fail: its message quotes the value, and this one is a secret.
  if (bytes > MAX_VALUE_BYTES)
    throw new AwsError(
      'ValidationException',
      `1 validation error detected: Value at '${string !== undefined ? 'secretString' : 'secretBinary'}' failed to satisfy constraint: Member must have length less than or equal to ${MAX_VALUE_BYTES}`,
    );
  if (string !== undefined) return { string };
  return binary !== undefined ? { binary } : undefined;
}

function tagsOf(input: Input, tags: unknown): StoredSecret['tags'] {
  if (tags === undefined || tags === null) return [];
  const raw = tags;
  const ok =
    Array.isArray(raw) &&
    raw.every((t) => typeof t?.Key === 'string' && typeof t?.Value === 'string');
  if (!ok) input.fail('Tags', 'Member must be a list of Key/Value pairs');
  return (raw as { Key: string; Value: string }[]).map((t) => ({ Key: t.Key, Value: t.Value }));
}
