import { describe, expect, it } from 'vitest';
import { assertRegistrable } from '../../../src/aws/ecs/refusals.js';

describe('assertRegistrable', () => {
  it('refuses a rendered value of the wrong type before registering', () => {
    const td = {
      family: 'api',
      memory: '512',
      containerDefinitions: [
        { name: 'api', image: 'api:1', portMappings: [{ containerPort: '8080' }] },
      ],
    };
    expect(() => assertRegistrable(td, 'api', 'EC2')).toThrow(
      'api: ECS would refuse the task definition (nothing was registered): containerDefinitions[0].portMappings[0].containerPort: containerPort is the text "8080"; RegisterTaskDefinition takes an integer here',
    );
  });
});
