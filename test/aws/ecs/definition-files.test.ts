import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDefinitionFile } from '../../../src/aws/ecs/definition-files.js';
import { candidatePaths } from '../../../src/core/paths.js';

const asIs = async <T>(value: T) => value;
const FIXTURE = 'test/fixtures/task-definitions/admin-api.json';

describe('candidatePaths', () => {
  it('looks next to the plan file first, then in the working directory', () => {
    expect(candidatePaths('td/a.json', '/plans/release.yml')).toEqual([
      '/plans/td/a.json',
      resolve('td/a.json'),
    ]);
  });

  it('takes an absolute path as it is, and a plan in the working directory once', () => {
    expect(candidatePaths('/abs/a.json', '/plans/release.yml')).toEqual(['/abs/a.json']);
    expect(candidatePaths('a.json', resolve('release.yml'))).toEqual([resolve('a.json')]);
  });
});

describe('readDefinitionFile', () => {
  it('prefers the file next to the plan over one at the same path in the working directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ecs-files-'));
    await mkdir(join(dir, 'test/fixtures/task-definitions'), { recursive: true });
    const own = { family: 'next-to-the-plan', containerDefinitions: [{ name: 'a', image: 'a' }] };
    await writeFile(join(dir, FIXTURE), JSON.stringify(own));
    const input = await readDefinitionFile(FIXTURE, join(dir, 'release.yml'), asIs);
    expect(input.family).toBe('next-to-the-plan');
  });

  it('finds a repository path from a plan kept in a folder of its own (phases/ca-a2a.yml)', async () => {
    const input = await readDefinitionFile(
      'deploy/task-definitions/admin-api.json',
      resolve('phases/ca-a2a.yml'),
      asIs,
    );
    expect(input.family).toBe('ca-a2a-admin-api');
  });

  it('names both places it looked at for a missing file', async () => {
    const attempt = readDefinitionFile('nope.json', '/plans/release.yml', asIs);
    await expect(attempt).rejects.toMatchObject({
      message: 'task definition file nope.json not found',
      hint: `looked at /plans/nope.json and ${resolve('nope.json')}`,
    });
  });

  it('refuses invalid JSON, a list, and a definition without containers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ecs-files-'));
    const plan = join(dir, 'release.yml');
    const files = {
      'broken.json': '{"family":',
      'list.json': '[]',
      'empty.json': '{"family":"x"}',
    };
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    await expect(readDefinitionFile('broken.json', plan, asIs)).rejects.toThrow(
      /broken.json is not valid JSON: /,
    );
    await expect(readDefinitionFile('list.json', plan, asIs)).rejects.toThrow(
      'task definition file list.json is not a JSON object',
    );
    await expect(readDefinitionFile('empty.json', plan, asIs)).rejects.toThrow(
      'task definition file empty.json has no containerDefinitions',
    );
  });
});
