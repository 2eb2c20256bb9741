/**
 * What a generated job `uses:` to run phasegate: the action in this repository (`./`, checked
 * out by the job's first step) or a release of it pinned to a commit, with its version comment.
 */
import { UserError } from '../../core/errors.js';
import { PINNED_REF, type PinnedAction } from './pins.js';

export type ActionRef = { local: string } | PinnedAction;

const WITH_COMMENT = /^(\S+)\s+#\s*(\S.*)$/;

/** `--action ./`, or `--action "owner/phasegate@<full SHA> # v1.2.0"`. */
export function parseActionRef(text: string): ActionRef {
  const ref = text.trim();
  if (ref === '.' || ref.startsWith('./')) return { local: ref === '.' ? './' : ref };
  const [, uses = ref, version] = WITH_COMMENT.exec(ref) ?? [];
  if (!PINNED_REF.test(uses)) {
    throw new UserError(
      `--action "${text}" is not pinned to a commit`,
      'write --action "OWNER/phasegate@<full 40-character commit SHA> # <version>": a tag or branch can be moved to other code, a commit cannot',
    );
  }
  if (!version) {
    throw new UserError(
      `--action "${text}" has no version comment`,
      `write --action "${uses} # v1.2.0" with the release that commit is, so readers know what runs`,
    );
  }
  return { uses, version: version.trim() };
}

/** The refusal when the plan is not in the phasegate repository and no --action was given. */
export function actionRefNeeded(root: string): UserError {
  return new UserError(
    `--action is needed: ${root} is not the phasegate repository (no action.yml named phasegate at its root), and phasegate does not guess which release to run`,
    'write --action "OWNER/phasegate@<full 40-character commit SHA> # <version>", the phasegate release to run, pinned to its commit',
  );
}
