/** The `migrate repair` command a refused run names: what src/cli/args.ts parses, shell-safe. */
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/cli/args.js';
import { repairCommand } from '../../../src/phases/migrate/compare.js';

describe('repairCommand', () => {
  it('names the plan, the phase and the environment', () => {
    expect(
      repairCommand({ planFile: 'phases/ca-a2a.yml', phaseId: 'migrate', environment: 'prod' }),
    ).toBe('phasegate migrate repair phases/ca-a2a.yml --phase migrate --env prod');
  });

  it('leaves out what is not known, and quotes what a shell would split', () => {
    expect(repairCommand({ planFile: "my plans/it's.yml" })).toBe(
      `phasegate migrate repair 'my plans/it'\\''s.yml'`,
    );
  });

  it('is a command the CLI parses back to the same plan, phase and environment', () => {
    const text = repairCommand({ planFile: 'p.yml', phaseId: 'db', environment: 'staging' });
    const argv = text.split(' ').slice(1);
    expect(parseCommand(argv)).toMatchObject({
      name: 'migrate-repair',
      plan: 'p.yml',
      phase: 'db',
      options: { env: 'staging' },
    });
  });
});
