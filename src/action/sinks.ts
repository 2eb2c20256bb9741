/**
 * Everything the action writes leaves through here: log lines, groups, annotations, the
 * failure, outputs and the step summary. Each text is masked as it is handed over, after every
 * escaping phasegate does, so no caller can forget (GitHub's own `::add-mask::` only covers the
 * log, and only exact forms).
 */
import * as core from '@actions/core';
import type { Secrets } from '../core/secrets.js';

export type ActionSinks = ReturnType<typeof actionSinks>;

export function actionSinks(secrets: Secrets) {
  const m = (text: string) => secrets.mask(text);
  const props = (p: core.AnnotationProperties = {}) =>
    p.title === undefined ? p : { ...p, title: m(p.title) };
  return {
    secrets,
    info: (text: string) => core.info(m(text)),
    debug: (text: string) => core.debug(m(text)),
    warning: (text: string, p?: core.AnnotationProperties) => core.warning(m(text), props(p)),
    error: (text: string, p?: core.AnnotationProperties) => core.error(m(text), props(p)),
    startGroup: (title: string) => core.startGroup(m(title)),
    endGroup: () => core.endGroup(),
    setFailed: (text: string) => core.setFailed(m(text)),
    setOutput: (name: string, value: string) => core.setOutput(name, m(value)),
    summary: (markdown: string) => core.summary.addRaw(m(markdown)).write(),
  };
}
