import { describe, expect, it } from 'vitest';
import type { Issue, ParseContext } from '../../../src/core/shape.js';
import { ecsDeploySettings } from '../../../src/phases/ecs-deploy/settings.js';

function parse(value: unknown, mode: ParseContext['mode'] = 'final') {
  const ctx: ParseContext = { mode, issues: [] };
  const config = ecsDeploySettings.parse(value, ['with'], ctx);
  return { config, issues: ctx.issues };
}

const messages = (issues: Issue[]) => issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('ecs-deploy settings', () => {
  it('fills in the defaults: 2 s polls, circuit breaker on, crash loops at 3, no forced deployment', () => {
    const { config, issues } = parse({ cluster: 'c', services: [{ service: 'orchestrator' }] });
    expect(issues).toEqual([]);
    expect(config).toEqual({
      cluster: 'c',
      'poll-interval': 2000,
      'crash-loop-threshold': 3,
      services: [
        { service: 'orchestrator', 'force-new-deployment': false, 'circuit-breaker': true },
      ],
    });
  });

  it('reads create:, images, env and durations', () => {
    const { config, issues } = parse({
      cluster: 'c',
      'poll-interval': '500ms',
      'max-parallel': 2,
      services: [
        {
          service: 'admin-api',
          'task-definition': 'td/admin-api.json',
          images: { 'admin-api': 'r/admin-api:v5.1' },
          env: { 'admin-api': { FEATURE_X: 'on', RETRIES: 3 } },
          create: {
            subnets: ['subnet-a'],
            'security-groups': ['sg-1'],
            'load-balancer': { 'target-group-arn': 'arn:tg', container: 'admin-api', port: 8005 },
            'health-check-grace-period': '60s',
          },
        },
      ],
    });
    expect(issues).toEqual([]);
    const service = config?.services[0];
    expect(config?.['poll-interval']).toBe(500);
    expect(service?.env).toEqual({ 'admin-api': { FEATURE_X: 'on', RETRIES: '3' } });
    expect(service?.create).toMatchObject({
      'desired-count': 1,
      'assign-public-ip': false,
      'health-check-grace-period': 60_000,
    });
  });

  it('refuses a file and an ARN together, overrides on an ARN, and both placements', () => {
    const { issues } = parse({
      cluster: 'c',
      services: [
        { service: 'a', 'task-definition': 'a.json', 'task-definition-arn': 'a:3' },
        { service: 'b', 'task-definition-arn': 'b:3', images: { b: 'x' } },
        {
          service: 'd',
          create: {
            'launch-type': 'FARGATE',
            'capacity-providers': [{ 'capacity-provider': 'FARGATE_SPOT' }],
          },
        },
      ],
    });
    expect(messages(issues)).toEqual([
      'with.services.0: give task-definition (a file) or task-definition-arn, not both',
      'with.services.1: images and env cannot change an existing revision (task-definition-arn)',
      'with.services.2.create.capacity-providers: give launch-type or capacity-providers, not both',
    ]);
  });

  it('needs a cluster for every service, and each service once', () => {
    expect(
      messages(parse({ services: [{ service: 'a', cluster: 'x' }, { service: 'b' }] }).issues),
    ).toEqual(['with.services.1: service "b" has no cluster']);
    expect(
      messages(
        parse({ cluster: 'x', services: [{ service: 'a' }, { service: 'a', cluster: 'x' }] })
          .issues,
      ),
    ).toEqual(['with.services.1: service x/a is listed twice']);
  });

  it('accepts templates at plan time, a cluster written as one included', () => {
    const { issues } = parse(
      {
        cluster: '${{ vars.cluster }}',
        'max-parallel': '${{ vars.parallel }}',
        services: [{ service: 'orchestrator', 'desired-count': '${{ vars.count }}' }],
      },
      'check',
    );
    expect(issues).toEqual([]);
  });

  it('names an unknown key with a suggestion', () => {
    const { issues } = parse({ cluster: 'c', services: [{ service: 'a', image: { a: 'x' } }] });
    expect(issues[0]).toMatchObject({
      message: 'unknown key "image"',
      hint: 'did you mean "images"?',
    });
  });
});
