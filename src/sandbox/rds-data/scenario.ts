/** The scenario's `rds-data:` section: the Aurora clusters the simulated Data API answers for. */
import {
  array,
  type Infer,
  object,
  oneOf,
  optional,
  refine,
  string,
  withDefault,
} from '../../core/shape.js';
import { durationMs, parseScenarioValue } from '../scenario-shapes.js';

const clusterShape = object(
  {
    name: string({
      pattern: /^[A-Za-z][A-Za-z0-9-]{0,62}$/,
      description:
        'DB cluster identifier; its ARN is arn:aws:rds:<region>:<account>:cluster:<name>.',
    }),
    secrets: array(
      string({
        description:
          'A secret name (any arn:aws:secretsmanager:<region>:<account>:secret:<name>-XXXXXX ' +
          'matches, as Secrets Manager adds 6 random characters) or a full secret ARN.',
      }),
      { min: 1, description: 'Secrets the Data API accepts for this cluster.' },
    ),
    databases: array(string({ pattern: /^[A-Za-z_][A-Za-z0-9_$-]{0,62}$/ }), {
      min: 1,
      description:
        'Database names the cluster has. On PGlite and on a --database server they all name the ' +
        'one engine database.',
    }),
    'paused-for': withDefault(
      durationMs(
        'Simulated time from sandbox start during which every call gets DatabaseResumingException ' +
          '(an auto-paused Aurora Serverless v2 cluster waking up).',
      ),
      0,
    ),
    'transactional-continue-after-timeout': withDefault(
      oneOf(
        ['refused', 'allowed'],
        'What the Data API answers to continueAfterTimeout sent with a transactionId. AWS does ' +
          'not document it; the one public report says it is an error, so the default refuses it ' +
          '(BadRequestException, and the transaction is aborted).',
      ),
      'refused',
    ),
    'init-sql': optional(
      string({ description: 'SQL run once at start (several statements allowed), e.g. tables.' }),
    ),
  },
  { description: 'An Aurora PostgreSQL cluster with the Data API enabled.' },
);

export const rdsDataSectionShape = object(
  {
    clusters: withDefault(
      refine(array(clusterShape), (clusters) => {
        const names = clusters.map((c) => c.name);
        const twice = names.find((n, i) => names.indexOf(n) !== i);
        return twice ? { message: `cluster "${twice}" is declared twice` } : undefined;
      }),
      [],
    ),
  },
  { description: 'RDS Data API backed by PostgreSQL: see docs/sandbox-rds-data.md.' },
);

type RawCluster = Infer<typeof clusterShape>;

export interface ClusterConfig {
  name: string;
  arn: string;
  databases: string[];
  pausedForMs: number;
  /** Whether continueAfterTimeout is accepted on a statement in a transaction. */
  continueInTransaction: boolean;
  initSql?: string;
  /** Whether the Data API accepts this secret ARN for the cluster. */
  acceptsSecret(secretArn: string): boolean;
}

export function parseRdsDataSection(
  section: unknown,
  where: { region: string; accountId: string },
): ClusterConfig[] {
  const raw = parseScenarioValue(rdsDataSectionShape, section ?? {}, ['rds-data']);
  return raw.clusters.map((c) => toCluster(c, where));
}

function toCluster(c: RawCluster, where: { region: string; accountId: string }): ClusterConfig {
  const secretPrefix = `arn:aws:secretsmanager:${where.region}:${where.accountId}:secret:`;
  const matchers = c.secrets.map((s) =>
    s.startsWith('arn:')
      ? (arn: string) => arn === s
      : (arn: string) =>
          arn.startsWith(`${secretPrefix}${s}-`) &&
          /^[A-Za-z0-9]{6}$/.test(arn.slice(secretPrefix.length + s.length + 1)),
  );
  return {
    name: c.name,
    arn: `arn:aws:rds:${where.region}:${where.accountId}:cluster:${c.name}`,
    databases: c.databases,
    pausedForMs: c['paused-for'],
    continueInTransaction: c['transactional-continue-after-timeout'] === 'allowed',
    ...(c['init-sql'] ? { initSql: c['init-sql'] } : {}),
    acceptsSecret: (arn) => matchers.some((match) => match(arn)),
  };
}
