import { describe, expect, it } from 'vitest';
import {
  canonical,
  registrationInput,
  sameDefinition,
} from '../../../src/aws/ecs/task-definitions.js';

const written = {
  family: 'orchestrator',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: 512,
  memory: '1024',
  containerDefinitions: [
    {
      name: 'orchestrator',
      image: 'registry/orchestrator:v5.0',
      portMappings: [{ containerPort: 8001 }],
      environment: [
        { name: 'B', value: '2' },
        { name: 'A', value: '1' },
      ],
    },
  ],
};

/** The same definition as DescribeTaskDefinition returns it: AWS's fields and defaults added. */
const described = {
  taskDefinitionArn: 'arn:aws:ecs:eu-west-3:555043101106:task-definition/orchestrator:7',
  family: 'orchestrator',
  revision: 7,
  status: 'ACTIVE',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  compatibilities: ['EC2', 'FARGATE'],
  requiresAttributes: [{ name: 'ecs.capability.task-eni' }],
  cpu: '512',
  memory: '1024',
  volumes: [],
  placementConstraints: [],
  registeredAt: new Date(),
  registeredBy: 'arn:aws:sts::555043101106:assumed-role/deploy',
  enableFaultInjection: false,
  containerDefinitions: [
    {
      name: 'orchestrator',
      image: 'registry/orchestrator:v5.0',
      cpu: 0,
      essential: true,
      portMappings: [{ containerPort: 8001, hostPort: 8001, protocol: 'tcp' }],
      environment: [
        { name: 'A', value: '1' },
        { name: 'B', value: '2' },
      ],
      mountPoints: [],
      volumesFrom: [],
      systemControls: [],
    },
  ],
};

describe('sameDefinition', () => {
  it('sees a described definition as equal to the file it was registered from', () => {
    expect(sameDefinition(written, described)).toBe(true);
  });

  it('notices an image, an environment value or the task memory changing', () => {
    expect(sameDefinition(withContainer({ image: 'registry/orchestrator:v5.1' }), described)).toBe(
      false,
    );
    const environment = [
      { name: 'A', value: '1' },
      { name: 'B', value: '3' },
    ];
    expect(sameDefinition(withContainer({ environment }), described)).toBe(false);
    expect(sameDefinition({ ...written, memory: '2048' }, described)).toBe(false);
  });

  it('keeps a host port that differs from the container port, and non-default protocols', () => {
    const other = (port: Record<string, unknown>) => withContainer({ portMappings: [port] });
    expect(sameDefinition(other({ containerPort: 8001, hostPort: 9000 }), described)).toBe(false);
    expect(sameDefinition(other({ containerPort: 8001, protocol: 'udp' }), described)).toBe(false);
    expect(sameDefinition(other({ containerPort: 8001, protocol: 'tcp' }), described)).toBe(true);
  });
});

/** The written definition with fields of its one container replaced. */
function withContainer(fields: Record<string, unknown>) {
  return { ...written, containerDefinitions: [{ ...written.containerDefinitions[0], ...fields }] };
}

describe('registrationInput', () => {
  it('unwraps `aws ecs describe-task-definition` output and keeps its tags', () => {
    const input = registrationInput({
      taskDefinition: described,
      tags: [{ key: 'team', value: 'a2a' }],
    });
    expect(input).not.toHaveProperty('taskDefinitionArn');
    expect(input).not.toHaveProperty('revision');
    expect(input).not.toHaveProperty('requiresAttributes');
    expect(input.tags).toEqual([{ key: 'team', value: 'a2a' }]);
    expect(input.family).toBe('orchestrator');
  });

  it('leaves tags out of the comparison', () => {
    expect(canonical({ ...written, tags: [{ key: 'a', value: 'b' }] })).toEqual(canonical(written));
  });
});
