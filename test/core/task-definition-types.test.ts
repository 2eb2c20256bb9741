import { describe, expect, it } from 'vitest';
import { isTemplate } from '../../src/core/shape.js';
import { shapeProblems } from '../../src/core/task-definition-types.js';

const td = (container: Record<string, unknown>, top: Record<string, unknown> = {}) => ({
  family: 'api',
  memory: '512',
  containerDefinitions: [{ name: 'api', image: 'api:1', ...container }],
  ...top,
});

describe('shapeProblems: RegisterTaskDefinition input shape', () => {
  it('passes a definition of the right types, maps and lists included', () => {
    expect(
      shapeProblems(
        td({
          portMappings: [{ containerPort: 80, protocol: 'tcp' }],
          dockerLabels: { team: 'a2a' },
          environment: [{ name: 'A', value: '1' }],
          healthCheck: { command: ['CMD', 'true'], interval: 30 },
        }),
      ),
    ).toEqual([]);
  });

  it('names the wrong type, with the value to write when it is obvious', () => {
    const [port, cpu] = shapeProblems(
      td({ portMappings: [{ containerPort: '8080' }] }, { cpu: 512 }),
    );
    expect(cpu).toMatchObject({ path: ['cpu'], hint: 'write "cpu": "512"' });
    expect(port).toMatchObject({
      path: ['containerDefinitions', 0, 'portMappings', 0, 'containerPort'],
      hint: 'write "containerPort": 8080 (a number, without quotes)',
    });
  });

  it('leaves templates alone, and DescribeTaskDefinition members only when asked', () => {
    const templated = td({ portMappings: [{ containerPort: '${{ vars.port }}' }] });
    expect(shapeProblems(templated, { unknown: isTemplate })).toEqual([]);
    const described = td({}, { revision: 3, status: 'ACTIVE' });
    expect(shapeProblems(described, { described: true })).toEqual([]);
    expect(shapeProblems(described).map((p) => p.kind)).toEqual(['unknown-key', 'unknown-key']);
  });
});
