/**
 * SSM Parameter Store: versioned parameters, hierarchies read by path, and SecureString values
 * that come back as ciphertext unless the caller asks for decryption.
 */
import { createHash } from 'node:crypto';
import { decodeToken, encodeToken, Input } from '../input.js';
import { AwsError } from '../service.js';
import { PARAMETER_TYPES, type ParameterType } from './scenario.js';

/**
 * `ParameterNotFound` with no message, as AWS answers it: users quote the CLI's "An error
 * occurred (ParameterNotFound) when calling the GetParameter operation:" with nothing after the
 * colon (awslabs/aws-simple-cicd#10, aws-solutions/aws-control-tower-customizations#68) and the
 * SDKs' message as null (aws/aws-cdk#1621, vandium-io/aws-param-store#8). "The parameter
 * couldn't be found. Verify the name and try again." is the exception's documentation in the
 * botocore model, not its wire text. A reader must name the parameter itself.
 */
function parameterNotFound(): AwsError {
  return new AwsError('ParameterNotFound', '');
}

/**
 * GetParameter of `name:version` when the name exists but the version does not. AWS documents
 * the exception ("The specified parameter version wasn't found. Verify the parameter name and
 * version, and try again.", botocore ssm model, GetParameter errors); the wire text is AWS's as
 * reported from real responses (getmoto/moto#3977).
 */
function versionNotFound(name: string, selector: string): AwsError {
  return new AwsError(
    'ParameterVersionNotFound',
    `Systems Manager could not find version ${selector} of ${name}. Verify the version and try again.`,
  );
}

interface Version {
  value: string;
  type: ParameterType;
  version: number;
  modifiedAt: number;
  description?: string;
}

export interface ParameterContext {
  now(): number;
  region: string;
  accountId: string;
}

// Documented limits: GetParameters takes at most 10 names; GetParametersByPath returns at most
// 10 per page; a Standard-tier value is at most 4 KB, an Advanced one 8 KB ("Managing parameter
// tiers"); Intelligent-Tiering makes a parameter Advanced only when its value needs it.
const MAX_NAMES = 10;
const MAX_PAGE = 10;
const MAX_STANDARD_BYTES = 4096;
const MAX_ADVANCED_BYTES = 8192;
const TIERS = ['Standard', 'Advanced', 'Intelligent-Tiering'];
const NAME = /^[a-zA-Z0-9_.\-/]+$/;

export class ParameterStore {
  private readonly parameters = new Map<string, Version[]>();

  constructor(private readonly ctx: ParameterContext) {}

  seed(p: { name: string; value: string; type: ParameterType; description?: string }): void {
    this.write(p.name, p.value, p.type, p.description);
  }

  getParameter(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const reference = input.string('Name');
    const found = this.resolve(reference);
    if (!found) {
      const [name = '', selector] = stripArn(reference).split(':');
      if (selector !== undefined && this.parameters.has(name))
        throw versionNotFound(name, selector);
      throw parameterNotFound();
    }
    return { Parameter: this.describe(found, input.boolean('WithDecryption')) };
  }

  getParameters(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const names =
      input.strings('Names', MAX_NAMES) ?? input.fail('Names', 'Member must not be null');
    const decrypt = input.boolean('WithDecryption');
    const found = names.map((name) => ({ name, found: this.resolve(name) }));
    return {
      Parameters: found.flatMap((f) => (f.found ? [this.describe(f.found, decrypt)] : [])),
      InvalidParameters: found.filter((f) => !f.found).map((f) => f.name),
    };
  }

  getParametersByPath(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const path = normalisePath(input.string('Path'));
    if (input.has('ParameterFilters'))
      throw new AwsError('ValidationException', 'ParameterFilters are not modelled by the sandbox');
    const limit = input.integer('MaxResults', { min: 1, max: MAX_PAGE }) ?? MAX_PAGE;
    const after = pageStart(input.optionalString('NextToken'));
    const names = [...this.parameters.keys()]
      .filter((name) => isUnder(name, path, input.boolean('Recursive')))
      .sort()
      .filter((name) => after === undefined || name > after);
    const page = names.slice(0, limit);
    const last = page.at(-1);
    const decrypt = input.boolean('WithDecryption');
    return {
      Parameters: page.map((name) => this.describe(this.latest(name), decrypt)),
      ...(names.length > limit && last ? { NextToken: encodeToken({ after: last }) } : {}),
    };
  }

  putParameter(raw: Record<string, unknown>) {
    const input = new Input(raw, 'ValidationException');
    const name = checkName(input.string('Name'));
    const value = input.string('Value');
    const tier = parameterTier(input, Buffer.byteLength(value));
    const type = parameterType(input);
    const existing = this.parameters.get(name)?.at(-1);
    const overwrite = input.boolean('Overwrite');
    if (overwrite && input.has('Tags'))
      throw new AwsError(
        'ValidationException',
        "Invalid request: tags and overwrite can't be used together. To create a parameter with tags, please remove overwrite flag. To update tags for an existing parameter, please use AddTagsToResource or RemoveTagsFromResource.",
      );
    if (existing && !overwrite)
      throw new AwsError(
        'ParameterAlreadyExists',
        'The parameter already exists. To overwrite this request, set the overwrite option in the request to true.',
      );
    const resolvedType = type ?? existing?.type;
    if (!resolvedType)
      throw new AwsError(
        'ValidationException',
        'A parameter type is required when you create a parameter.',
      );
    const description = input.optionalString('Description') ?? existing?.description;
    const stored = this.write(name, value, resolvedType, description);
    return { Version: stored.version, Tier: tier };
  }

