/**
 * Finds the migration files in a directory, reads their versions and checksums, and reports
 * every naming mistake at once as a Diagnostic (file path plus the name to rename to).
 *
 * The checksum is SHA-256 of the content after removing a leading BOM and turning CRLF and CR
 * into LF, so a Windows checkout (git `core.autocrlf`) does not look like an edited file.
 */
import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../core/errors.js';
import {
  isNameProblem,
  isSqlFile,
  looksLikeMigration,
  type MigrationName,
  type NameProblem,
  parseMigrationName,
  suggestedName,
  VersionAllocator,
} from './names.js';

export interface MigrationFile extends MigrationName {
  /** `001_create_revoked_tokens_table.sql` */
  fileName: string;
  /** The directory joined with the file name, as given: used in messages and annotations. */
  path: string;
  /** Lower-case hex SHA-256 of `content`. */
  checksum: string;
  /** The file's text with line endings normalized to LF and no BOM. */
  content: string;
}

export interface MigrationDirectory {
  /** Files that can be applied, in version order; misnamed and duplicate files are left out. */
  files: MigrationFile[];
  /** Non-.sql entries skipped without complaint (README.md, .gitkeep, subdirectories…). */
  ignored: string[];
  diagnostics: Diagnostic[];
}

const BOM = '\uFEFF';

/** Text as the checksum and the splitter see it: no BOM, LF line endings. */
export function normalizeSql(text: string): string {
  const withoutBom = text.startsWith(BOM) ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}

/** SHA-256 hex of the normalized text. */
export function migrationChecksum(text: string): string {
  return createHash('sha256').update(normalizeSql(text), 'utf8').digest('hex');
}

/** The first 8 hex digits, enough to tell two versions of a file apart in a report. */
export function shortChecksum(checksum: string): string {
  return checksum.slice(0, 8);
}

export function compareVersions(a: { version: number }, b: { version: number }): number {
  return a.version - b.version;
}

