import { describe, expect, it } from 'vitest';
import { plural, wordFor } from '../../src/core/text.js';

describe('plural', () => {
  it('counts one in the singular and any other number in the plural', () => {
    expect(plural(1, 'statement')).toBe('1 statement');
    expect(plural(4, 'statement')).toBe('4 statements');
    expect(plural(0, 'file')).toBe('0 files');
    expect(plural(2, 'phase section was', 'phase sections were')).toBe('2 phase sections were');
    expect(wordFor(1, 'SSM parameter')).toBe('SSM parameter');
  });
});
