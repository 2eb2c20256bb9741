/** GitHub's runner files for an action run: the step summary and the outputs file. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function runnerFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'phasegate-runner-'));
  const summary = join(dir, 'summary.md');
  const output = join(dir, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  return {
    dir,
    // A runner always sets GITHUB_SHA: the version defaults to it when no tag started the run.
    env: { GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: output, GITHUB_SHA: '5f0c6e1d2b3a4c5d' },
    clear() {
      writeFileSync(summary, '');
      writeFileSync(output, '');
    },
    summary: () => readFileSync(summary, 'utf8'),
    outputs: () => parseOutputs(readFileSync(output, 'utf8')),
  };
}

/** Reads `name<<DELIMITER\nvalue\nDELIMITER` blocks as @actions/core writes them. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const block = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(block)) outputs[m[1] as string] = m[3] as string;
  return outputs;
}
