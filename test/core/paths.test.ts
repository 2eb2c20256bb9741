import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shownPath } from '../../src/core/paths.js';

describe('shownPath', () => {
  it('shows a path inside the working directory relative to it, any other as it is', () => {
    expect(shownPath('/repo/phases/ca-a2a.yml', '/repo')).toBe(join('phases', 'ca-a2a.yml'));
    expect(shownPath('phases/ca-a2a.yml', '/repo')).toBe(join('phases', 'ca-a2a.yml'));
    expect(shownPath('/elsewhere/plan.yml', '/repo')).toBe('/elsewhere/plan.yml');
    expect(shownPath('/repository/plan.yml', '/repo')).toBe('/repository/plan.yml');
  });
});
