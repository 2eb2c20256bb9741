import { describe, expect, it } from 'vitest';
import { sdkShapes } from '../../scripts/gen-task-definition-shape.js';
import {
  TASK_DEFINITION_ROOT,
  TASK_DEFINITION_STRUCTS,
} from '../../src/core/task-definition-shape.js';

describe('the RegisterTaskDefinition shape', () => {
  it('is the installed SDK model (run scripts/gen-task-definition-shape.ts after an upgrade)', () => {
    const { root, structs } = sdkShapes();
    expect(root).toBe(TASK_DEFINITION_ROOT);
    expect(structs).toEqual(TASK_DEFINITION_STRUCTS);
  });
});
