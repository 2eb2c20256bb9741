/**
 * Migration file names: `NNN_description.sql`. The version is the numeric prefix, compared as a
 * number (so `001` and `1` are the same version); the description is the rest, underscores read
 * as spaces. A name that does not fit gets a hint with the name to rename it to; the versions in
 * those names come from one VersionAllocator per directory, so no two suggestions clash with each
 * other or with a file that is already there.
 */

export interface MigrationName {
  /** The numeric prefix as a number: `007_x.sql` → 7. */
  version: number;
  /** The prefix as written, leading zeros kept: "007". */
  versionText: string;
  /** `add_revoked_tokens` → "add revoked tokens". */
  description: string;
}

export interface NameProblem {
  message: string;
  /**
   * What a fitting name would hold, when one can be guessed: the version the name means (absent
   * when it has none) and the description part. `suggestedName` makes the name from it.
   */
  rename?: { version?: number; slug: string };
}

const MIGRATION_NAME = /^(\d+)_(.*)\.sql$/i;
const SQL_FILE = /\.sql$/i;
/** Flyway's `V1__name.sql` / `V1.2__name.sql`, the form people most often bring with them. */
const FLYWAY_NAME = /^[VvRrUu](\d+(?:[._]\d+)*)__(.*)\.sql$/;
const DIGITS_THEN_REST = /^(\d+)[-.\s]*(.*)\.sql$/i;

export function isSqlFile(fileName: string): boolean {
  return SQL_FILE.test(fileName);
}

/** A non-.sql file that was probably meant to be a migration (`002_x.psql`, `003_y.sql.bak`). */
export function looksLikeMigration(fileName: string): boolean {
  return /^(?:[Vv])?\d/.test(fileName);
}

function describe(rest: string): string {
  return rest.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

/** `Add Revoked-Tokens` → `add_revoked_tokens`: the description part of a suggested name. */
function slug(text: string): string {
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return words.length > 0 ? words.join('_') : 'migration';
}

/** Reads a file name: its version and description, or what is wrong with it. */
export function parseMigrationName(fileName: string): MigrationName | NameProblem {
  const match = MIGRATION_NAME.exec(fileName);
  if (match) {
    const versionText = match[1] ?? '';
    const description = describe(match[2] ?? '');
    const version = Number(versionText);
    if (!Number.isSafeInteger(version)) {
      return { message: `version ${versionText} is too large (at most 15 digits)` };
    }
    if (description === '') {
      return {
        message: `"${fileName}" has a version but no description`,
        rename: { version, slug: slug('describe the change') },
      };
    }
    return { version, versionText, description };
  }
  return misnamed(fileName);
}

function misnamed(fileName: string): NameProblem {
  const message = `"${fileName}" does not follow the NNN_description.sql naming`;
  const flyway = FLYWAY_NAME.exec(fileName);
  if (flyway) {
    const [major, ...minor] = (flyway[1] ?? '').split(/[._]/);
    if (minor.length === 0)
      return { message, rename: { ...versionOf(major), slug: slug(flyway[2] ?? '') } };
    return { message: `${message}; dotted versions like ${flyway[1]} are not supported` };
  }
  const numbered = DIGITS_THEN_REST.exec(fileName);
  if (numbered)
    return { message, rename: { ...versionOf(numbered[1]), slug: slug(numbered[2] ?? '') } };
  return { message, rename: { slug: slug(fileName.replace(SQL_FILE, '')) } };
}

/** The version digits mean, when they fit in an exact number (else the file gets a free one). */
function versionOf(digits: string | undefined): { version?: number } {
  const version = Number(digits);
  return Number.isSafeInteger(version) ? { version } : {};
}

export function isNameProblem(name: MigrationName | NameProblem): name is NameProblem {
  return 'message' in name;
}

/**
 * Versions for suggested names, each handed out once: the one a name means when no file has it
 * and no earlier suggestion took it, else the next free one above the highest. Zero-padded like
 * the existing files (`001`…`009` → `010`, `1`, `2` → `3`), three digits in an empty folder.
 */
export class VersionAllocator {
  private readonly taken: Set<number>;
  private readonly width: number;
  private next: number;

  constructor(existing: readonly { version: number; versionText: string }[]) {
    this.taken = new Set(existing.map((v) => v.version));
    this.width = existing.length
      ? Math.max(...existing.map((v) => v.versionText.length))
      : DEFAULT_WIDTH;
    this.next = existing.reduce((max, v) => Math.max(max, v.version), 0) + 1;
  }

  isFree(version: number): boolean {
    return !this.taken.has(version);
  }

  claim(preferred?: number): string {
    let version = preferred;
    if (version === undefined || !this.isFree(version)) {
      while (!this.isFree(this.next)) this.next++;
      version = this.next;
    }
    this.taken.add(version);
    return String(version).padStart(this.width, '0');
  }
}

const DEFAULT_WIDTH = 3;

/** The name a misnamed file is told to take, its version from `versions`. */
export function suggestedName(
  rename: NonNullable<NameProblem['rename']>,
  versions: VersionAllocator,
): string {
  return `${versions.claim(rename.version)}_${rename.slug}.sql`;
}

/** The next free version, zero-padded like the existing ones. */
export function nextVersionText(
  existing: readonly { version: number; versionText: string }[],
): string {
  return new VersionAllocator(existing).claim();
}
