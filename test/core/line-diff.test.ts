import { describe, expect, it } from 'vitest';
import { lineDiff } from '../../src/core/line-diff.js';

describe('lineDiff', () => {
  it('is empty for equal texts', () => {
    expect(lineDiff('a\nb\n', 'a\nb\n')).toBe('');
  });

  it('shows removed and added lines with a line of context, changes apart split by @@', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].join('\n');
    const after = ['a', 'B', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n');
    expect(lineDiff(before, after)).toBe(
      ['a', '-b', '+B', 'c', '@@', 'g', '+h'].map(prefix).join('\n'),
    );
  });

  it('stops after maxLines and says how many are left', () => {
    const after = Array.from({ length: 10 }, (_, i) => `line ${i}`).join('\n');
    const diff = lineDiff('', after, { maxLines: 3 });
    expect(diff.split('\n')).toHaveLength(4);
    expect(diff).toMatch(/… 8 more lines$/);
  });
});

/** Context lines start with a space in the unified form. */
function prefix(line: string): string {
  return /^[-+@]/.test(line) ? line : ` ${line}`;
}
