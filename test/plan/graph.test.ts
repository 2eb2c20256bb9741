import { describe, expect, it } from 'vitest';
import { ancestors, effectiveNeeds, findCycles, runOrder } from '../../src/plan/graph.js';

const node = (id: string, ...needs: string[]) => ({ id, needs });

describe('effectiveNeeds', () => {
  it('defaults to the phase before; the first phase needs nothing; [] means nothing', () => {
    expect(effectiveNeeds(undefined, undefined)).toEqual([]);
    expect(effectiveNeeds(undefined, 'migrate')).toEqual(['migrate']);
    expect(effectiveNeeds([], 'migrate')).toEqual([]);
    expect(effectiveNeeds(['a', 'b'], 'migrate')).toEqual(['a', 'b']);
  });
});

describe('findCycles', () => {
  it('finds none in a DAG', () => {
    expect(findCycles([node('a'), node('b', 'a'), node('c', 'a', 'b')])).toEqual([]);
  });

  it('names a two-phase cycle starting at the first phase in the file', () => {
    expect(findCycles([node('a', 'b'), node('b', 'a')])).toEqual([['a', 'b', 'a']]);
  });

  it('names a longer cycle in the direction of needs', () => {
    const phases = [node('a', 'c'), node('b', 'a'), node('c', 'b'), node('d', 'c')];
    expect(findCycles(phases)).toEqual([['a', 'c', 'b', 'a']]);
  });

  it('reports separate cycles separately and ignores self-needs and unknown ids', () => {
    const phases = [
      node('a', 'b'),
      node('b', 'a'),
      node('c', 'c', 'ghost'),
      node('d', 'e'),
      node('e', 'd'),
    ];
    expect(findCycles(phases)).toEqual([
      ['a', 'b', 'a'],
      ['d', 'e', 'd'],
    ]);
  });

  it('gives a shortest way round when several exist', () => {
    const phases = [node('a', 'b', 'c'), node('b', 'c'), node('c', 'a')];
    expect(findCycles(phases)).toEqual([['a', 'c', 'a']]);
  });
});

describe('ancestors', () => {
  it('follows needs transitively and stops in cycles', () => {
    const phases = [
      node('a'),
      node('b', 'a'),
      node('c', 'b'),
      node('d', 'a'),
      node('x', 'y'),
      node('y', 'x'),
    ];
    expect([...ancestors(phases, 'c')].sort()).toEqual(['a', 'b']);
    expect([...ancestors(phases, 'd')]).toEqual(['a']);
    expect([...ancestors(phases, 'a')]).toEqual([]);
    expect([...ancestors(phases, 'x')]).toEqual(['y']);
  });
});

describe('runOrder', () => {
  it('puts every phase after what it needs, keeping file order otherwise', () => {
    const phases = [
      node('verify', 'agents', 'admin'),
      node('admin', 'migrate'),
      node('agents', 'migrate'),
      node('migrate'),
    ];
    expect(runOrder(phases)).toEqual(['migrate', 'admin', 'agents', 'verify']);
  });

  it('refuses a cycle (the plan reader never lets one through)', () => {
    expect(() => runOrder([node('a', 'b'), node('b', 'a')])).toThrow(/cycle/);
  });
});
