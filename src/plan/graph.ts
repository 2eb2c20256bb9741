/**
 * The phases as a graph through `needs`: the default (the phase before), cycles named the way a
 * user reads them (a → b → a), ancestors (whose outputs a phase may read) and a run order.
 */

export interface PhaseNode {
  id: string;
  needs: readonly string[];
}

/**
 * What a phase waits for: its own `needs` when written (`needs: []` means nothing), otherwise
 * the phase written before it; the first phase waits for nothing.
 */
export function effectiveNeeds(
  written: readonly string[] | undefined,
  previousId: string | undefined,
): string[] {
  if (written) return [...written];
  return previousId === undefined ? [] : [previousId];
}

function edges(phases: readonly PhaseNode[]): Map<string, string[]> {
  const ids = new Set(phases.map((p) => p.id));
  const graph = new Map<string, string[]>();
  for (const phase of phases) {
    const known = phase.needs.filter((n) => ids.has(n) && n !== phase.id);
    graph.set(phase.id, [...(graph.get(phase.id) ?? []), ...known]);
  }
  return graph;
}

/**
 * Each cycle once, as ids starting and ending with the same phase (first in file order).
 * Self-needs and unknown ids are left out: they are reported as their own mistakes.
 */
export function findCycles(phases: readonly PhaseNode[]): string[][] {
  const graph = edges(phases);
  const order = phases.map((p) => p.id);
  return stronglyConnected(graph, order)
    .filter((component) => component.length > 1)
    .map((component) => {
      const members = new Set(component);
      const start = order.find((id) => members.has(id)) ?? component[0] ?? '';
      return cycleThrough(start, graph, members);
    });
}

/** Tarjan's algorithm: groups of phases that all (transitively) need each other. */
function stronglyConnected(graph: Map<string, string[]>, order: string[]): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (id: string): void => {
    index.set(id, index.size);
    low.set(id, index.get(id) ?? 0);
    stack.push(id);
    onStack.add(id);
    for (const next of graph.get(id) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(id, Math.min(low.get(id) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(id, Math.min(low.get(id) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(id) !== index.get(id)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== id);
    components.push(component);
  };
  for (const id of order) if (!index.has(id)) visit(id);
  return components;
}

/** A path from start back to start inside one strongly connected group (breadth first: short). */
function cycleThrough(start: string, graph: Map<string, string[]>, members: Set<string>): string[] {
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i] as string;
    for (const next of graph.get(id) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) return [...pathTo(id, start, cameFrom), start];
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, id);
      queue.push(next);
    }
  }
  return [start, start];
}

function pathTo(id: string, start: string, cameFrom: Map<string, string>): string[] {
  const path = [id];
  let current = id;
  while (current !== start) {
    current = cameFrom.get(current) ?? start;
    path.unshift(current);
  }
  return path;
}

/** Every phase `id` waits for, directly or through other phases (never `id` itself). */
export function ancestors(phases: readonly PhaseNode[], id: string): Set<string> {
  const graph = edges(phases);
  const seen = new Set<string>();
  const pending = [...(graph.get(id) ?? [])];
  while (pending.length > 0) {
    const next = pending.pop() as string;
    if (seen.has(next) || next === id) continue;
    seen.add(next);
    pending.push(...(graph.get(next) ?? []));
  }
  return seen;
}

/** Ids in an order where every phase comes after the phases it needs; ties keep file order. */
export function runOrder(phases: readonly PhaseNode[]): string[] {
  const graph = edges(phases);
  const done = new Set<string>();
  const order: string[] = [];
  while (order.length < phases.length) {
    const ready = phases.find(
      (p) => !done.has(p.id) && (graph.get(p.id) ?? []).every((n) => done.has(n)),
    );
    if (!ready) throw new Error(`runOrder: the phases form a cycle (${findCycles(phases)[0]})`);
    done.add(ready.id);
    order.push(ready.id);
  }
  return order;
}

/**
 * The phases in stages: a phase's stage is one more than the latest stage it needs, so the
 * phases of one stage may run side by side (as `max-parallel` allows) once the stage before ends.
 */
export function stages(phases: readonly PhaseNode[]): string[][] {
  const graph = edges(phases);
  const stageOf = new Map<string, number>();
  for (const id of runOrder(phases)) {
    const needs = graph.get(id) ?? [];
    stageOf.set(
      id,
      needs.length === 0 ? 0 : Math.max(...needs.map((n) => stageOf.get(n) ?? 0)) + 1,
    );
  }
  const out: string[][] = [];
  for (const p of phases) {
    const stage = stageOf.get(p.id) ?? 0;
    out[stage] = [...(out[stage] ?? []), p.id];
  }
  return out.filter(Boolean);
}

/** A phase's gates by name, for the graph text: what must pass before and after it. */
export interface GatedNode extends PhaseNode {
  gates?: { before: readonly { name: string }[]; after: readonly { name: string }[] };
}

/**
 * The phase graph as a release manager reads it: what runs side by side, what waits for what,
 * and under each stage the gates its phases must pass.
 */
export function graphText(phases: readonly GatedNode[]): string {
  const byId = new Map(phases.map((p) => [p.id, p]));
  return stages(phases)
    .map((ids, i) => {
      const needs = [...new Set(ids.flatMap((id) => [...(byId.get(id)?.needs ?? [])]))];
      const side = ids.length > 1 ? ' (side by side)' : '';
      const after = needs.length ? `, after ${needs.join(', ')}` : '';
      const gates = ids.flatMap((id) => gateLine(byId.get(id)));
      return [`  ${i + 1}. ${ids.join(', ')}${side}${after}`, ...gates].join('\n');
    })
    .join('\n');
}

function gateLine(phase: GatedNode | undefined): string[] {
  const names = (list: readonly { name: string }[] | undefined) =>
    (list ?? []).map((g) => g.name).join(', ');
  const before = names(phase?.gates?.before);
  const after = names(phase?.gates?.after);
  if (!phase || (!before && !after)) return [];
  const parts = [before ? `before: ${before}` : '', after ? `after: ${after}` : ''];
  return [`     ${phase.id} gates ${parts.filter(Boolean).join('; ')}`];
}
