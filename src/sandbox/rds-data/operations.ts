/** The five Data API operations Aurora PostgreSQL (Serverless v2, provisioned) supports. */
import { isPlainObject } from '../../core/shape.js';
import type { Connection, EngineResult } from './engine.js';
import { continueInTransaction, invalid, multistatement, responseTooLarge } from './errors.js';
import { columnMetadata } from './metadata.js';
import { bindParameters, readParameters } from './params.js';
import { type ClusterDirectory, requireText } from './requests.js';
import type { CallOptions, Runner, Work } from './runner.js';
import type { ClusterConfig } from './scenario.js';
import { translateSql } from './sql-text.js';
import type { OpenTransaction, TransactionStore } from './transactions.js';
import {
  checkSupported,
  type ResultOptions,
  resultBytes,
  toFormattedRecords,
  toRecords,
} from './values.js';

/** "If the binary response data from the database is more than 1 MB, the call is terminated." */
export const RESPONSE_LIMIT_BYTES = 1024 * 1024;

type Input = Record<string, unknown>;

export class Operations {
  private readonly typeNames = new Map<number, string>();

  constructor(
    private readonly clusters: ClusterDirectory,
    private readonly transactions: TransactionStore,
    private readonly runner: Runner,
  ) {}

  async executeStatement(input: Input): Promise<unknown> {
    const cluster = this.checkCall(input);
    const { text, names } = readSql(input);
    const params = bindParameters(names, readParameters(input.parameters));
    const shape = outputShape(input);
    return this.run(cluster, input, async (connection) => {
      const result = await connection.query(text, params);
      return this.statementOutput(connection, result, shape);
    });
  }

  async batchExecuteStatement(input: Input): Promise<unknown> {
    const cluster = this.checkCall(input);
    const { text, names } = readSql(input);
    const sets = Array.isArray(input.parameterSets) ? input.parameterSets : [];
    const bound = (sets.length > 0 ? sets : [[]]).map((set) =>
      bindParameters(names, readParameters(set)),
    );
    const updateResults = await this.run(
      cluster,
      input,
      async (connection) => {
        for (const params of bound) await connection.query(text, params);
        // For Aurora PostgreSQL the generated fields object is empty ("Comparing Data API behaviors").
        return bound.map(() => ({ generatedFields: [] }));
      },
      true,
    );
    return { updateResults };
  }

  async beginTransaction(input: Input): Promise<unknown> {
    const cluster = this.checkCall(input);
    return { transactionId: await this.transactions.begin(cluster.name) };
  }

  async commitTransaction(input: Input): Promise<unknown> {
    const cluster = this.clusters.resolve(input);
    const tx = this.transactions.take(requireText(input, 'transactionId'), cluster.name);
    await this.transactions.finish(tx, 'COMMIT', 'ended');
    return { transactionStatus: 'Transaction Committed' };
  }

  async rollbackTransaction(input: Input): Promise<unknown> {
    const cluster = this.clusters.resolve(input);
    const tx = this.transactions.take(requireText(input, 'transactionId'), cluster.name);
    await this.transactions.finish(tx, 'ROLLBACK', 'ended');
    return { transactionStatus: 'Rollback Complete' };
  }

  private checkCall(input: Input): ClusterConfig {
    const cluster = this.clusters.resolve(input);
    this.clusters.checkDatabase(cluster, input);
    return cluster;
  }

  private run<T>(cluster: ClusterConfig, input: Input, work: Work<T>, atomic = false): Promise<T> {
    const options: CallOptions = {
      continueAfterTimeout: input.continueAfterTimeout === true,
      atomic,
    };
    const id = input.transactionId;
    if (typeof id === 'string' && id !== '') {
      const tx = this.transactions.take(id, cluster.name);
      if (options.continueAfterTimeout && !cluster.continueInTransaction)
        return this.refuseContinueInTransaction(tx);
      return this.runner.inTransaction(tx, work, options);
    }
    return this.runner.autocommit(work, options);
  }

  /** As an error inside a transaction does (troubleshooting guide), the refusal aborts it. */
  private async refuseContinueInTransaction(tx: OpenTransaction): Promise<never> {
    await this.transactions.finish(tx, 'ROLLBACK', 'aborted');
    throw continueInTransaction();
  }

  private async statementOutput(connection: Connection, result: EngineResult, shape: OutputShape) {
    const { fields, rows } = result;
    const returnsRows = fields.length > 0;
    if (returnsRows) checkSupported(fields);
    if (resultBytes(rows) > RESPONSE_LIMIT_BYTES) throw responseTooLarge();
    const output: Record<string, unknown> = {
      numberOfRecordsUpdated: result.command === 'SELECT' ? 0 : result.rowCount,
    };
    if (!returnsRows) output.generatedFields = [];
    else if (shape.json) output.formattedRecords = toFormattedRecords(fields, rows, shape.values);
    else output.records = toRecords(fields, rows, shape.values);
    if (shape.metadata && returnsRows)
      output.columnMetadata = await columnMetadata(fields, (id) => this.typeName(connection, id));
    return output;
  }

  /** Names of types the table does not know (enums, domains, extensions), asked once each. */
  private async typeName(connection: Connection, typeId: number): Promise<string> {
    const known = this.typeNames.get(typeId);
    if (known) return known;
    const result = await connection.query('SELECT typname FROM pg_type WHERE oid = $1', [
      { value: String(typeId), typeId: 26 },
    ]);
    const name = result.rows[0]?.[0] ?? 'unknown';
    this.typeNames.set(typeId, name);
    return name;
  }
}

interface OutputShape {
  json: boolean;
  metadata: boolean;
  values: ResultOptions;
}

function outputShape(input: Input): OutputShape {
  const options = isPlainObject(input.resultSetOptions) ? input.resultSetOptions : {};
  const format = input.formatRecordsAs ?? 'NONE';
  if (format !== 'NONE' && format !== 'JSON') throw invalid('formatRecordsAs must be NONE or JSON');
  return {
    json: format === 'JSON',
    metadata: input.includeResultMetadata === true,
    values: {
      decimalAsNumber: options.decimalReturnType === 'DOUBLE_OR_LONG',
      longAsString: options.longReturnType === 'STRING',
    },
  };
}

/** The Data API takes one statement per call (a trailing semicolon is fine). */
function readSql(input: Input): { text: string; names: string[] } {
  const sql = requireText(input, 'sql');
  const translated = translateSql(sql);
  if (translated.statements > 1) throw multistatement();
  return translated;
}
