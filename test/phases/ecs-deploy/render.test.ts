import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDefinitionFile } from '../../../src/aws/ecs/definition-files.js';
import { PhaseFailure } from '../../../src/core/errors.js';
import { diffDefinitions, formatChange } from '../../../src/phases/ecs-deploy/diff.js';
import { applyOverrides } from '../../../src/phases/ecs-deploy/overrides.js';

const base = {
  family: 'orchestrator',
  cpu: '512',
  memory: '1024',
  containerDefinitions: [
    {
      name: 'orchestrator',
      image: 'r/orchestrator:v5.0',
      environment: [{ name: 'LOG', value: 'info' }],
    },
    { name: 'sidecar', image: 'r/envoy:1' },
  ],
};

describe('applyOverrides', () => {
  it('replaces images and merges environment variables per container, leaving the input alone', () => {
    const out = applyOverrides(
      base,
      {
        images: { orchestrator: 'r/orchestrator:v5.1' },
        env: { orchestrator: { LOG: 'debug', FEATURE_X: 'on' } },
      },
      'orchestrator',
    );
    expect(out.containerDefinitions).toEqual([
      {
        name: 'orchestrator',
        image: 'r/orchestrator:v5.1',
        environment: [
          { name: 'LOG', value: 'debug' },
          { name: 'FEATURE_X', value: 'on' },
        ],
      },
      { name: 'sidecar', image: 'r/envoy:1' },
    ]);
    expect(base.containerDefinitions[0]?.image).toBe('r/orchestrator:v5.0');
  });

  it('names the containers there are when an override names one that is not', () => {
    const attempt = () => applyOverrides(base, { images: { orchestrater: 'x' } }, 'orchestrator');
    expect(attempt).toThrow(PhaseFailure);
    expect(attempt).toThrow(/container "orchestrater"/);
    // Every unknown name at once, the containers there are in the message the terminal shows.
    expect(() =>
      applyOverrides(
        base,
        { images: { orchestrater: 'x' }, env: { sidekick: {} } },
        'orchestrator',
      ),
    ).toThrow(
      'orchestrator: images names container "orchestrater", which is not in the task definition; env names container "sidekick", which is not in the task definition (its containers are: orchestrator, sidecar)',
    );
    try {
      attempt();
    } catch (error) {
      expect((error as PhaseFailure).hint).toBe('its containers are: orchestrator, sidecar');
    }
  });
});

describe('readDefinitionFile', () => {
  it('renders the templates of the file and drops the fields AWS adds', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ecs-deploy-'));
    const file = join(dir, 'td.json');
    await writeFile(
      file,
      JSON.stringify({
        taskDefinition: {
          ...base,
          revision: 3,
          status: 'ACTIVE',
          containerDefinitions: [{ name: 'a', image: '${{ vars.image }}' }],
        },
      }),
    );
    const render = async <T>(value: T) =>
      JSON.parse(JSON.stringify(value).replaceAll('${{ vars.image }}', 'r/a:v2')) as T;
    const input = await readDefinitionFile(file, join(dir, 'plan.yml'), render);
    expect(input).toEqual({ ...base, containerDefinitions: [{ name: 'a', image: 'r/a:v2' }] });
  });

  it('looks next to the plan file when the working directory has no such file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ecs-deploy-'));
    await writeFile(join(dir, 'td.json'), JSON.stringify(base));
    const input = await readDefinitionFile('td.json', join(dir, 'plan.yml'), async (v) => v);
    expect(input.family).toBe('orchestrator');
  });

  it('says where it looked for a missing file, and refuses a file without a family', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ecs-deploy-'));
    await expect(
      readDefinitionFile('nope.json', join(dir, 'plan.yml'), async (v) => v),
    ).rejects.toThrow('task definition file nope.json not found');
    await writeFile(join(dir, 'bad.json'), JSON.stringify({ containerDefinitions: [] }));
    await expect(
      readDefinitionFile(join(dir, 'bad.json'), 'plan.yml', async (v) => v),
    ).rejects.toThrow(/has no family/);
  });
});

describe('diffDefinitions', () => {
  it('lists image, environment and cpu/memory changes', () => {
    const after = applyOverrides(
      { ...base, memory: '2048' },
      {
        images: { orchestrator: 'r/orchestrator:v5.1' },
        env: { orchestrator: { FEATURE_X: 'on' } },
      },
      'orchestrator',
    );
    expect(diffDefinitions(base, after).map(formatChange)).toEqual([
      'memory: 1024 → 2048',
      'image orchestrator: r/orchestrator:v5.0 → r/orchestrator:v5.1',
      'env orchestrator FEATURE_X: (none) → on',
    ]);
  });

  it('lists everything as new for a service that does not exist yet', () => {
    expect(diffDefinitions(undefined, base).map(formatChange)).toContain(
      'image sidecar: (none) → r/envoy:1',
    );
  });
});
