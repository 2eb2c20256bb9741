import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { checkWritable } from '../../src/core/output-paths.js';

const dir = mkdtempSync(join(tmpdir(), 'phasegate-out-'));

describe('checkWritable', () => {
  it('accepts a new file, in folders that do not exist yet', () => {
    expect(() => checkWritable(join(dir, 'a/b/summary.md'), '--summary')).not.toThrow();
  });

  it('refuses a directory, saying to name a file', () => {
    expect(() => checkWritable(dir, '--summary')).toThrow(UserError);
    expect(() => checkWritable(dir, '--summary')).toThrow(/is a directory/);
  });

  it('refuses a path under a file', () => {
    const file = join(dir, 'plain');
    writeFileSync(file, '');
    expect(() => checkWritable(join(file, 'summary.md'), '--summary')).toThrow(
      /is a file, not a directory/,
    );
  });
});
