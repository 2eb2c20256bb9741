import { describe, expect, it } from 'vitest';
import { changedParts } from '../../../src/release/workflow/compare.js';

const workflow = (jobs: string) => `name: release\non:\n  push: {}\njobs:\n${jobs}`;

describe('changedParts', () => {
  it('names the changed job, the phase without a job and the job without a phase', () => {
    const committed = workflow('  a: { runs-on: x }\n  b: { runs-on: x }\n  old: { runs-on: x }\n');
    const expected = workflow('  a: { runs-on: x }\n  b: { runs-on: y }\n  new: { runs-on: x }\n');
    expect(changedParts(committed, expected)).toEqual([
      'job b',
      'phase new has no job',
      'job old is in no phase',
    ]);
  });

  it('names changed top-level keys, and nothing for a file that is not YAML', () => {
    expect(changedParts('name: x\njobs: {}\n', 'name: release\njobs: {}\n')).toEqual(['name']);
    expect(changedParts('jobs: [\n', 'jobs: {}\n')).toEqual([]);
  });
});
