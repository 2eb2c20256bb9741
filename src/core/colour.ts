/**
 * Colour for a terminal, with no dependency: a few ANSI SGR codes for status words. Wanted when
 * the stream is a terminal, unless NO_COLOR is set (https://no-color.org: "when present and not
 * an empty string"); FORCE_COLOR overrides both as Node.js documents it (cli.md, FORCE_COLOR:
 * "1, true, or the empty string '' indicate 16-color support, 2 … 3 …; when FORCE_COLOR is used
 * and set to a supported value, both the NO_COLOR, and NODE_DISABLE_COLORS environment variables
 * are ignored. Any other value will result in colorized output being disabled"). TERM=dumb is
 * off too, as in Node's getColorDepth: "the 'dumb' special terminal, as defined by terminfo,
 * doesn't support ANSI color control codes".
 */

export type Tone = 'good' | 'bad' | 'warn' | 'info' | 'dim';

/** Paints `text` in a tone, or returns it as it is when colour is off. */
export type Paint = (tone: Tone, text: string) => string;

const SGR: Record<Tone, string> = { good: '32', bad: '1;31', warn: '33', info: '36', dim: '2' };

export function colourWanted(
  isTerminal: boolean | undefined,
  env: Record<string, string | undefined>,
): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTerminal === true && env.TERM !== 'dumb';
}

export const plain: Paint = (_tone, text) => text;

const ansi: Paint = (tone, text) => `\u001b[${SGR[tone]}m${text}\u001b[0m`;

export function painter(on: boolean): Paint {
  return on ? ansi : plain;
}
