/**
 * Migration file names: `NNN_description.sql`. The version is the numeric prefix, compared as a
 * number (so `001` and `1` are the same version); the description is the rest, underscores read
 * as spaces. A name that does not fit gets a hint with the name to rename it to.
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
  /** What to rename the file to, when a fitting name can be guessed. */
  suggestion?: string;
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

/**
 * Reads a file name; `nextVersion` is used in the suggested name of a file that has no version
 * at all (`abc.sql` → `004_abc.sql`).
 */
export function parseMigrationName(
  fileName: string,
  nextVersion = '001',
): MigrationName | NameProblem {
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
        suggestion: `${versionText}_${slug('describe the change')}.sql`,
      };
    }
    return { version, versionText, description };
  }
  return misnamed(fileName, nextVersion);
}

function misnamed(fileName: string, nextVersion: string): NameProblem {
  const message = `"${fileName}" does not follow the NNN_description.sql naming`;
  const flyway = FLYWAY_NAME.exec(fileName);
  if (flyway) {
    const [major, ...minor] = (flyway[1] ?? '').split(/[._]/);
    const version = (major ?? '').padStart(3, '0');
    if (minor.length === 0)
      return { message, suggestion: `${version}_${slug(flyway[2] ?? '')}.sql` };
    return { message: `${message}; dotted versions like ${flyway[1]} are not supported` };
  }
  const numbered = DIGITS_THEN_REST.exec(fileName);
  if (numbered) return { message, suggestion: `${numbered[1]}_${slug(numbered[2] ?? '')}.sql` };
  return { message, suggestion: `${nextVersion}_${slug(fileName.replace(SQL_FILE, ''))}.sql` };
}

export function isNameProblem(name: MigrationName | NameProblem): name is NameProblem {
  return 'message' in name;
}

/** The next free version, zero-padded like the existing ones: versions 1..9 as `001` → `010`. */
export function nextVersionText(
  existing: readonly { version: number; versionText: string }[],
): string {
  const highest = existing.reduce((max, v) => Math.max(max, v.version), 0);
  const width = existing.reduce((w, v) => Math.max(w, v.versionText.length), 3);
  return String(highest + 1).padStart(width, '0');
}
