import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ecsSectionShape, parseEcsScenario } from '../../src/sandbox/ecs/scenario.js';
import { ScenarioError } from '../../src/sandbox/service.js';
import { ecsHarness } from './ecs-harness.js';

function scenarioError(section: unknown): ScenarioError {
  try {
    ecsHarness(section);
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

describe('the ecs: section', () => {
  it('has defaults for everything', () => {
    const parsed = parseEcsScenario(undefined);
    expect(parsed.clusters).toEqual(['default']);
    expect(parsed.timing).toEqual({
      rollout: 20_000,
      'task-start': 4_000,
      'task-run': 5_000,
      'task-stop': 2_000,
      'task-fail-after': 5_000,
      'relaunch-delay': 0,
      'rollback-delay': 0,
    });
  });

  it('adds the clusters services name', () => {
    const parsed = parseEcsScenario({ services: [{ name: 'a', cluster: 'x', image: 'i:1' }] });
    expect(parsed.clusters).toEqual(['x']);
  });

  it('names the place of a mistake, with a hint', () => {
    const error = scenarioError({ services: [{ name: 'a', image: 'i:1', rollout: 'soon' }] });
    expect(error.where).toBe('ecs.services[0].rollout');
    const typo = scenarioError({ services: [{ name: 'a', image: 'i:1', 'desired-cont': 2 }] });
    expect(typo.where).toBe('ecs.services[0].desired-cont');
    expect(typo.hint).toBe('did you mean "desired-count"?');
  });

  it('refuses a service whose task definition cannot be found or generated', () => {
    const error = scenarioError({ services: [{ name: 'a', 'task-definition': 'fam:3' }] });
    expect(error.where).toBe('ecs.services[0]');
    expect(error.message).toContain('task definition fam:3 is not declared');
  });

  it('refuses a task definition AWS would refuse', () => {
    const error = scenarioError({
      'task-definitions': [{ family: 'f', definition: { containerDefinitions: [] } }],
    });
    expect(error.where).toBe('ecs.task-definitions[0]');
    expect(error.message).toContain('Container list cannot be empty.');
  });

  it('uses declared task definitions, with their revision and status', async () => {
    const h = ecsHarness({
      'task-definitions': [
        { family: 'f', revision: 4, image: 'img:4', status: 'INACTIVE' },
        { family: 'f', revision: 5, image: 'img:5' },
      ],
      services: [{ name: 's', 'task-definition': 'f' }],
    });
    const s = await h.service('default', 's');
    expect(s.taskDefinition).toMatch(/task-definition\/f:5$/);
    const next = await h.call(
      'RegisterTaskDefinition',
      (await h.call('DescribeTaskDefinition', { taskDefinition: 'f' })).taskDefinition,
    );
    expect(next.taskDefinition.revision).toBe(6);
  });

  it('matches the schema file', () => {
    const file = JSON.parse(readFileSync('schema/sandbox-ecs.schema.json', 'utf8'));
    const { $schema, title, ...schema } = file;
    expect($schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(title).toBe('phasegate sandbox scenario: ecs section');
    expect(schema).toEqual(JSON.parse(JSON.stringify(ecsSectionShape.jsonSchema())));
  });

  it('accepts the example in docs/sandbox-ecs.md', async () => {
    const doc = readFileSync('docs/sandbox-ecs.md', 'utf8');
    const yaml = /```yaml\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const h = ecsHarness(parse(yaml).ecs);
    const s = await h.service('ca-a2a-cluster', 'extractor');
    expect(s.taskDefinition).toMatch(/ca-a2a-extractor:7$/);
    expect(await h.ecs.http?.('GET', '/extractor/health')).toEqual({
      status: 200,
      body: { status: 'healthy', agent: 'Extractor', version: '5.0.3' },
    });
  });
});
