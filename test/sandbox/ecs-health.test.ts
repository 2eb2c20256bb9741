import { describe, expect, it } from 'vitest';
import { agentName, imageTag } from '../../src/sandbox/ecs/health.js';
import { ecsHarness, fargateDefinition } from './ecs-harness.js';

const scenario = {
  services: [
    {
      name: 'orchestrator',
      image: 'repo/orchestrator:5.0.3',
      'desired-count': 1,
      'load-balancer': true,
    },
    { name: 'worker', image: 'repo/worker:5.0.3' },
  ],
  'bad-images': [{ image: 'repo/orchestrator:broken' }],
};

describe('health routes', () => {
  it('exist only for load-balanced services and GET', async () => {
    const h = ecsHarness(scenario);
    expect(await h.ecs.http?.('GET', '/worker/health')).toBeUndefined();
    expect(await h.ecs.http?.('POST', '/orchestrator/health')).toBeUndefined();
    expect(await h.ecs.http?.('GET', '/orchestrator/other')).toBeUndefined();
    expect(await h.ecs.http?.('GET', '/orchestrator/health')).toMatchObject({ status: 200 });
  });

  it('keep the old version while a new image fails, and go 503 when nothing runs', async () => {
    const h = ecsHarness(scenario);
    await h.call(
      'RegisterTaskDefinition',
      fargateDefinition('orchestrator', 'repo/orchestrator:broken'),
    );
    await h.call('UpdateService', { service: 'orchestrator', taskDefinition: 'orchestrator:2' });
    h.clock.advance(30_000);
    expect((await h.ecs.http?.('GET', '/orchestrator/health'))?.body).toMatchObject({
      version: '5.0.3',
    });
    await h.call('UpdateService', {
      service: 'orchestrator',
      taskDefinition: 'orchestrator:1',
      desiredCount: 0,
    });
    h.clock.advance(30_000);
    expect(await h.ecs.http?.('GET', '/orchestrator/health')).toEqual({
      status: 503,
      body: { status: 'unhealthy' },
    });
  });

  it('name the agent and read image tags as registries write them', () => {
    expect(agentName('orchestrator')).toBe('Orchestrator');
    expect(agentName('admin-api')).toBe('Admin-Api');
    expect(imageTag('555043101106.dkr.ecr.eu-west-3.amazonaws.com/ca-a2a/x:5.1.0')).toBe('5.1.0');
    expect(imageTag('localhost:5000/x')).toBe('latest');
    expect(imageTag('x@sha256:abc')).toBe('sha256:abc');
  });
});
