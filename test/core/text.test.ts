import { describe, expect, it } from 'vitest';
import { middleExcerpt, plural, shortTaskId, shortTaskIds, wordFor } from '../../src/core/text.js';

describe('plural', () => {
  it('counts one in the singular and any other number in the plural', () => {
    expect(plural(1, 'statement')).toBe('1 statement');
    expect(plural(4, 'statement')).toBe('4 statements');
    expect(plural(0, 'file')).toBe('0 files');
    expect(plural(2, 'phase section was', 'phase sections were')).toBe('2 phase sections were');
    expect(wordFor(1, 'SSM parameter')).toBe('SSM parameter');
  });
});

describe('task ids', () => {
  it('shows an ECS task id by its first 8 hex digits in text people read', () => {
    expect(shortTaskId('fdffd5826060e52443b23c1cb221c0db')).toBe('fdffd582');
    expect(
      shortTaskIds(
        '(service orchestrator) has started 2 tasks: (task fdffd5826060e52443b23c1cb221c0db) (task aafcc8a00ae1d2e522b2c4750dc203c6).',
      ),
    ).toBe('(service orchestrator) has started 2 tasks: (task fdffd582) (task aafcc8a0).');
    // Other long hex (a checksum, a deployment id) is left alone.
    expect(shortTaskIds('checksum 7e0ff49c1234 (deployment ecs-svc/2008299961630784039)')).toBe(
      'checksum 7e0ff49c1234 (deployment ecs-svc/2008299961630784039)',
    );
  });
});

describe('middleExcerpt', () => {
  it('keeps the start and the end of a long reason', () => {
    const reason = `CannotPullContainerError: failed to resolve ref ${'x'.repeat(80)}/web:v2: not found`;
    const cut = middleExcerpt(reason, 60);
    expect(cut).toHaveLength(60);
    expect(cut.startsWith('CannotPullContainerError: failed')).toBe(true);
    expect(cut.endsWith('/web:v2: not found')).toBe(true);
    expect(middleExcerpt('short', 60)).toBe('short');
  });
});
