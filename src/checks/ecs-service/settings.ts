import { array, type Infer, object, optional, string } from '../../core/shape.js';

export const ecsServiceSettings = object({
  cluster: string({ description: 'The ECS cluster of the services.' }),
  services: array(string({ pattern: /^[A-Za-z0-9_-]{1,255}$/, expected: 'an ECS service name' }), {
    min: 1,
    description: 'The services that must be stable.',
  }),
  'expect-image-tag': optional(
    string({
      description: "The image tag every container of each service's PRIMARY deployment runs.",
    }),
  ),
});

export type EcsServiceCheckConfig = Infer<typeof ecsServiceSettings>;
