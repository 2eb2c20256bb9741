/**
 * Reads YAML text with `yaml`'s Document API, which keeps every node's source range, so a mistake
 * found at a path (["phases", 2, "needs", 0]) can be shown at its line and column.
 */
import {
  type Document,
  isAlias,
  isCollection,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type Range,
  visit,
  type YAMLError,
} from 'yaml';
import type { Diagnostic, Position } from '../core/errors.js';
import type { Path } from '../core/shape.js';

/** Point at the key (an unknown key) or at the value (a wrong value, or the map a key is missing from). */
export type Target = 'key' | 'value';

export class SourcePositions {
  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    readonly file: string,
  ) {}

  /** Where a path is; when it does not exist, where its deepest existing part is. */
  at(path: Path, target: Target = 'value'): Position {
    const found = this.find(path);
    const useKey = found.key && (target === 'key' || !found.node);
    const range = useKey ? found.key?.range : found.node?.range;
    if (!range) return { file: this.file, line: 1, column: 1 };
    const spansLines = isCollection(found.node) && !useKey;
    return this.ofOffsets(range[0], spansLines ? undefined : range[1]);
  }

  ofOffsets(start: number, end?: number): Position {
    const from = this.lines.linePos(start);
    const position: Position = { file: this.file, line: from.line, column: from.col };
    if (end === undefined || end <= start) return position;
    const to = this.lines.linePos(end);
    return { ...position, endLine: to.line, endColumn: to.col };
  }

  private find(path: Path): { node: Node | null; key?: Node } {
    let node = this.doc.contents as Node | null;
    let key: Node | undefined;
    for (const segment of path) {
      if (isAlias(node)) node = (node.resolve(this.doc) as Node | undefined) ?? null;
      if (isMap(node)) {
        // The last pair wins, as in the value the plan was checked against.
        const pair = node.items.findLast((p) => keyText(p.key) === String(segment));
        if (!pair) break;
        key = (pair.key as Node | null) ?? undefined;
        node = (pair.value as Node | null) ?? null;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        key = undefined;
        node = node.items[segment] as Node;
      } else {
        break;
      }
    }
    return key ? { node, key } : { node };
  }
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return key === null || key === undefined ? '' : String(key);
}

export interface YamlSource {
  positions: SourcePositions;
  /** The document as plain values; undefined when the YAML cannot be trusted. */
  value: unknown;
  diagnostics: Diagnostic[];
}

/** Parses text into plain values plus positions; YAML mistakes come back as diagnostics. */
export function readYaml(text: string, file: string): YamlSource {
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    keepSourceTokens: true,
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    // 'silent' would also drop the MULTIPLE_DOCS error; 'error' only mutes console warnings.
    logLevel: 'error',
  });
  const positions = new SourcePositions(doc, lines, file);
  const diagnostics = [
    ...doc.errors.map((e) => yamlDiagnostic(e, text, positions, 'error')),
    ...doc.warnings.map((e) => yamlDiagnostic(e, text, positions, 'warning')),
    ...structureProblems(doc, positions),
  ];
  // Past a syntax error the structure is a guess; a duplicate key still leaves a clear map.
  const trusted = diagnostics.every(
    (d) => d.severity !== 'error' || d.message.startsWith('duplicate key'),
  );
  if (!trusted) return { positions, value: undefined, diagnostics };
  try {
    return { positions, value: doc.toJS({ maxAliasCount: 100 }), diagnostics };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    diagnostics.push({
      message: `the YAML cannot be read: ${message}`,
      hint: 'simplify anchors and aliases (*name); a plan rarely needs them',
      position: positions.at([]),
      severity: 'error',
    });
    return { positions, value: undefined, diagnostics };
  }
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'each key may appear once in a map: remove or rename one of them',
  TAB_AS_INDENT: 'indent with spaces; YAML does not allow tabs for indentation',
  BAD_INDENT: 'check the indentation, and that every [ and { is closed',
  BLOCK_AS_IMPLICIT_KEY: 'a value cannot start a new map on the same line: put it on its own line',
  MULTILINE_IMPLICIT_KEY: 'check the indentation and colons: a key must fit on one line',
  MISSING_CHAR: 'add the missing character',
  MULTIPLE_DOCS: 'a plan file holds one YAML document: remove the --- line',
  UNEXPECTED_TOKEN: 'check for a stray character or a missing colon',
};

function yamlDiagnostic(
  error: YAMLError,
  text: string,
  positions: SourcePositions,
  severity: 'error' | 'warning',
): Diagnostic {
  // An error at the very end (an unclosed bracket) is shown on the last written character.
  const last = Math.max(0, text.trimEnd().length - 1);
  const [start, end] = error.pos.map((offset) => Math.min(offset, last)) as [number, number];
  const message =
    error.code === 'DUPLICATE_KEY'
      ? `duplicate key "${keyAt(text, start)}"`
      : error.code === 'MULTIPLE_DOCS'
        ? 'the file holds more than one YAML document'
        : `YAML: ${error.message}`;
  return {
    message,
    hint: YAML_HINTS[error.code] ?? 'fix the YAML syntax here',
    position: positions.ofOffsets(start, end),
    severity,
  };
}

function keyAt(text: string, offset: number): string {
  return (/^(?:"[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(offset))?.[0] ?? '').trim();
}

/** What the parser accepts but a plan cannot use: aliases to nothing, maps or lists as keys. */
function structureProblems(doc: Document, positions: SourcePositions): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const report = (range: Range | null | undefined, message: string, hint: string) =>
    problems.push({
      message,
      hint,
      position: range ? positions.ofOffsets(range[0], range[1]) : positions.at([]),
      severity: 'error',
    });
  visit(doc, {
    Alias(_, alias) {
      if (!alias.resolve(doc)) {
        report(
          alias.range,
          `alias *${alias.source} has no anchor`,
          `define &${alias.source} before using it`,
        );
      }
    },
    Pair(_, pair) {
      if (isCollection(pair.key)) {
        report(
          pair.key.range,
          'a key must be plain text, not a list or a map',
          'write a name as the key',
        );
      }
    },
  });
  return problems;
}