  deleteParameter(raw: Record<string, unknown>) {
    const name = new Input(raw, 'ValidationException').string('Name');
    if (!this.parameters.delete(name)) throw parameterNotFound();
    return {};
  }

  private write(name: string, value: string, type: ParameterType, description?: string): Version {
    const versions = this.parameters.get(name) ?? [];
    const version: Version = {
      value,
      type,
      version: (versions.at(-1)?.version ?? 0) + 1,
      modifiedAt: this.ctx.now(),
      ...(description !== undefined ? { description } : {}),
    };
    this.parameters.set(name, [...versions, version]);
    return version;
  }

  private latest(name: string): { name: string; version: Version } {
    return { name, version: this.parameters.get(name)?.at(-1) as Version };
  }

  /** A name, an ARN, or `name:version` (labels are not modelled). */
  private resolve(
    reference: string,
  ): { name: string; version: Version; selector?: string } | undefined {
    const [name = '', selector] = stripArn(reference).split(':');
    const versions = this.parameters.get(name);
    if (!versions) return undefined;
    if (selector === undefined) return { name, version: versions.at(-1) as Version };
    const version = versions.find((v) => String(v.version) === selector);
    return version ? { name, version, selector: `:${selector}` } : undefined;
  }

  private describe(p: { name: string; version: Version; selector?: string }, decrypt: boolean) {
    const { name, version } = p;
    const secret = version.type === 'SecureString' && !decrypt;
    return {
      Name: name,
      Type: version.type,
      Value: secret ? ciphertext(name, version) : version.value,
      Version: version.version,
      ...(p.selector ? { Selector: p.selector } : {}),
      LastModifiedDate: new Date(version.modifiedAt),
      ARN: this.arn(name),
      DataType: 'text',
    };
  }

  private arn(name: string): string {
    const resource = name.startsWith('/') ? name : `/${name}`;
    return `arn:aws:ssm:${this.ctx.region}:${this.ctx.accountId}:parameter${resource}`;
  }
}

function parameterType(input: Input): ParameterType | undefined {
  const type = input.optionalString('Type');
  if (type === undefined) return undefined;
  if (!(PARAMETER_TYPES as readonly string[]).includes(type))
    input.fail('Type', `Member must satisfy enum value set: [${PARAMETER_TYPES.join(', ')}]`);
  return type as ParameterType;
}

function checkName(name: string): string {
  const bad = (why: string) => new AwsError('ValidationException', `Parameter name: ${why}`);
  if (!NAME.test(name)) throw bad('can only contain letters, numbers and the symbols . - _ /');
  if (/^\/?(aws|ssm)/i.test(name))
    throw bad('can\'t be prefixed with "aws" or "ssm" (case-insensitive).');
  if (name.includes('/') && !name.startsWith('/'))
    throw bad('a hierarchical name must be fully qualified (start with /).');
  return name;
}

function stripArn(reference: string): string {
  const match = /^arn:aws[\w-]*:ssm:[^:]*:\d*:parameter(\/.*)$/.exec(reference);
  if (!match?.[1]) return reference;
  // An ARN of a name without a leading slash is written parameter/<name>.
  const resource = match[1];
  return resource.indexOf('/', 1) < 0 ? resource.slice(1) : resource;
}

function normalisePath(path: string): string {
  if (!path.startsWith('/'))
    throw new AwsError(
      'ValidationException',
      'The parameter path must begin with a forward slash (/).',
    );
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

function isUnder(name: string, path: string, recursive: boolean): boolean {
  const prefix = path === '/' ? '/' : `${path}/`;
  if (!name.startsWith(prefix) || name.length === prefix.length) return false;
  return recursive || !name.slice(prefix.length).includes('/');
}

function pageStart(token: string | undefined): string | undefined {
  if (token === undefined) return undefined;
  return decodeToken(
    token,
    (c): c is { after: string } => typeof c.after === 'string',
    () => new AwsError('InvalidNextToken', "The specified token isn't valid."),
  ).after;
}

/**
 * What AWS returns for a SecureString read without decryption is a KMS ciphertext blob in
 * base64 (these start with `AQICAH`); a digest stands in for it, so the plaintext never leaks.
 */
function ciphertext(name: string, version: Version): string {
  const digest = createHash('sha256').update(`${name}\0${version.version}\0${version.value}`);
  const body = digest.digest();
  const blocks = Math.ceil((version.value.length + 48) / body.length);
  const header = Buffer.from([0x01, 0x02, 0x02, 0x00, 0x78]);
  return Buffer.concat([header, ...Array.from({ length: blocks }, () => body)]).toString('base64');
}

/** The tier a value is stored in; a value too large for it is refused as AWS refuses it. */
function parameterTier(input: Input, bytes: number): 'Standard' | 'Advanced' {
  const asked = input.optionalString('Tier') ?? 'Standard';
  if (!TIERS.includes(asked))
    input.fail('Tier', `Member must satisfy enum value set: [${TIERS.join(', ')}]`);
  if (bytes > MAX_ADVANCED_BYTES)
    input.fail('Value', `Member must have length less than or equal to ${MAX_ADVANCED_BYTES}`);
  if (asked === 'Standard' && bytes > MAX_STANDARD_BYTES)
    throw new AwsError(
      'ValidationException',
      `Standard tier parameters support a maximum parameter value of ${MAX_STANDARD_BYTES} characters. To create a larger parameter value, upgrade the parameter to use the advanced-parameter tier. For more information, see https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html`,
    );
  return asked === 'Standard' || (asked === 'Intelligent-Tiering' && bytes <= MAX_STANDARD_BYTES)
    ? 'Standard'
    : 'Advanced';
}
