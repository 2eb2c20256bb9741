/**
 * Golden files pin what a person reads; these are the parts that change from run to run
 * (durations, task and deployment ids, the commit, Gantt bars), masked so the rest is pinned.
 */
export function steady(text: string): string {
  return text
    .replace(/\b\d+(\.\d+)?( ?ms|s)\b|\b\d+m\d{2}s\b/g, '<time>')
    .replace(/ecs-svc\/\d+/g, 'ecs-svc/<id>')
    .replace(/\btask [0-9a-f]{8}\b/g, 'task <id>')
    .replace(/\*\*Commit\*\* `[0-9a-f]{7}`/g, '**Commit** `<commit>`')
    .replace(/(:(?:(?:done|crit), )?p\d+), \d+, \d+/g, '$1, <from>, <to>')
    .replace(/axisFormat \S+/g, 'axisFormat <axis>')
    .replace(/ +$/gm, '');
}