function fileError(path: string, message: string, hint?: string): Diagnostic {
  return {
    severity: 'error',
    message,
    position: { file: path, line: 1, column: 1 },
    ...(hint ? { hint } : {}),
  };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

async function readMigration(
  dir: string,
  fileName: string,
  name: MigrationName,
): Promise<MigrationFile | Diagnostic> {
  const path = join(dir, fileName);
  let text: string;
  try {
    text = UTF8.decode(await readFile(path));
  } catch {
    return fileError(path, `${fileName} is not valid UTF-8 text`, 'save the file as UTF-8');
  }
  const content = normalizeSql(text);
  return { ...name, fileName, path, content, checksum: migrationChecksum(content) };
}

type Named = { fileName: string; name: MigrationName };

/** Reports every file of a version used more than once, and keeps none of them. */
function rejectDuplicates(
  dir: string,
  named: readonly Named[],
  versions: VersionAllocator,
): { unique: Named[]; diagnostics: Diagnostic[] } {
  const byVersion = new Map<number, Named[]>();
  for (const n of named)
    byVersion.set(n.name.version, [...(byVersion.get(n.name.version) ?? []), n]);
  const diagnostics: Diagnostic[] = [];
  for (const group of byVersion.values()) {
    if (group.length < 2) continue;
    const all = group.map((n) => n.fileName).join(', ');
    for (const later of group.slice(1)) {
      const renamed = `${versions.claim()}_${later.fileName.replace(/^\d+_/, '')}`;
      diagnostics.push(
        fileError(
          join(dir, later.fileName),
          `version ${later.name.version} is used by more than one file: ${all}`,
          `give each file its own version, e.g. rename ${later.fileName} to ${renamed}`,
        ),
      );
    }
  }
  const unique = named.filter((n) => byVersion.get(n.name.version)?.length === 1);
  return { unique, diagnostics };
}

/**
 * The rename hint of every misnamed file. A version the name means goes to it when free (first
 * pass), so `3-x.sql` becomes `003_x.sql`; the others get the next free ones (second pass).
 */
function misnamedDiagnostics(
  dir: string,
  misnamed: readonly { fileName: string; problem: NameProblem }[],
  versions: VersionAllocator,
): Diagnostic[] {
  const names = new Map<string, string>();
  for (const wantsFree of [true, false])
    for (const { fileName, problem } of misnamed) {
      const { rename } = problem;
      if (!rename || names.has(fileName)) continue;
      const free = rename.version !== undefined && versions.isFree(rename.version);
      if (free === wantsFree) names.set(fileName, suggestedName(rename, versions));
    }
  return misnamed.map(({ fileName, problem }) => {
    const name = names.get(fileName);
    return fileError(join(dir, fileName), problem.message, name && `rename it to ${name}`);
  });
}

interface Sorted {
  named: Named[];
  misnamed: { fileName: string; problem: NameProblem }[];
  ignored: string[];
  diagnostics: Diagnostic[];
}

function ignoredEntry(dir: string, entry: Dirent): Diagnostic | undefined {
  if (!entry.isFile() || !looksLikeMigration(entry.name)) return undefined;
  return {
    ...fileError(join(dir, entry.name), `${entry.name} is not a .sql file and is ignored`),
    severity: 'warning',
    hint: 'only files ending in .sql are migrations',
  };
}

/**
 * A link in the migrations folder may point outside the repository, nowhere, or at itself; the
 * files a release applies must be the ones reviewed, so links are refused rather than followed
 * or skipped.
 */
function linkRefused(dir: string, entry: Dirent): Diagnostic {
  return fileError(
    join(dir, entry.name),
    `${entry.name} is a symbolic link; migrations must be regular files`,
    'copy the file into the migrations folder instead of linking it',
  );
}

function sortEntries(dir: string, entries: readonly Dirent[]): Sorted {
  const sorted: Sorted = { named: [], misnamed: [], ignored: [], diagnostics: [] };
  const sqlFiles: string[] = [];
  for (const entry of entries) {
    if (entry.isSymbolicLink()) sorted.diagnostics.push(linkRefused(dir, entry));
    else if (entry.isFile() && isSqlFile(entry.name)) sqlFiles.push(entry.name);
    else {
      sorted.ignored.push(entry.name);
      const warning = ignoredEntry(dir, entry);
      if (warning) sorted.diagnostics.push(warning);
    }
  }
  for (const fileName of sqlFiles) {
    const name = parseMigrationName(fileName);
    if (isNameProblem(name)) sorted.misnamed.push({ fileName, problem: name });
    else sorted.named.push({ fileName, name });
  }
  return sorted;
}

/**
 * Versions compare as numbers, but file listings and reviewers sort names as text: beside
 * `10_c.sql`, `2_b.sql` is listed last yet runs first. A warning, with the name padded like the
 * longest version; the version stays the same, so an applied file is still recognised.
 */
function orderWarnings(files: readonly MigrationFile[]): Diagnostic[] {
  const byName = [...files].sort((a, b) => (a.fileName < b.fileName ? -1 : 1));
  if (byName.every((f, i) => f === files[i])) return [];
  const width = Math.max(...files.map((f) => f.versionText.length));
  return files
    .filter((f) => f.versionText.length < width)
    .map((f) => {
      const padded = `${f.versionText.padStart(width, '0')}${f.fileName.slice(f.versionText.length)}`;
      return {
        ...fileError(
          f.path,
          `${f.fileName} runs as version ${f.version} but is listed after files that run later (names sort as text)`,
          `pad the version so names sort in the order files run: rename it to ${padded}`,
        ),
        severity: 'warning' as const,
      };
    });
}

/** Reads `dir` (not its subdirectories): the migrations in version order and every mistake. */
export async function readMigrationDirectory(dir: string): Promise<MigrationDirectory> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    const message = `the migrations directory ${dir} does not exist or cannot be read`;
    return { files: [], ignored: [], diagnostics: [fileError(dir, message)] };
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const { named, misnamed, ignored, diagnostics } = sortEntries(dir, entries);
  // One allocator for every suggested name in the folder: no two are told to become the same.
  const versions = new VersionAllocator(named.map((n) => n.name));
  diagnostics.push(...misnamedDiagnostics(dir, misnamed, versions));
  const { unique, diagnostics: duplicates } = rejectDuplicates(dir, named, versions);
  const files: MigrationFile[] = [];
  for (const { fileName, name } of unique) {
    const read = await readMigration(dir, fileName, name);
    if ('severity' in read) diagnostics.push(read);
    else files.push(read);
  }
  files.sort(compareVersions);
  return { files, ignored, diagnostics: [...diagnostics, ...duplicates, ...orderWarnings(files)] };
}
