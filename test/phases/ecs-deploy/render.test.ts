import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDefinitionFile } from '../../../src/aws/ecs/definition-files.js';
import { PhaseFailure } from '../../../src/core/errors.js';
import { changeLine, definitionDiff } from '../../../src/phases/ecs-deploy/diff.js';
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

describe('changeLine and definitionDiff', () => {
  const after = applyOverrides(
    { ...base, memory: '2048' },
    {
      images: { orchestrator: 'r/orchestrator:v5.1' },
      env: { orchestrator: { FEATURE_X: 'on' } },
    },
    'orchestrator',
  );

  it('says in one line what changed: scalars by value, images by tag, variables by name', () => {
    expect(changeLine(base, after)).toBe(
      'memory 1024 → 2048, orchestrator image v5.0 → v5.1, orchestrator +ENV FEATURE_X',
    );
  });

  it('diffs the normalised JSON with sorted keys, the task first, then container by container', () => {
    const blocks = definitionDiff(base, after);
    expect(blocks.map((b) => b.label)).toEqual(['task definition', 'container orchestrator']);
    expect(blocks[0]?.text).toContain('-  "memory": "1024"\n+  "memory": "2048"');
    expect(blocks[1]?.text).toContain('+      "name": "FEATURE_X",');
    expect(blocks[1]?.text).toContain('-  "image": "r/orchestrator:v5.0",');
  });

  it('shows every field of a service that does not exist yet as added', () => {
    const blocks = definitionDiff(undefined, base);
    expect(blocks.map((b) => b.label)).toContain('container sidecar');
    expect(blocks.every((b) => b.text.split('\n').every((l) => l.startsWith('+')))).toBe(true);
  });
});
