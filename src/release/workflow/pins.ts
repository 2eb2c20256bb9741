/**
 * The third-party actions a generated workflow uses, each pinned to a full commit SHA: a tag can
 * be moved to other code, a commit cannot (GitHub, "Security hardening for GitHub Actions",
 * using third-party actions). The version is written as a comment beside the SHA so a reader
 * (and Dependabot) sees what the commit is. Change a pin here and regenerate the workflows.
 */
export interface PinnedAction {
  /** `owner/repo@<40 hex digits>`. */
  uses: string;
  /** The release the commit is, shown as `# v4.2.2`. */
  version: string;
}

export const PINNED_ACTIONS = {
  checkout: {
    uses: 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683',
    version: 'v4.2.2',
  },
  configureAwsCredentials: {
    uses: 'aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502',
    version: 'v4.0.2',
  },
} as const satisfies Record<string, PinnedAction>;

/** `owner/repo[/path]@<full SHA>`: what "pinned" means for an action from another repository. */
export const PINNED_REF = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+(\/[^@\s]+)?@[0-9a-f]{40}$/;
