import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  retryingFaults
} from "./chunk-UFSUMWFC.js";
import {
  client_exports as client_exports2,
  dist_es_exports,
  httpAuthSchemes_exports,
  init_client as init_client2,
  init_dist_es,
  init_httpAuthSchemes,
  init_protocols,
  init_protocols2,
  init_retry,
  protocols_exports,
  protocols_exports2,
  require_dist_cjs,
  require_dist_cjs2,
  retry_exports
} from "./chunk-C5Y36SPG.js";
import {
  OutcomeUnknownError,
  isWorldFault,
  sendOnce,
  sleep
} from "./chunk-WQLVJMW6.js";
import {
  PhaseFailure,
  UserError
} from "./chunk-A6ZFOA6X.js";
import {
  checksum_exports,
  client_exports,
  config_exports,
  endpoints_exports,
  init_checksum,
  init_client,
  init_config,
  init_endpoints,
  init_schema,
  init_serde,
  schema_exports,
  serde_exports
} from "./chunk-MIYFLX2B.js";
import {
  __commonJS,
  __toCommonJS,
  __toESM
} from "./chunk-6VNXFP75.js";

// node_modules/@aws-sdk/client-rds-data/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-rds-data/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
    var { Command: $Command } = (init_client(), __toCommonJS(client_exports));
    exports.$Command = $Command;
    exports.__Client = Client;
    var { resolveDefaultsModeConfig, loadConfig, NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, NODE_REGION_CONFIG_OPTIONS, NODE_REGION_CONFIG_FILE_OPTIONS, resolveRegionConfig } = (init_config(), __toCommonJS(config_exports));
    var { BinaryDecisionDiagram, EndpointCache, decideEndpoint, customEndpointFunctions, resolveEndpointConfig, getEndpointPlugin } = (init_endpoints(), __toCommonJS(endpoints_exports));
    var { parseUrl, getHttpHandlerExtensionConfiguration, resolveHttpHandlerRuntimeConfig, getContentLengthPlugin } = (init_protocols(), __toCommonJS(protocols_exports));
    var { DEFAULT_RETRY_MODE, NODE_RETRY_MODE_CONFIG_OPTIONS, NODE_MAX_ATTEMPT_CONFIG_OPTIONS, resolveRetryConfig, getRetryPlugin } = (init_retry(), __toCommonJS(retry_exports));
    var { TypeRegistry, getSchemaSerdePlugin } = (init_schema(), __toCommonJS(schema_exports));
    var { resolveAwsSdkSigV4Config, AwsSdkSigV4Signer, NODE_AUTH_SCHEME_PREFERENCE_OPTIONS } = (init_httpAuthSchemes(), __toCommonJS(httpAuthSchemes_exports));
    var { defaultProvider } = require_dist_cjs2();
    var { toUtf8, fromUtf8, toBase64, fromBase64, calculateBodyLength } = (init_serde(), __toCommonJS(serde_exports));
    var { streamCollector, NodeHttpHandler } = require_dist_cjs();
    var { AwsRestJsonProtocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultRDSDataHttpAuthSchemeParametersProvider = async (config, context, input) => {
      return {
        operation: getSmithyContext(context).operation,
        region: await normalizeProvider(config.region)() || (() => {
          throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })()
      };
    };
    function createAwsAuthSigv4HttpAuthOption(authParameters) {
      return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
          name: "rds-data",
          region: authParameters.region
        },
        propertiesExtractor: (config, context) => ({
          signingProperties: {
            config,
            context
          }
        })
      };
    }
    var defaultRDSDataHttpAuthSchemeProvider = (authParameters) => {
      const options = [];
      switch (authParameters.operation) {
        default: {
          options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
        }
      }
      return options;
    };
    var resolveHttpAuthSchemeConfig = (config) => {
      const config_0 = resolveAwsSdkSigV4Config(config);
      return Object.assign(config_0, {
        authSchemePreference: normalizeProvider(config.authSchemePreference ?? [])
      });
    };
    var resolveClientEndpointParameters = (options) => {
      return Object.assign(options, {
        useDualstackEndpoint: options.useDualstackEndpoint ?? false,
        useFipsEndpoint: options.useFipsEndpoint ?? false,
        defaultSigningName: "rds-data"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1142.0";
    var packageInfo = {
      version
    };
    var k = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = { [k]: "Endpoint" };
    var h = { [k]: d };
    var i = {};
    var j = [{ [k]: "Region" }];
    var _data = {
      conditions: [
        [c, [g]],
        [c, j],
        ["aws.partition", j, d],
        [e, [{ [k]: "UseFIPS" }, b]],
        [e, [{ [k]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [h, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://rds-data-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://rds-data-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://rds-data.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://rds-data.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "Invalid Configuration: Missing Region"]
      ]
    };
    var root = 2;
    var r = 1e8;
    var nodes = new Int32Array([
      -1,
      1,
      -1,
      0,
      12,
      3,
      1,
      4,
      r + 11,
      2,
      5,
      r + 11,
      3,
      8,
      6,
      4,
      7,
      r + 10,
      5,
      r + 8,
      r + 9,
      4,
      10,
      9,
      6,
      r + 6,
      r + 7,
      5,
      11,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      13,
      4,
      r + 2,
      r + 3
    ]);
    var bdd = BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);
    var cache = new EndpointCache({
      size: 50,
      params: ["Endpoint", "Region", "UseDualStack", "UseFIPS"]
    });
    var defaultEndpointResolver = (endpointParams, context = {}) => {
      return cache.get(endpointParams, () => decideEndpoint(bdd, {
        endpointParams,
        logger: context.logger
      }));
    };
    customEndpointFunctions.aws = awsEndpointFunctions;
    var RDSDataServiceException = class _RDSDataServiceException extends ServiceException {
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _RDSDataServiceException.prototype);
      }
    };
    var AccessDeniedException = class _AccessDeniedException extends RDSDataServiceException {
      name = "AccessDeniedException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedException.prototype);
      }
    };
    var BadRequestException = class _BadRequestException extends RDSDataServiceException {
      name = "BadRequestException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "BadRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _BadRequestException.prototype);
      }
    };
    var DatabaseErrorException = class _DatabaseErrorException extends RDSDataServiceException {
      name = "DatabaseErrorException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DatabaseErrorException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DatabaseErrorException.prototype);
      }
    };
    var DatabaseNotFoundException = class _DatabaseNotFoundException extends RDSDataServiceException {
      name = "DatabaseNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DatabaseNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DatabaseNotFoundException.prototype);
      }
    };
    var DatabaseResumingException = class _DatabaseResumingException extends RDSDataServiceException {
      name = "DatabaseResumingException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DatabaseResumingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DatabaseResumingException.prototype);
      }
    };
    var DatabaseUnavailableException = class _DatabaseUnavailableException extends RDSDataServiceException {
      name = "DatabaseUnavailableException";
      $fault = "server";
      constructor(opts) {
        super({
          name: "DatabaseUnavailableException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _DatabaseUnavailableException.prototype);
      }
    };
    var ForbiddenException = class _ForbiddenException extends RDSDataServiceException {
      name = "ForbiddenException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ForbiddenException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ForbiddenException.prototype);
      }
    };
    var HttpEndpointNotEnabledException = class _HttpEndpointNotEnabledException extends RDSDataServiceException {
      name = "HttpEndpointNotEnabledException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "HttpEndpointNotEnabledException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _HttpEndpointNotEnabledException.prototype);
      }
    };
    var InternalServerErrorException = class _InternalServerErrorException extends RDSDataServiceException {
      name = "InternalServerErrorException";
      $fault = "server";
      constructor(opts) {
        super({
          name: "InternalServerErrorException",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServerErrorException.prototype);
      }
    };
    var InvalidResourceStateException = class _InvalidResourceStateException extends RDSDataServiceException {
      name = "InvalidResourceStateException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidResourceStateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidResourceStateException.prototype);
      }
    };
    var InvalidSecretException = class _InvalidSecretException extends RDSDataServiceException {
      name = "InvalidSecretException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidSecretException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidSecretException.prototype);
      }
    };
    var SecretsErrorException = class _SecretsErrorException extends RDSDataServiceException {
      name = "SecretsErrorException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "SecretsErrorException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SecretsErrorException.prototype);
      }
    };
    var ServiceUnavailableError = class _ServiceUnavailableError extends RDSDataServiceException {
      name = "ServiceUnavailableError";
      $fault = "server";
      constructor(opts) {
        super({
          name: "ServiceUnavailableError",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceUnavailableError.prototype);
      }
    };
    var StatementTimeoutException = class _StatementTimeoutException extends RDSDataServiceException {
      name = "StatementTimeoutException";
      $fault = "client";
      dbConnectionId;
      constructor(opts) {
        super({
          name: "StatementTimeoutException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _StatementTimeoutException.prototype);
        this.dbConnectionId = opts.dbConnectionId;
      }
    };
    var TransactionNotFoundException = class _TransactionNotFoundException extends RDSDataServiceException {
      name = "TransactionNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TransactionNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TransactionNotFoundException.prototype);
      }
    };
    var NotFoundException = class _NotFoundException extends RDSDataServiceException {
      name = "NotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "NotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NotFoundException.prototype);
      }
    };
    var UnsupportedResultException = class _UnsupportedResultException extends RDSDataServiceException {
      name = "UnsupportedResultException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnsupportedResultException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedResultException.prototype);
      }
    };
    var _ADE = "AccessDeniedException";
    var _AOA = "ArrayOfArray";
    var _AV = "ArrayValue";
    var _AVL = "ArrayValueList";
    var _BA = "BooleanArray";
    var _BES = "BatchExecuteStatement";
    var _BESR = "BatchExecuteStatementRequest";
    var _BESRa = "BatchExecuteStatementResponse";
    var _BRE = "BadRequestException";
    var _BT = "BeginTransaction";
    var _BTR = "BeginTransactionRequest";
    var _BTRe = "BeginTransactionResponse";
    var _CM = "ColumnMetadata";
    var _CT = "CommitTransaction";
    var _CTR = "CommitTransactionRequest";
    var _CTRo = "CommitTransactionResponse";
    var _DA = "DoubleArray";
    var _DEE = "DatabaseErrorException";
    var _DNFE = "DatabaseNotFoundException";
    var _DRE = "DatabaseResumingException";
    var _DUE = "DatabaseUnavailableException";
    var _ES = "ExecuteSql";
    var _ESR = "ExecuteSqlRequest";
    var _ESRx = "ExecuteSqlResponse";
    var _ESRxe = "ExecuteStatementRequest";
    var _ESRxec = "ExecuteStatementResponse";
    var _ESx = "ExecuteStatement";
    var _F = "Field";
    var _FE = "ForbiddenException";
    var _FL = "FieldList";
    var _HENEE = "HttpEndpointNotEnabledException";
    var _IRSE = "InvalidResourceStateException";
    var _ISE = "InvalidSecretException";
    var _ISEE = "InternalServerErrorException";
    var _LA = "LongArray";
    var _M = "Metadata";
    var _NFE = "NotFoundException";
    var _R = "Record";
    var _RF = "ResultFrame";
    var _RSM = "ResultSetMetadata";
    var _RSO = "ResultSetOptions";
    var _RT = "RollbackTransaction";
    var _RTR = "RollbackTransactionRequest";
    var _RTRo = "RollbackTransactionResponse";
    var _Re = "Records";
    var _Ro = "Row";
    var _SA = "StringArray";
    var _SEE = "SecretsErrorException";
    var _SP = "SqlParameter";
    var _SPL = "SqlParametersList";
    var _SPS = "SqlParameterSets";
    var _SR = "SqlRecords";
    var _SSR = "SqlStatementResult";
    var _SSRq = "SqlStatementResults";
    var _STE = "StatementTimeoutException";
    var _SUE = "ServiceUnavailableError";
    var _SV = "StructValue";
    var _TNFE = "TransactionNotFoundException";
    var _UR = "UpdateResult";
    var _URE = "UnsupportedResultException";
    var _URp = "UpdateResults";
    var _V = "Value";
    var _a = "attributes";
    var _aBCT = "arrayBaseColumnType";
    var _aSSA = "awsSecretStoreArn";
    var _aV = "arrayValues";
    var _aVr = "arrayValue";
    var _bIV = "bigIntValue";
    var _bV = "booleanValues";
    var _bVi = "bitValue";
    var _bVl = "blobValue";
    var _bVo = "booleanValue";
    var _c = "client";
    var _cAT = "continueAfterTimeout";
    var _cC = "columnCount";
    var _cM = "columnMetadata";
    var _d = "database";
    var _dCI = "dbConnectionId";
    var _dCOIA = "dbClusterOrInstanceArn";
    var _dRT = "decimalReturnType";
    var _dV = "doubleValues";
    var _dVo = "doubleValue";
    var _e = "error";
    var _fR = "formattedRecords";
    var _fRA = "formatRecordsAs";
    var _gF = "generatedFields";
    var _h = "http";
    var _hE = "httpError";
    var _iAI = "isAutoIncrement";
    var _iC = "isCurrency";
    var _iCS = "isCaseSensitive";
    var _iN = "isNull";
    var _iRM = "includeResultMetadata";
    var _iS = "isSigned";
    var _iV = "intValue";
    var _l = "label";
    var _lRT = "longReturnType";
    var _lV = "longValues";
    var _lVo = "longValue";
    var _m = "message";
    var _n = "name";
    var _nORU = "numberOfRecordsUpdated";
    var _nu = "nullable";
    var _p = "precision";
    var _pS = "parameterSets";
    var _pa = "parameters";
    var _r = "records";
    var _rA = "resourceArn";
    var _rF = "resultFrame";
    var _rSM = "resultSetMetadata";
    var _rSO = "resultSetOptions";
    var _rV = "realValue";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.rdsdata";
    var _sA = "secretArn";
    var _sN = "schemaName";
    var _sS = "sqlStatements";
    var _sSR = "sqlStatementResults";
    var _sV = "stringValues";
    var _sVt = "stringValue";
    var _sVtr = "structValue";
    var _sc = "schema";
    var _sca = "scale";
    var _se = "server";
    var _sp = "sparse";
    var _sq = "sql";
    var _t = "type";
    var _tH = "typeHint";
    var _tI = "transactionId";
    var _tN = "typeName";
    var _tNa = "tableName";
    var _tS = "transactionStatus";
    var _uR = "updateResults";
    var _v = "values";
    var _va = "value";
    var n0 = "com.amazonaws.rdsdata";
    var _s_registry = new TypeRegistry(_s);
    var RDSDataServiceException$ = [-3, _s, "RDSDataServiceException", 0, [], []];
    _s_registry.registerError(RDSDataServiceException$, RDSDataServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var BadRequestException$ = [
      -3,
      n0,
      _BRE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(BadRequestException$, BadRequestException);
    var DatabaseErrorException$ = [
      -3,
      n0,
      _DEE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DatabaseErrorException$, DatabaseErrorException);
    var DatabaseNotFoundException$ = [
      -3,
      n0,
      _DNFE,
      { [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DatabaseNotFoundException$, DatabaseNotFoundException);
    var DatabaseResumingException$ = [
      -3,
      n0,
      _DRE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(DatabaseResumingException$, DatabaseResumingException);
    var DatabaseUnavailableException$ = [
      -3,
      n0,
      _DUE,
      { [_e]: _se, [_hE]: 504 },
      [],
      []
    ];
    n0_registry.registerError(DatabaseUnavailableException$, DatabaseUnavailableException);
    var ForbiddenException$ = [
      -3,
      n0,
      _FE,
      { [_e]: _c, [_hE]: 403 },
      [_m],
      [0]
    ];
    n0_registry.registerError(ForbiddenException$, ForbiddenException);
    var HttpEndpointNotEnabledException$ = [
      -3,
      n0,
      _HENEE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(HttpEndpointNotEnabledException$, HttpEndpointNotEnabledException);
    var InternalServerErrorException$ = [
      -3,
      n0,
      _ISEE,
      { [_e]: _se, [_hE]: 500 },
      [],
      []
    ];
    n0_registry.registerError(InternalServerErrorException$, InternalServerErrorException);
    var InvalidResourceStateException$ = [
      -3,
      n0,
      _IRSE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidResourceStateException$, InvalidResourceStateException);
    var InvalidSecretException$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidSecretException$, InvalidSecretException);
    var NotFoundException$ = [
      -3,
      n0,
      _NFE,
      { [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(NotFoundException$, NotFoundException);
    var SecretsErrorException$ = [
      -3,
      n0,
      _SEE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(SecretsErrorException$, SecretsErrorException);
    var ServiceUnavailableError$ = [
      -3,
      n0,
      _SUE,
      { [_e]: _se, [_hE]: 503 },
      [],
      []
    ];
    n0_registry.registerError(ServiceUnavailableError$, ServiceUnavailableError);
    var StatementTimeoutException$ = [
      -3,
      n0,
      _STE,
      { [_e]: _c, [_hE]: 400 },
      [_m, _dCI],
      [0, 1]
    ];
    n0_registry.registerError(StatementTimeoutException$, StatementTimeoutException);
    var TransactionNotFoundException$ = [
      -3,
      n0,
      _TNFE,
      { [_e]: _c, [_hE]: 404 },
      [_m],
      [0]
    ];
    n0_registry.registerError(TransactionNotFoundException$, TransactionNotFoundException);
    var UnsupportedResultException$ = [
      -3,
      n0,
      _URE,
      { [_e]: _c, [_hE]: 400 },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnsupportedResultException$, UnsupportedResultException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var BatchExecuteStatementRequest$ = [
      3,
      n0,
      _BESR,
      0,
      [_rA, _sA, _sq, _d, _sc, _pS, _tI],
      [0, 0, 0, 0, 0, [() => SqlParameterSets, 0], 0],
      3
    ];
    var BatchExecuteStatementResponse$ = [
      3,
      n0,
      _BESRa,
      0,
      [_uR],
      [[() => UpdateResults, 0]]
    ];
    var BeginTransactionRequest$ = [
      3,
      n0,
      _BTR,
      0,
      [_rA, _sA, _d, _sc],
      [0, 0, 0, 0],
      2
    ];
    var BeginTransactionResponse$ = [
      3,
      n0,
      _BTRe,
      0,
      [_tI],
      [0]
    ];
    var ColumnMetadata$ = [
      3,
      n0,
      _CM,
      0,
      [_n, _t, _tN, _l, _sN, _tNa, _iAI, _iS, _iC, _iCS, _nu, _p, _sca, _aBCT],
      [0, 1, 0, 0, 0, 0, 2, 2, 2, 2, 1, 1, 1, 1]
    ];
    var CommitTransactionRequest$ = [
      3,
      n0,
      _CTR,
      0,
      [_rA, _sA, _tI],
      [0, 0, 0],
      3
    ];
    var CommitTransactionResponse$ = [
      3,
      n0,
      _CTRo,
      0,
      [_tS],
      [0]
    ];
    var ExecuteSqlRequest$ = [
      3,
      n0,
      _ESR,
      0,
      [_dCOIA, _aSSA, _sS, _d, _sc],
      [0, 0, 0, 0, 0],
      3
    ];
    var ExecuteSqlResponse$ = [
      3,
      n0,
      _ESRx,
      0,
      [_sSR],
      [() => SqlStatementResults]
    ];
    var ExecuteStatementRequest$ = [
      3,
      n0,
      _ESRxe,
      0,
      [_rA, _sA, _sq, _d, _sc, _pa, _tI, _iRM, _cAT, _rSO, _fRA],
      [0, 0, 0, 0, 0, [() => SqlParametersList, 0], 0, 2, 2, () => ResultSetOptions$, 0],
      3
    ];
    var ExecuteStatementResponse$ = [
      3,
      n0,
      _ESRxec,
      0,
      [_r, _cM, _nORU, _gF, _fR],
      [[() => SqlRecords, 0], () => Metadata, 1, [() => FieldList, 0], 0]
    ];
    var _Record$ = [
      3,
      n0,
      _R,
      0,
      [_v],
      [() => Row]
    ];
    var ResultFrame$ = [
      3,
      n0,
      _RF,
      0,
      [_rSM, _r],
      [() => ResultSetMetadata$, () => Records]
    ];
    var ResultSetMetadata$ = [
      3,
      n0,
      _RSM,
      0,
      [_cC, _cM],
      [1, () => Metadata]
    ];
    var ResultSetOptions$ = [
      3,
      n0,
      _RSO,
      0,
      [_dRT, _lRT],
      [0, 0]
    ];
    var RollbackTransactionRequest$ = [
      3,
      n0,
      _RTR,
      0,
      [_rA, _sA, _tI],
      [0, 0, 0],
      3
    ];
    var RollbackTransactionResponse$ = [
      3,
      n0,
      _RTRo,
      0,
      [_tS],
      [0]
    ];
    var SqlParameter$ = [
      3,
      n0,
      _SP,
      0,
      [_n, _va, _tH],
      [0, [() => Field$, 0], 0]
    ];
    var SqlStatementResult$ = [
      3,
      n0,
      _SSR,
      0,
      [_rF, _nORU],
      [() => ResultFrame$, 1]
    ];
    var StructValue$ = [
      3,
      n0,
      _SV,
      0,
      [_a],
      [() => ArrayValueList]
    ];
    var UpdateResult$ = [
      3,
      n0,
      _UR,
      0,
      [_gF],
      [[() => FieldList, 0]]
    ];
    var ArrayOfArray = [
      1,
      n0,
      _AOA,
      { [_sp]: 1 },
      [
        () => ArrayValue$,
        0
      ]
    ];
    var ArrayValueList = [
      1,
      n0,
      _AVL,
      0,
      () => Value$
    ];
    var BooleanArray = [
      1,
      n0,
      _BA,
      { [_sp]: 1 },
      2
    ];
    var DoubleArray = [
      1,
      n0,
      _DA,
      { [_sp]: 1 },
      1
    ];
    var FieldList = [
      1,
      n0,
      _FL,
      0,
      [
        () => Field$,
        0
      ]
    ];
    var LongArray = [
      1,
      n0,
      _LA,
      { [_sp]: 1 },
      1
    ];
    var Metadata = [
      1,
      n0,
      _M,
      0,
      () => ColumnMetadata$
    ];
    var Records = [
      1,
      n0,
      _Re,
      0,
      () => _Record$
    ];
    var Row = [
      1,
      n0,
      _Ro,
      0,
      () => Value$
    ];
    var SqlParameterSets = [
      1,
      n0,
      _SPS,
      0,
      [
        () => SqlParametersList,
        0
      ]
    ];
    var SqlParametersList = [
      1,
      n0,
      _SPL,
      0,
      [
        () => SqlParameter$,
        0
      ]
    ];
    var SqlRecords = [
      1,
      n0,
      _SR,
      0,
      [
        () => FieldList,
        0
      ]
    ];
    var SqlStatementResults = [
      1,
      n0,
      _SSRq,
      0,
      () => SqlStatementResult$
    ];
    var StringArray = [
      1,
      n0,
      _SA,
      { [_sp]: 1 },
      0
    ];
    var UpdateResults = [
      1,
      n0,
      _URp,
      0,
      [
        () => UpdateResult$,
        0
      ]
    ];
    var ArrayValue$ = [
      4,
      n0,
      _AV,
      0,
      [_bV, _lV, _dV, _sV, _aV],
      [[() => BooleanArray, 0], [() => LongArray, 0], [() => DoubleArray, 0], [() => StringArray, 0], [() => ArrayOfArray, 0]]
    ];
    var Field$ = [
      4,
      n0,
      _F,
      0,
      [_iN, _bVo, _lVo, _dVo, _sVt, _bVl, _aVr],
      [2, 2, 1, 1, 0, 21, [() => ArrayValue$, 0]]
    ];
    var Value$ = [
      4,
      n0,
      _V,
      0,
      [_iN, _bVi, _bIV, _iV, _dVo, _rV, _sVt, _bVl, _aV, _sVtr],
      [2, 2, 1, 1, 1, 1, 0, 21, () => ArrayValueList, () => StructValue$]
    ];
    var BatchExecuteStatement$ = [
      9,
      n0,
      _BES,
      { [_h]: ["POST", "/BatchExecute", 200] },
      () => BatchExecuteStatementRequest$,
      () => BatchExecuteStatementResponse$
    ];
    var BeginTransaction$ = [
      9,
      n0,
      _BT,
      { [_h]: ["POST", "/BeginTransaction", 200] },
      () => BeginTransactionRequest$,
      () => BeginTransactionResponse$
    ];
    var CommitTransaction$ = [
      9,
      n0,
      _CT,
      { [_h]: ["POST", "/CommitTransaction", 200] },
      () => CommitTransactionRequest$,
      () => CommitTransactionResponse$
    ];
    var ExecuteSql$ = [
      9,
      n0,
      _ES,
      { [_h]: ["POST", "/ExecuteSql", 200] },
      () => ExecuteSqlRequest$,
      () => ExecuteSqlResponse$
    ];
    var ExecuteStatement$ = [
      9,
      n0,
      _ESx,
      { [_h]: ["POST", "/Execute", 200] },
      () => ExecuteStatementRequest$,
      () => ExecuteStatementResponse$
    ];
    var RollbackTransaction$ = [
      9,
      n0,
      _RT,
      { [_h]: ["POST", "/RollbackTransaction", 200] },
      () => RollbackTransactionRequest$,
      () => RollbackTransactionResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2018-08-01",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultRDSDataHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsRestJsonProtocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.rdsdata",
          errorTypeRegistries,
          version: "2018-08-01",
          serviceTarget: "RdsDataService"
        },
        serviceId: config?.serviceId ?? "RDS Data",
        sha256: config?.sha256 ?? Sha256,
        urlParser: config?.urlParser ?? parseUrl,
        utf8Decoder: config?.utf8Decoder ?? fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? toUtf8
      };
    };
    var getRuntimeConfig = (config) => {
      emitWarningIfUnsupportedVersion(process.version);
      const defaultsMode = resolveDefaultsModeConfig(config);
      const defaultConfigProvider = () => defaultsMode().then(loadConfigsForDefaultMode);
      const clientSharedValues = getRuntimeConfig$1(config);
      emitWarningIfUnsupportedVersion$1(process.version);
      const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger
      };
      return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? loadConfig(NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? createDefaultUserAgentProvider({ serviceId: clientSharedValues.serviceId, clientVersion: packageInfo.version }),
        maxAttempts: config?.maxAttempts ?? loadConfig(NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? loadConfig(NODE_REGION_CONFIG_OPTIONS, { ...NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestHandler: NodeHttpHandler.create(config?.requestHandler ?? defaultConfigProvider),
        retryMode: config?.retryMode ?? loadConfig({
          ...NODE_RETRY_MODE_CONFIG_OPTIONS,
          default: async () => (await defaultConfigProvider()).retryMode || DEFAULT_RETRY_MODE
        }, config),
        streamCollector: config?.streamCollector ?? streamCollector,
        useDualstackEndpoint: config?.useDualstackEndpoint ?? loadConfig(NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? loadConfig(NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? loadConfig(NODE_APP_ID_CONFIG_OPTIONS, loaderConfig)
      };
    };
    var getHttpAuthExtensionConfiguration = (runtimeConfig) => {
      const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
      let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
      let _credentials = runtimeConfig.credentials;
      return {
        setHttpAuthScheme(httpAuthScheme) {
          const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
          if (index === -1) {
            _httpAuthSchemes.push(httpAuthScheme);
          } else {
            _httpAuthSchemes.splice(index, 1, httpAuthScheme);
          }
        },
        httpAuthSchemes() {
          return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
          _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
          return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
          _credentials = credentials;
        },
        credentials() {
          return _credentials;
        }
      };
    };
    var resolveHttpAuthRuntimeConfig = (config) => {
      return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials()
      };
    };
    var resolveRuntimeExtensions = (runtimeConfig, extensions) => {
      const extensionConfiguration = Object.assign(getAwsRegionExtensionConfiguration(runtimeConfig), getDefaultExtensionConfiguration(runtimeConfig), getHttpHandlerExtensionConfiguration(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
      extensions.forEach((extension) => extension.configure(extensionConfiguration));
      return Object.assign(runtimeConfig, resolveAwsRegionExtensionConfiguration(extensionConfiguration), resolveDefaultRuntimeConfig(extensionConfiguration), resolveHttpHandlerRuntimeConfig(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
    };
    var RDSDataClient = class extends Client {
      config;
      constructor(...[configuration]) {
        const _config_0 = getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = resolveClientEndpointParameters(_config_0);
        const _config_2 = resolveUserAgentConfig(_config_1);
        const _config_3 = resolveRetryConfig(_config_2);
        const _config_4 = resolveRegionConfig(_config_3);
        const _config_5 = resolveHostHeaderConfig(_config_4);
        const _config_6 = resolveEndpointConfig(_config_5);
        const _config_7 = resolveHttpAuthSchemeConfig(_config_6);
        const _config_8 = resolveRuntimeExtensions(_config_7, configuration?.extensions || []);
        this.config = _config_8;
        this.middlewareStack.use(getSchemaSerdePlugin(this.config));
        this.middlewareStack.use(getUserAgentPlugin(this.config));
        this.middlewareStack.use(getRetryPlugin(this.config));
        this.middlewareStack.use(getContentLengthPlugin(this.config));
        this.middlewareStack.use(getHostHeaderPlugin(this.config));
        this.middlewareStack.use(getLoggerPlugin(this.config));
        this.middlewareStack.use(getRecursionDetectionPlugin(this.config));
        this.middlewareStack.use(getHttpAuthSchemeEndpointRuleSetPlugin(this.config, {
          httpAuthSchemeParametersProvider: defaultRDSDataHttpAuthSchemeParametersProvider,
          identityProviderConfigProvider: async (config) => new DefaultIdentityProviderConfig({
            "aws.auth#sigv4": config.credentials
          })
        }));
        this.middlewareStack.use(getHttpSigningPlugin(this.config));
      }
      destroy() {
        super.destroy();
      }
    };
    var command = makeBuilder(commonParams, "RdsDataService", "RDSDataClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var BatchExecuteStatementCommand = class extends command(_ep0, _mw0, "BatchExecuteStatement", BatchExecuteStatement$) {
    };
    var BeginTransactionCommand2 = class extends command(_ep0, _mw0, "BeginTransaction", BeginTransaction$) {
    };
    var CommitTransactionCommand2 = class extends command(_ep0, _mw0, "CommitTransaction", CommitTransaction$) {
    };
    var ExecuteSqlCommand = class extends command(_ep0, _mw0, "ExecuteSql", ExecuteSql$) {
    };
    var ExecuteStatementCommand2 = class extends command(_ep0, _mw0, "ExecuteStatement", ExecuteStatement$) {
    };
    var RollbackTransactionCommand2 = class extends command(_ep0, _mw0, "RollbackTransaction", RollbackTransaction$) {
    };
    var commands = {
      BatchExecuteStatementCommand,
      BeginTransactionCommand: BeginTransactionCommand2,
      CommitTransactionCommand: CommitTransactionCommand2,
      ExecuteSqlCommand,
      ExecuteStatementCommand: ExecuteStatementCommand2,
      RollbackTransactionCommand: RollbackTransactionCommand2
    };
    var RDSData = class extends RDSDataClient {
    };
    createAggregatedClient(commands, RDSData);
    var TypeHint = {
      DATE: "DATE",
      DECIMAL: "DECIMAL",
      JSON: "JSON",
      TIME: "TIME",
      TIMESTAMP: "TIMESTAMP",
      UUID: "UUID"
    };
    var DecimalReturnType = {
      DOUBLE_OR_LONG: "DOUBLE_OR_LONG",
      STRING: "STRING"
    };
    var RecordsFormatType = {
      JSON: "JSON",
      NONE: "NONE"
    };
    var LongReturnType = {
      LONG: "LONG",
      STRING: "STRING"
    };
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.ArrayValue$ = ArrayValue$;
    exports.BadRequestException = BadRequestException;
    exports.BadRequestException$ = BadRequestException$;
    exports.BatchExecuteStatement$ = BatchExecuteStatement$;
    exports.BatchExecuteStatementCommand = BatchExecuteStatementCommand;
    exports.BatchExecuteStatementRequest$ = BatchExecuteStatementRequest$;
    exports.BatchExecuteStatementResponse$ = BatchExecuteStatementResponse$;
    exports.BeginTransaction$ = BeginTransaction$;
    exports.BeginTransactionCommand = BeginTransactionCommand2;
    exports.BeginTransactionRequest$ = BeginTransactionRequest$;
    exports.BeginTransactionResponse$ = BeginTransactionResponse$;
    exports.ColumnMetadata$ = ColumnMetadata$;
    exports.CommitTransaction$ = CommitTransaction$;
    exports.CommitTransactionCommand = CommitTransactionCommand2;
    exports.CommitTransactionRequest$ = CommitTransactionRequest$;
    exports.CommitTransactionResponse$ = CommitTransactionResponse$;
    exports.DatabaseErrorException = DatabaseErrorException;
    exports.DatabaseErrorException$ = DatabaseErrorException$;
    exports.DatabaseNotFoundException = DatabaseNotFoundException;
    exports.DatabaseNotFoundException$ = DatabaseNotFoundException$;
    exports.DatabaseResumingException = DatabaseResumingException;
    exports.DatabaseResumingException$ = DatabaseResumingException$;
    exports.DatabaseUnavailableException = DatabaseUnavailableException;
    exports.DatabaseUnavailableException$ = DatabaseUnavailableException$;
    exports.DecimalReturnType = DecimalReturnType;
    exports.ExecuteSql$ = ExecuteSql$;
    exports.ExecuteSqlCommand = ExecuteSqlCommand;
    exports.ExecuteSqlRequest$ = ExecuteSqlRequest$;
    exports.ExecuteSqlResponse$ = ExecuteSqlResponse$;
    exports.ExecuteStatement$ = ExecuteStatement$;
    exports.ExecuteStatementCommand = ExecuteStatementCommand2;
    exports.ExecuteStatementRequest$ = ExecuteStatementRequest$;
    exports.ExecuteStatementResponse$ = ExecuteStatementResponse$;
    exports.Field$ = Field$;
    exports.ForbiddenException = ForbiddenException;
    exports.ForbiddenException$ = ForbiddenException$;
    exports.HttpEndpointNotEnabledException = HttpEndpointNotEnabledException;
    exports.HttpEndpointNotEnabledException$ = HttpEndpointNotEnabledException$;
    exports.InternalServerErrorException = InternalServerErrorException;
    exports.InternalServerErrorException$ = InternalServerErrorException$;
    exports.InvalidResourceStateException = InvalidResourceStateException;
    exports.InvalidResourceStateException$ = InvalidResourceStateException$;
    exports.InvalidSecretException = InvalidSecretException;
    exports.InvalidSecretException$ = InvalidSecretException$;
    exports.LongReturnType = LongReturnType;
    exports.NotFoundException = NotFoundException;
    exports.NotFoundException$ = NotFoundException$;
    exports.RDSData = RDSData;
    exports.RDSDataClient = RDSDataClient;
    exports.RDSDataServiceException = RDSDataServiceException;
    exports.RDSDataServiceException$ = RDSDataServiceException$;
    exports.RecordsFormatType = RecordsFormatType;
    exports.ResultFrame$ = ResultFrame$;
    exports.ResultSetMetadata$ = ResultSetMetadata$;
    exports.ResultSetOptions$ = ResultSetOptions$;
    exports.RollbackTransaction$ = RollbackTransaction$;
    exports.RollbackTransactionCommand = RollbackTransactionCommand2;
    exports.RollbackTransactionRequest$ = RollbackTransactionRequest$;
    exports.RollbackTransactionResponse$ = RollbackTransactionResponse$;
    exports.SecretsErrorException = SecretsErrorException;
    exports.SecretsErrorException$ = SecretsErrorException$;
    exports.ServiceUnavailableError = ServiceUnavailableError;
    exports.ServiceUnavailableError$ = ServiceUnavailableError$;
    exports.SqlParameter$ = SqlParameter$;
    exports.SqlStatementResult$ = SqlStatementResult$;
    exports.StatementTimeoutException = StatementTimeoutException;
    exports.StatementTimeoutException$ = StatementTimeoutException$;
    exports.StructValue$ = StructValue$;
    exports.TransactionNotFoundException = TransactionNotFoundException;
    exports.TransactionNotFoundException$ = TransactionNotFoundException$;
    exports.TypeHint = TypeHint;
    exports.UnsupportedResultException = UnsupportedResultException;
    exports.UnsupportedResultException$ = UnsupportedResultException$;
    exports.UpdateResult$ = UpdateResult$;
    exports.Value$ = Value$;
    exports._Record$ = _Record$;
    exports.errorTypeRegistries = errorTypeRegistries;
  }
});

// src/db/executor.ts
var SqlStatementError = class extends Error {
  constructor(message, sqlState) {
    super(message);
    this.sqlState = sqlState;
  }
  sqlState;
  name = "SqlStatementError";
};
var StatementTimedOut = class extends UserError {
  name = "StatementTimedOut";
  constructor(message) {
    super(
      `a statement ran past the Data API's 45 s call limit: ${message}`,
      "the cluster was busy or a lock held the statement up: run the phase again; a long statement of yours belongs in a no-transaction file (docs/phases/migrate.md)"
    );
  }
};
var TransactionGone = class extends Error {
  name = "TransactionGone";
};
var TransactionBusy = class extends Error {
  name = "TransactionBusy";
};
var DatabaseAsleep = class extends Error {
  name = "DatabaseAsleep";
};
var OutcomeUnknown = class extends OutcomeUnknownError {
};
var UNDEFINED_TABLE = "42P01";
function isUndefinedTable(error) {
  return error instanceof SqlStatementError && error.sqlState === UNDEFINED_TABLE;
}
function scalar(result) {
  const row = result.rows[0];
  return row === void 0 ? void 0 : Object.values(row)[0];
}

// src/db/data-api.ts
var import_client_rds_data = __toESM(require_dist_cjs3(), 1);
function dataApiExecutor(client, target, signal) {
  const base = {
    resourceArn: target.resourceArn,
    secretArn: target.secretArn,
    ...target.database ? { database: target.database } : {}
  };
  const link = { client, signal, base };
  return {
    via: "data-api",
    target: `${target.database ?? "the default database"} on ${target.resourceArn}`,
    execute: (sql, options) => runStatement(link, sql, options),
    async begin() {
      const out = await translated(
        () => client.send(new import_client_rds_data.BeginTransactionCommand(base), { abortSignal: signal })
      );
      if (!out.transactionId) throw new Error("BeginTransaction returned no transactionId");
      return transaction(link, out.transactionId);
    },
    close: async () => {
    }
  };
}
function transaction(link, transactionId) {
  const { client, signal, base } = link;
  return {
    execute: (sql, options) => runStatement(link, sql, options, transactionId),
    async commit() {
      const command = new import_client_rds_data.CommitTransactionCommand({ ...base, transactionId });
      sendOnce(command, ONCE);
      await translated(() => client.send(command, { abortSignal: signal }));
    },
    async rollback() {
      try {
        await translated(
          () => client.send(new import_client_rds_data.RollbackTransactionCommand({ ...base, transactionId }))
        );
      } catch (error) {
        if (!(error instanceof TransactionGone)) throw error;
      }
    }
  };
}
async function runStatement(link, sql, options = {}, transactionId) {
  const command = new import_client_rds_data.ExecuteStatementCommand({
    ...link.base,
    sql,
    formatRecordsAs: "JSON",
    ...options.params ? { parameters: toParameters(options.params) } : {},
    ...transactionId ? { transactionId } : {},
    ...options.continueAfterTimeout ? { continueAfterTimeout: true } : {},
    ...options.columns ? { includeResultMetadata: true } : {}
  });
  if (options.noResend) sendOnce(command, ONCE);
  const abort = options.cleanup ? {} : { abortSignal: link.signal };
  const out = await translated(() => link.client.send(command, abort));
  const rows = out.formattedRecords ? JSON.parse(out.formattedRecords) : [];
  const columns = options.columns ? { columns: (out.columnMetadata ?? []).map((c) => c.label ?? c.name ?? "") } : {};
  return { rows, rowsAffected: out.numberOfRecordsUpdated ?? 0, ...columns };
}
function toParameters(params) {
  return Object.entries(params).map(([name, value]) => {
    if (value === null) return { name, value: { isNull: true } };
    if (typeof value === "boolean") return { name, value: { booleanValue: value } };
    if (typeof value === "number")
      return Number.isInteger(value) ? { name, value: { longValue: value } } : { name, value: { doubleValue: value } };
    return { name, value: { stringValue: value } };
  });
}
var REFUSED = /* @__PURE__ */ new Set(["DatabaseResumingException", "DatabaseUnavailableException"]);
var ONCE = {
  refused: (error) => REFUSED.has(error?.name ?? ""),
  unknown: (why) => new OutcomeUnknown(why)
};
async function translated(send) {
  try {
    return await send();
  } catch (error) {
    throw translate(error);
  }
}
var SQL_STATE = /;?\s*SQLState:\s*([0-9A-Z]{5})\s*$/;
function translate(error) {
  if (!(error instanceof Error)) return error;
  const message = error.message;
  switch (error.name) {
    case "DatabaseErrorException": {
      if (/still running a query/i.test(message)) return new TransactionBusy(message);
      const state = SQL_STATE.exec(message);
      return new SqlStatementError(message.replace(SQL_STATE, "").trim(), state?.[1]);
    }
    case "StatementTimeoutException":
      return new StatementTimedOut(message);
    case "TransactionNotFoundException":
      return new TransactionGone(message);
    case "BadRequestException":
      return /transaction/i.test(message) ? new TransactionGone(message) : new SqlStatementError(message, void 0);
    case "DatabaseResumingException":
    case "DatabaseUnavailableException":
      return new DatabaseAsleep(`${error.name}: ${message}`);
    default:
      return error;
  }
}

// src/db/restart.ts
var FileInterrupted = class extends Error {
  name = "FileInterrupted";
};
function interruptedIfTimedOut(error) {
  return error instanceof StatementTimedOut ? new FileInterrupted(
    "phasegate's own statement ran past the Data API's 45 s call limit and was rolled back"
  ) : error;
}
function interruptsTransaction(error) {
  return error instanceof FileInterrupted || error instanceof OutcomeUnknown || error instanceof TransactionGone || isWorldFault(error);
}
function restartingOnFaults(what, attempt, options) {
  return retryingFaults(attempt, {
    signal: options.signal,
    retryable: interruptsTransaction,
    onRetry: (why) => options.log.info(`${what}: interrupted (${why}); nothing was committed, starting again`),
    giveUp: (restarts, why) => gaveUp(what, restarts, why),
    ...options.firstPauseMs !== void 0 ? { firstPauseMs: options.firstPauseMs } : {}
  });
}
function gaveUp(what, restarts, why) {
  return new PhaseFailure(
    `${what}: interrupted ${restarts + 1} times by faults on the way to the database (last: ${why}); nothing of it was committed`,
    {
      hint: "run the phase again; if it keeps failing, check the AWS Health Dashboard and the cluster"
    }
  );
}

// src/db/resume.ts
var MAX_BACKOFF_MS = 5e3;
async function whileWaking(what, work, options) {
  const now = options.now ?? Date.now;
  const started = now();
  let backoff = options.firstBackoffMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof DatabaseAsleep)) throw error;
      const waited = now() - started;
      if (waited + backoff > options.timeoutMs) throw notAwake(error, waited, options.timeoutMs);
      if (attempt === 1) options.log.info(`the database is not available yet: ${error.message}`);
      options.log.progress(
        `waiting for the database to resume (${what}): it is resuming after an auto-pause, or briefly unavailable`
      );
      await sleep(backoff, options.signal);
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  }
}
var NotAwake = class extends PhaseFailure {
};
function notAwake(error, waitedMs, timeoutMs) {
  return new NotAwake(
    `the database did not resume within ${seconds(timeoutMs)} (waited ${seconds(waitedMs)}): ` + error.message,
    { hint: "raise resume-timeout, or check the cluster in the RDS console" }
  );
}
var WAKE_UP_SQL = "SELECT current_setting('server_version_num')::int AS server_version_num";
async function wakeUp(executor, options) {
  const result = await whileWaking(
    "waking the cluster",
    () => executor.execute(WAKE_UP_SQL),
    options
  );
  return majorVersion(scalar(result));
}
function majorVersion(versionNum) {
  const n = Number(versionNum);
  return Number.isInteger(n) && n >= 1e4 ? Math.floor(n / 1e4) : void 0;
}
function seconds(ms) {
  return ms < 1e4 ? `${(ms / 1e3).toFixed(1)} s` : `${Math.round(ms / 1e3)} s`;
}

// src/db/waking.ts
var TransactionLostWhileAsleep = class extends TransactionGone {
};
function wakingExecutor(executor, wake) {
  return {
    via: executor.via,
    get target() {
      return executor.target;
    },
    execute: (sql, options) => waking(sql, () => executor.execute(sql, options), wake, options),
    begin: async () => wakingTransaction(await whileWaking("BeginTransaction", () => executor.begin(), wake), wake),
    close: () => executor.close()
  };
}
function wakingTransaction(tx, wake) {
  let slept = false;
  const noting = (work) => async () => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DatabaseAsleep) slept = true;
      else if (slept && error instanceof TransactionGone && !(error instanceof TransactionLostWhileAsleep))
        throw new TransactionLostWhileAsleep(error.message);
      throw error;
    }
  };
  return {
    execute: (sql, options) => waking(
      sql,
      noting(() => tx.execute(sql, options)),
      wake,
      options
    ),
    commit: noting(() => tx.commit()),
    rollback: () => whileWaking("RollbackTransaction", () => tx.rollback(), wake)
  };
}
function waking(sql, work, wake, options = {}) {
  if (options.cleanup) return work();
  return whileWaking(firstWords(sql), work, wake);
}
function firstWords(sql) {
  const text = sql.replace(/\/\*.*?\*\//gs, " ").replace(/\s+/g, " ").trim();
  return text.length > 40 ? `${text.slice(0, 40)}\u2026` : text;
}

export {
  require_dist_cjs3 as require_dist_cjs,
  SqlStatementError,
  StatementTimedOut,
  TransactionGone,
  DatabaseAsleep,
  OutcomeUnknown,
  isUndefinedTable,
  scalar,
  dataApiExecutor,
  FileInterrupted,
  interruptedIfTimedOut,
  interruptsTransaction,
  restartingOnFaults,
  whileWaking,
  NotAwake,
  wakeUp,
  TransactionLostWhileAsleep,
  wakingExecutor
};
