import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  esm_default
} from "./cli-chunk-P5NTSUGJ.js";
import {
  tableNames
} from "./cli-chunk-LGRDOLKG.js";
import {
  prepareMigration,
  prepareMigrations,
  shortChecksum
} from "./cli-chunk-66RG3TEY.js";
import {
  findingToDiagnostic,
  lintMigrations
} from "./cli-chunk-U3OTYJXE.js";
import {
  SqlStatementError,
  TransactionGone,
  dataApiExecutor,
  interruptedIfTimedOut,
  isUndefinedTable,
  require_dist_cjs as require_dist_cjs3,
  restartingOnFaults,
  wakeUp,
  wakingExecutor,
  whileWaking
} from "./cli-chunk-4OUBKVPQ.js";
import {
  planItem
} from "./cli-chunk-PJXLJJV7.js";
import {
  isPlainObject
} from "./cli-chunk-4KXVOQRE.js";
import {
  locate,
  shownPath
} from "./cli-chunk-N2YYZX6X.js";
import {
  explainAwsError
} from "./cli-chunk-HAJALABQ.js";
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
} from "./cli-chunk-BVZ7ELGM.js";
import {
  PhaseFailure,
  formatDiagnostic
} from "./cli-chunk-75YOGVQ5.js";
import {
  plural
} from "./cli-chunk-V74XWLEX.js";
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
} from "./cli-chunk-HT5AY7AV.js";
import {
  __commonJS,
  __toCommonJS,
  __toESM
} from "./cli-chunk-KHYJZ6HU.js";

// node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js
var require_dist_cjs4 = __commonJS({
  "node_modules/@aws-sdk/client-secrets-manager/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
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
    var { AwsJson1_1Protocol } = (init_protocols2(), __toCommonJS(protocols_exports2));
    var { Sha256 } = (init_checksum(), __toCommonJS(checksum_exports));
    var defaultSecretsManagerHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "secretsmanager",
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
    var defaultSecretsManagerHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "secretsmanager"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1163.0";
    var packageInfo = {
      version
    };
    var m = "ref";
    var a = -1;
    var b = true;
    var c = "isSet";
    var d = "PartitionResult";
    var e = "booleanEquals";
    var f = "getAttr";
    var g = "stringEquals";
    var h = { [m]: "Endpoint" };
    var i = { [m]: d };
    var j = { "fn": f, "argv": [i, "name"] };
    var k = {};
    var l = [{ [m]: "Region" }];
    var _data = {
      conditions: [
        [c, [h]],
        [c, l],
        ["aws.partition", l, d],
        [e, [{ [m]: "UseFIPS" }, b]],
        [e, [{ [m]: "UseDualStack" }, b]],
        [e, [{ fn: f, argv: [i, "supportsDualStack"] }, b]],
        [e, [{ fn: f, argv: [i, "supportsFIPS"] }, b]],
        [g, [j, "aws"]],
        [g, [j, "aws-cn"]],
        [g, [j, "aws-us-gov"]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [h, k],
        ["https://secretsmanager-fips.{Region}.amazonaws.com", k],
        ["https://secretsmanager-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://secretsmanager-fips.{Region}.{PartitionResult#dnsSuffix}", k],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://secretsmanager.{Region}.amazonaws.com", k],
        ["https://secretsmanager.{Region}.amazonaws.com.cn", k],
        ["https://secretsmanager.{Region}.{PartitionResult#dualStackDnsSuffix}", k],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://secretsmanager.{Region}.{PartitionResult#dnsSuffix}", k],
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
      17,
      3,
      1,
      4,
      r + 14,
      2,
      5,
      r + 14,
      3,
      11,
      6,
      4,
      7,
      r + 13,
      5,
      8,
      r + 12,
      7,
      r + 9,
      9,
      8,
      r + 10,
      10,
      9,
      r + 9,
      r + 11,
      4,
      13,
      12,
      6,
      r + 7,
      r + 8,
      5,
      14,
      r + 6,
      6,
      15,
      r + 6,
      7,
      r + 4,
      16,
      9,
      r + 4,
      r + 5,
      3,
      r + 1,
      18,
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
    var SecretsManagerServiceException2 = class _SecretsManagerServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager#SecretsManagerServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _SecretsManagerServiceException.prototype);
      }
    };
    var DecryptionFailure = class _DecryptionFailure extends SecretsManagerServiceException2 {
      static shapeId = "com.amazonaws.secretsmanager#DecryptionFailure";
      name = "DecryptionFailure";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DecryptionFailure",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DecryptionFailure.prototype);
        this.Message = opts.Message;
      }
    };
    var InternalServiceError = class _InternalServiceError extends SecretsManagerServiceException2 {
      static shapeId = "com.amazonaws.secretsmanager#InternalServiceError";
      name = "InternalServiceError";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "InternalServiceError",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServiceError.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidNextTokenException = class _InvalidNextTokenException extends SecretsManagerServiceException2 {
      static shapeId = "com.amazonaws.secretsmanager#InvalidNextTokenException";
      name = "InvalidNextTokenException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidNextTokenException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidNextTokenException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidParameterException = class _InvalidParameterException extends SecretsManagerServiceException2 {
      static shapeId = "com.amazonaws.secretsmanager#InvalidParameterException";
      name = "InvalidParameterException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidParameterException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidRequestException = class _InvalidRequestException extends SecretsManagerServiceException2 {
      static shapeId = "com.amazonaws.secretsmanager#InvalidRequestException";
      name = "InvalidRequestException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidRequestException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceNotFoundException2 = class _ResourceNotFoundException extends SecretsManagerServiceException2 {
      static shapeId = "com.amazonaws.secretsmanager#ResourceNotFoundException";
      name = "ResourceNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var EncryptionFailure = class _EncryptionFailure extends SecretsManagerServiceException2 {
      static shapeId = "com.amazonaws.secretsmanager#EncryptionFailure";
      name = "EncryptionFailure";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "EncryptionFailure",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _EncryptionFailure.prototype);
        this.Message = opts.Message;
      }
    };
    var LimitExceededException = class _LimitExceededException extends SecretsManagerServiceException2 {
      static shapeId = "com.amazonaws.secretsmanager#LimitExceededException";
      name = "LimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "LimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _LimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var MalformedPolicyDocumentException = class _MalformedPolicyDocumentException extends SecretsManagerServiceException2 {
      static shapeId = "com.amazonaws.secretsmanager#MalformedPolicyDocumentException";
      name = "MalformedPolicyDocumentException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MalformedPolicyDocumentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MalformedPolicyDocumentException.prototype);
        this.Message = opts.Message;
      }
    };
    var PreconditionNotMetException = class _PreconditionNotMetException extends SecretsManagerServiceException2 {
      static shapeId = "com.amazonaws.secretsmanager#PreconditionNotMetException";
      name = "PreconditionNotMetException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PreconditionNotMetException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PreconditionNotMetException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceExistsException = class _ResourceExistsException extends SecretsManagerServiceException2 {
      static shapeId = "com.amazonaws.secretsmanager#ResourceExistsException";
      name = "ResourceExistsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceExistsException.prototype);
        this.Message = opts.Message;
      }
    };
    var PublicPolicyException = class _PublicPolicyException extends SecretsManagerServiceException2 {
      static shapeId = "com.amazonaws.secretsmanager#PublicPolicyException";
      name = "PublicPolicyException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "PublicPolicyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PublicPolicyException.prototype);
        this.Message = opts.Message;
      }
    };
    var _AAD = "AutomaticallyAfterDays";
    var _APIELT = "APIErrorListType";
    var _APIET = "APIErrorType";
    var _ARN = "ARN";
    var _ARR = "AddReplicaRegions";
    var _ARRLT = "AddReplicaRegionListType";
    var _BGSV = "BatchGetSecretValue";
    var _BGSVR = "BatchGetSecretValueRequest";
    var _BGSVRa = "BatchGetSecretValueResponse";
    var _BPP = "BlockPublicPolicy";
    var _CD = "CreatedDate";
    var _CN = "CheckName";
    var _CRS = "CancelRotateSecret";
    var _CRSR = "CancelRotateSecretRequest";
    var _CRSRa = "CancelRotateSecretResponse";
    var _CRT = "ClientRequestToken";
    var _CS = "CreateSecret";
    var _CSR = "CreateSecretRequest";
    var _CSRr = "CreateSecretResponse";
    var _D = "Description";
    var _DD = "DeletionDate";
    var _DDe = "DeletedDate";
    var _DF = "DecryptionFailure";
    var _DRP = "DeleteResourcePolicy";
    var _DRPR = "DeleteResourcePolicyRequest";
    var _DRPRe = "DeleteResourcePolicyResponse";
    var _DS = "DeleteSecret";
    var _DSR = "DeleteSecretRequest";
    var _DSRe = "DeleteSecretResponse";
    var _DSRes = "DescribeSecretRequest";
    var _DSResc = "DescribeSecretResponse";
    var _DSe = "DescribeSecret";
    var _Du = "Duration";
    var _E = "Errors";
    var _EC = "ErrorCode";
    var _ECx = "ExcludeCharacters";
    var _EF = "EncryptionFailure";
    var _EL = "ExcludeLowercase";
    var _EM = "ErrorMessage";
    var _EN = "ExcludeNumbers";
    var _EP = "ExcludePunctuation";
    var _ESRM = "ExternalSecretRotationMetadata";
    var _ESRMI = "ExternalSecretRotationMetadataItem";
    var _ESRMT = "ExternalSecretRotationMetadataType";
    var _ESRRA = "ExternalSecretRotationRoleArn";
    var _EU = "ExcludeUppercase";
    var _F = "Filters";
    var _FDWR = "ForceDeleteWithoutRecovery";
    var _FLT = "FiltersListType";
    var _FORS = "ForceOverwriteReplicaSecret";
    var _Fi = "Filter";
    var _GRP = "GetRandomPassword";
    var _GRPR = "GetRandomPasswordRequest";
    var _GRPRe = "GetRandomPasswordResponse";
    var _GRPRet = "GetResourcePolicyRequest";
    var _GRPRete = "GetResourcePolicyResponse";
    var _GRPe = "GetResourcePolicy";
    var _GSV = "GetSecretValue";
    var _GSVR = "GetSecretValueRequest";
    var _GSVRe = "GetSecretValueResponse";
    var _ID = "IncludeDeprecated";
    var _INTE = "InvalidNextTokenException";
    var _IPD = "IncludePlannedDeletion";
    var _IPE = "InvalidParameterException";
    var _IRE = "InvalidRequestException";
    var _IS = "IncludeSpace";
    var _ISE = "InternalServiceError";
    var _K = "Key";
    var _KKI = "KmsKeyId";
    var _KKIm = "KmsKeyIds";
    var _LAD = "LastAccessedDate";
    var _LCD = "LastChangedDate";
    var _LEE = "LimitExceededException";
    var _LRD = "LastRotatedDate";
    var _LS = "ListSecrets";
    var _LSR = "ListSecretsRequest";
    var _LSRi = "ListSecretsResponse";
    var _LSVI = "ListSecretVersionIds";
    var _LSVIR = "ListSecretVersionIdsRequest";
    var _LSVIRi = "ListSecretVersionIdsResponse";
    var _M = "Message";
    var _MPDE = "MalformedPolicyDocumentException";
    var _MR = "MaxResults";
    var _MTVI = "MoveToVersionId";
    var _N = "Name";
    var _NRD = "NextRotationDate";
    var _NT = "NextToken";
    var _OS = "OwningService";
    var _PL = "PasswordLength";
    var _PNME = "PreconditionNotMetException";
    var _PPE = "PublicPolicyException";
    var _PR = "PrimaryRegion";
    var _PRP = "PutResourcePolicy";
    var _PRPR = "PutResourcePolicyRequest";
    var _PRPRu = "PutResourcePolicyResponse";
    var _PSV = "PutSecretValue";
    var _PSVR = "PutSecretValueRequest";
    var _PSVRu = "PutSecretValueResponse";
    var _PVP = "PolicyValidationPassed";
    var _R = "Region";
    var _RE = "RotationEnabled";
    var _REE = "ResourceExistsException";
    var _REIT = "RequireEachIncludedType";
    var _RFVI = "RemoveFromVersionId";
    var _RI = "RotateImmediately";
    var _RLARN = "RotationLambdaARN";
    var _RNFE = "ResourceNotFoundException";
    var _RP = "RandomPassword";
    var _RPT = "RandomPasswordType";
    var _RPe = "ResourcePolicy";
    var _RR = "RotationRules";
    var _RRFR = "RemoveRegionsFromReplication";
    var _RRFRR = "RemoveRegionsFromReplicationRequest";
    var _RRFRRe = "RemoveRegionsFromReplicationResponse";
    var _RRR = "RemoveReplicaRegions";
    var _RRT = "ReplicaRegionType";
    var _RRTo = "RotationRulesType";
    var _RS = "ReplicationStatus";
    var _RSLT = "ReplicationStatusListType";
    var _RSR = "RestoreSecretRequest";
    var _RSRe = "RestoreSecretResponse";
    var _RSRo = "RotateSecretRequest";
    var _RSRot = "RotateSecretResponse";
    var _RST = "ReplicationStatusType";
    var _RSTR = "ReplicateSecretToRegions";
    var _RSTRR = "ReplicateSecretToRegionsRequest";
    var _RSTRRe = "ReplicateSecretToRegionsResponse";
    var _RSe = "RestoreSecret";
    var _RSo = "RotateSecret";
    var _RT = "RotationToken";
    var _RTT = "RotationTokenType";
    var _RWID = "RecoveryWindowInDays";
    var _S = "Status";
    var _SB = "SecretBinary";
    var _SBT = "SecretBinaryType";
    var _SBo = "SortBy";
    var _SE = "ScheduleExpression";
    var _SI = "SecretId";
    var _SIL = "SecretIdList";
    var _SL = "SecretList";
    var _SLE = "SecretListEntry";
    var _SLT = "SecretListType";
    var _SM = "StatusMessage";
    var _SO = "SortOrder";
    var _SRTR = "StopReplicationToReplica";
    var _SRTRR = "StopReplicationToReplicaRequest";
    var _SRTRRt = "StopReplicationToReplicaResponse";
    var _SS = "SecretString";
    var _SST = "SecretStringType";
    var _SV = "SecretValues";
    var _SVE = "SecretValueEntry";
    var _SVLE = "SecretVersionsListEntry";
    var _SVLT = "SecretVersionsListType";
    var _SVT = "SecretValuesType";
    var _SVTS = "SecretVersionsToStages";
    var _SVTSMT = "SecretVersionsToStagesMapType";
    var _T = "Tags";
    var _TK = "TagKeys";
    var _TLT = "TagListType";
    var _TR = "TagResource";
    var _TRR = "TagResourceRequest";
    var _Ta = "Tag";
    var _Ty = "Type";
    var _UR = "UntagResource";
    var _URR = "UntagResourceRequest";
    var _US = "UpdateSecret";
    var _USR = "UpdateSecretRequest";
    var _USRp = "UpdateSecretResponse";
    var _USVS = "UpdateSecretVersionStage";
    var _USVSR = "UpdateSecretVersionStageRequest";
    var _USVSRp = "UpdateSecretVersionStageResponse";
    var _V = "Value";
    var _VE = "ValidationErrors";
    var _VEE = "ValidationErrorsEntry";
    var _VET = "ValidationErrorsType";
    var _VI = "VersionId";
    var _VITS = "VersionIdsToStages";
    var _VRP = "ValidateResourcePolicy";
    var _VRPR = "ValidateResourcePolicyRequest";
    var _VRPRa = "ValidateResourcePolicyResponse";
    var _VS = "VersionStage";
    var _VSe = "VersionStages";
    var _Va = "Values";
    var _Ve = "Versions";
    var _c = "client";
    var _e = "error";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.secretsmanager";
    var _se = "server";
    var n0 = "com.amazonaws.secretsmanager";
    var _s_registry = new TypeRegistry(_s);
    var SecretsManagerServiceException$ = [-3, _s, "SecretsManagerServiceException", 0, [], []];
    _s_registry.registerError(SecretsManagerServiceException$, SecretsManagerServiceException2);
    var n0_registry = new TypeRegistry(n0);
    var DecryptionFailure$ = [
      -3,
      n0,
      _DF,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(DecryptionFailure$, DecryptionFailure);
    var EncryptionFailure$ = [
      -3,
      n0,
      _EF,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(EncryptionFailure$, EncryptionFailure);
    var InternalServiceError$ = [
      -3,
      n0,
      _ISE,
      { [_e]: _se },
      [_M],
      [0]
    ];
    n0_registry.registerError(InternalServiceError$, InternalServiceError);
    var InvalidNextTokenException$ = [
      -3,
      n0,
      _INTE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidNextTokenException$, InvalidNextTokenException);
    var InvalidParameterException$ = [
      -3,
      n0,
      _IPE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidParameterException$, InvalidParameterException);
    var InvalidRequestException$ = [
      -3,
      n0,
      _IRE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidRequestException$, InvalidRequestException);
    var LimitExceededException$ = [
      -3,
      n0,
      _LEE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(LimitExceededException$, LimitExceededException);
    var MalformedPolicyDocumentException$ = [
      -3,
      n0,
      _MPDE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(MalformedPolicyDocumentException$, MalformedPolicyDocumentException);
    var PreconditionNotMetException$ = [
      -3,
      n0,
      _PNME,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(PreconditionNotMetException$, PreconditionNotMetException);
    var PublicPolicyException$ = [
      -3,
      n0,
      _PPE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(PublicPolicyException$, PublicPolicyException);
    var ResourceExistsException$ = [
      -3,
      n0,
      _REE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceExistsException$, ResourceExistsException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException2);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var RandomPasswordType = [0, n0, _RPT, 8, 0];
    var RotationTokenType = [0, n0, _RTT, 8, 0];
    var SecretBinaryType = [0, n0, _SBT, 8, 21];
    var SecretStringType = [0, n0, _SST, 8, 0];
    var APIErrorType$ = [
      3,
      n0,
      _APIET,
      0,
      [_SI, _EC, _M],
      [0, 0, 0]
    ];
    var BatchGetSecretValueRequest$ = [
      3,
      n0,
      _BGSVR,
      0,
      [_SIL, _F, _MR, _NT],
      [64 | 0, () => FiltersListType, 1, 0]
    ];
    var BatchGetSecretValueResponse$ = [
      3,
      n0,
      _BGSVRa,
      0,
      [_SV, _NT, _E],
      [[() => SecretValuesType, 0], 0, () => APIErrorListType]
    ];
    var CancelRotateSecretRequest$ = [
      3,
      n0,
      _CRSR,
      0,
      [_SI],
      [0],
      1
    ];
    var CancelRotateSecretResponse$ = [
      3,
      n0,
      _CRSRa,
      0,
      [_ARN, _N, _VI],
      [0, 0, 0]
    ];
    var CreateSecretRequest$ = [
      3,
      n0,
      _CSR,
      0,
      [_N, _CRT, _D, _KKI, _SB, _SS, _T, _ARR, _FORS, _Ty],
      [0, [0, 4], 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], () => TagListType, () => AddReplicaRegionListType, 2, 0],
      1
    ];
    var CreateSecretResponse$ = [
      3,
      n0,
      _CSRr,
      0,
      [_ARN, _N, _VI, _RS],
      [0, 0, 0, () => ReplicationStatusListType]
    ];
    var DeleteResourcePolicyRequest$ = [
      3,
      n0,
      _DRPR,
      0,
      [_SI],
      [0],
      1
    ];
    var DeleteResourcePolicyResponse$ = [
      3,
      n0,
      _DRPRe,
      0,
      [_ARN, _N],
      [0, 0]
    ];
    var DeleteSecretRequest$ = [
      3,
      n0,
      _DSR,
      0,
      [_SI, _RWID, _FDWR],
      [0, 1, 2],
      1
    ];
    var DeleteSecretResponse$ = [
      3,
      n0,
      _DSRe,
      0,
      [_ARN, _N, _DD],
      [0, 0, 4]
    ];
    var DescribeSecretRequest$ = [
      3,
      n0,
      _DSRes,
      0,
      [_SI],
      [0],
      1
    ];
    var DescribeSecretResponse$ = [
      3,
      n0,
      _DSResc,
      0,
      [_ARN, _N, _Ty, _D, _KKI, _RE, _RLARN, _RR, _ESRM, _ESRRA, _LRD, _LCD, _LAD, _DDe, _NRD, _T, _VITS, _OS, _CD, _PR, _RS],
      [0, 0, 0, 0, 0, 2, 0, () => RotationRulesType$, () => ExternalSecretRotationMetadataType, 0, 4, 4, 4, 4, 4, () => TagListType, [2, n0, _SVTSMT, 0, 0, 64 | 0], 0, 4, 0, () => ReplicationStatusListType]
    ];
    var ExternalSecretRotationMetadataItem$ = [
      3,
      n0,
      _ESRMI,
      0,
      [_K, _V],
      [0, 0]
    ];
    var Filter$ = [
      3,
      n0,
      _Fi,
      0,
      [_K, _Va],
      [0, 64 | 0]
    ];
    var GetRandomPasswordRequest$ = [
      3,
      n0,
      _GRPR,
      0,
      [_PL, _ECx, _EN, _EP, _EU, _EL, _IS, _REIT],
      [1, 0, 2, 2, 2, 2, 2, 2]
    ];
    var GetRandomPasswordResponse$ = [
      3,
      n0,
      _GRPRe,
      0,
      [_RP],
      [[() => RandomPasswordType, 0]]
    ];
    var GetResourcePolicyRequest$ = [
      3,
      n0,
      _GRPRet,
      0,
      [_SI],
      [0],
      1
    ];
    var GetResourcePolicyResponse$ = [
      3,
      n0,
      _GRPRete,
      0,
      [_ARN, _N, _RPe],
      [0, 0, 0]
    ];
    var GetSecretValueRequest$ = [
      3,
      n0,
      _GSVR,
      0,
      [_SI, _VI, _VS],
      [0, 0, 0],
      1
    ];
    var GetSecretValueResponse$ = [
      3,
      n0,
      _GSVRe,
      0,
      [_ARN, _N, _VI, _SB, _SS, _VSe, _CD],
      [0, 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], 64 | 0, 4]
    ];
    var ListSecretsRequest$ = [
      3,
      n0,
      _LSR,
      0,
      [_IPD, _MR, _NT, _F, _SO, _SBo],
      [2, 1, 0, () => FiltersListType, 0, 0]
    ];
    var ListSecretsResponse$ = [
      3,
      n0,
      _LSRi,
      0,
      [_SL, _NT],
      [() => SecretListType, 0]
    ];
    var ListSecretVersionIdsRequest$ = [
      3,
      n0,
      _LSVIR,
      0,
      [_SI, _MR, _NT, _ID],
      [0, 1, 0, 2],
      1
    ];
    var ListSecretVersionIdsResponse$ = [
      3,
      n0,
      _LSVIRi,
      0,
      [_Ve, _NT, _ARN, _N],
      [() => SecretVersionsListType, 0, 0, 0]
    ];
    var PutResourcePolicyRequest$ = [
      3,
      n0,
      _PRPR,
      0,
      [_SI, _RPe, _BPP],
      [0, 0, 2],
      2
    ];
    var PutResourcePolicyResponse$ = [
      3,
      n0,
      _PRPRu,
      0,
      [_ARN, _N],
      [0, 0]
    ];
    var PutSecretValueRequest$ = [
      3,
      n0,
      _PSVR,
      0,
      [_SI, _CRT, _SB, _SS, _VSe, _RT],
      [0, [0, 4], [() => SecretBinaryType, 0], [() => SecretStringType, 0], 64 | 0, [() => RotationTokenType, 0]],
      1
    ];
    var PutSecretValueResponse$ = [
      3,
      n0,
      _PSVRu,
      0,
      [_ARN, _N, _VI, _VSe],
      [0, 0, 0, 64 | 0]
    ];
    var RemoveRegionsFromReplicationRequest$ = [
      3,
      n0,
      _RRFRR,
      0,
      [_SI, _RRR],
      [0, 64 | 0],
      2
    ];
    var RemoveRegionsFromReplicationResponse$ = [
      3,
      n0,
      _RRFRRe,
      0,
      [_ARN, _RS],
      [0, () => ReplicationStatusListType]
    ];
    var ReplicaRegionType$ = [
      3,
      n0,
      _RRT,
      0,
      [_R, _KKI],
      [0, 0]
    ];
    var ReplicateSecretToRegionsRequest$ = [
      3,
      n0,
      _RSTRR,
      0,
      [_SI, _ARR, _FORS],
      [0, () => AddReplicaRegionListType, 2],
      2
    ];
    var ReplicateSecretToRegionsResponse$ = [
      3,
      n0,
      _RSTRRe,
      0,
      [_ARN, _RS],
      [0, () => ReplicationStatusListType]
    ];
    var ReplicationStatusType$ = [
      3,
      n0,
      _RST,
      0,
      [_R, _KKI, _S, _SM, _LAD],
      [0, 0, 0, 0, 4]
    ];
    var RestoreSecretRequest$ = [
      3,
      n0,
      _RSR,
      0,
      [_SI],
      [0],
      1
    ];
    var RestoreSecretResponse$ = [
      3,
      n0,
      _RSRe,
      0,
      [_ARN, _N],
      [0, 0]
    ];
    var RotateSecretRequest$ = [
      3,
      n0,
      _RSRo,
      0,
      [_SI, _CRT, _RLARN, _RR, _ESRM, _ESRRA, _RI],
      [0, [0, 4], 0, () => RotationRulesType$, () => ExternalSecretRotationMetadataType, 0, 2],
      1
    ];
    var RotateSecretResponse$ = [
      3,
      n0,
      _RSRot,
      0,
      [_ARN, _N, _VI],
      [0, 0, 0]
    ];
    var RotationRulesType$ = [
      3,
      n0,
      _RRTo,
      0,
      [_AAD, _Du, _SE],
      [1, 0, 0]
    ];
    var SecretListEntry$ = [
      3,
      n0,
      _SLE,
      0,
      [_ARN, _N, _Ty, _D, _KKI, _RE, _RLARN, _RR, _ESRM, _ESRRA, _LRD, _LCD, _LAD, _DDe, _NRD, _T, _SVTS, _OS, _CD, _PR],
      [0, 0, 0, 0, 0, 2, 0, () => RotationRulesType$, () => ExternalSecretRotationMetadataType, 0, 4, 4, 4, 4, 4, () => TagListType, [2, n0, _SVTSMT, 0, 0, 64 | 0], 0, 4, 0]
    ];
    var SecretValueEntry$ = [
      3,
      n0,
      _SVE,
      0,
      [_ARN, _N, _VI, _SB, _SS, _VSe, _CD],
      [0, 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], 64 | 0, 4]
    ];
    var SecretVersionsListEntry$ = [
      3,
      n0,
      _SVLE,
      0,
      [_VI, _VSe, _LAD, _CD, _KKIm],
      [0, 64 | 0, 4, 4, 64 | 0]
    ];
    var StopReplicationToReplicaRequest$ = [
      3,
      n0,
      _SRTRR,
      0,
      [_SI],
      [0],
      1
    ];
    var StopReplicationToReplicaResponse$ = [
      3,
      n0,
      _SRTRRt,
      0,
      [_ARN],
      [0]
    ];
    var Tag$ = [
      3,
      n0,
      _Ta,
      0,
      [_K, _V],
      [0, 0]
    ];
    var TagResourceRequest$ = [
      3,
      n0,
      _TRR,
      0,
      [_SI, _T],
      [0, () => TagListType],
      2
    ];
    var UntagResourceRequest$ = [
      3,
      n0,
      _URR,
      0,
      [_SI, _TK],
      [0, 64 | 0],
      2
    ];
    var UpdateSecretRequest$ = [
      3,
      n0,
      _USR,
      0,
      [_SI, _CRT, _D, _KKI, _SB, _SS, _Ty],
      [0, [0, 4], 0, 0, [() => SecretBinaryType, 0], [() => SecretStringType, 0], 0],
      1
    ];
    var UpdateSecretResponse$ = [
      3,
      n0,
      _USRp,
      0,
      [_ARN, _N, _VI],
      [0, 0, 0]
    ];
    var UpdateSecretVersionStageRequest$ = [
      3,
      n0,
      _USVSR,
      0,
      [_SI, _VS, _RFVI, _MTVI],
      [0, 0, 0, 0],
      2
    ];
    var UpdateSecretVersionStageResponse$ = [
      3,
      n0,
      _USVSRp,
      0,
      [_ARN, _N],
      [0, 0]
    ];
    var ValidateResourcePolicyRequest$ = [
      3,
      n0,
      _VRPR,
      0,
      [_RPe, _SI],
      [0, 0],
      1
    ];
    var ValidateResourcePolicyResponse$ = [
      3,
      n0,
      _VRPRa,
      0,
      [_PVP, _VE],
      [2, () => ValidationErrorsType]
    ];
    var ValidationErrorsEntry$ = [
      3,
      n0,
      _VEE,
      0,
      [_CN, _EM],
      [0, 0]
    ];
    var __Unit = "unit";
    var AddReplicaRegionListType = [
      1,
      n0,
      _ARRLT,
      0,
      () => ReplicaRegionType$
    ];
    var APIErrorListType = [
      1,
      n0,
      _APIELT,
      0,
      () => APIErrorType$
    ];
    var ExternalSecretRotationMetadataType = [
      1,
      n0,
      _ESRMT,
      0,
      () => ExternalSecretRotationMetadataItem$
    ];
    var FiltersListType = [
      1,
      n0,
      _FLT,
      0,
      () => Filter$
    ];
    var ReplicationStatusListType = [
      1,
      n0,
      _RSLT,
      0,
      () => ReplicationStatusType$
    ];
    var SecretListType = [
      1,
      n0,
      _SLT,
      0,
      () => SecretListEntry$
    ];
    var SecretValuesType = [
      1,
      n0,
      _SVT,
      0,
      [
        () => SecretValueEntry$,
        0
      ]
    ];
    var SecretVersionsListType = [
      1,
      n0,
      _SVLT,
      0,
      () => SecretVersionsListEntry$
    ];
    var TagListType = [
      1,
      n0,
      _TLT,
      0,
      () => Tag$
    ];
    var ValidationErrorsType = [
      1,
      n0,
      _VET,
      0,
      () => ValidationErrorsEntry$
    ];
    var BatchGetSecretValue$ = [
      9,
      n0,
      _BGSV,
      0,
      () => BatchGetSecretValueRequest$,
      () => BatchGetSecretValueResponse$
    ];
    var CancelRotateSecret$ = [
      9,
      n0,
      _CRS,
      0,
      () => CancelRotateSecretRequest$,
      () => CancelRotateSecretResponse$
    ];
    var CreateSecret$ = [
      9,
      n0,
      _CS,
      0,
      () => CreateSecretRequest$,
      () => CreateSecretResponse$
    ];
    var DeleteResourcePolicy$ = [
      9,
      n0,
      _DRP,
      0,
      () => DeleteResourcePolicyRequest$,
      () => DeleteResourcePolicyResponse$
    ];
    var DeleteSecret$ = [
      9,
      n0,
      _DS,
      0,
      () => DeleteSecretRequest$,
      () => DeleteSecretResponse$
    ];
    var DescribeSecret$ = [
      9,
      n0,
      _DSe,
      0,
      () => DescribeSecretRequest$,
      () => DescribeSecretResponse$
    ];
    var GetRandomPassword$ = [
      9,
      n0,
      _GRP,
      0,
      () => GetRandomPasswordRequest$,
      () => GetRandomPasswordResponse$
    ];
    var GetResourcePolicy$ = [
      9,
      n0,
      _GRPe,
      0,
      () => GetResourcePolicyRequest$,
      () => GetResourcePolicyResponse$
    ];
    var GetSecretValue$ = [
      9,
      n0,
      _GSV,
      0,
      () => GetSecretValueRequest$,
      () => GetSecretValueResponse$
    ];
    var ListSecrets$ = [
      9,
      n0,
      _LS,
      0,
      () => ListSecretsRequest$,
      () => ListSecretsResponse$
    ];
    var ListSecretVersionIds$ = [
      9,
      n0,
      _LSVI,
      0,
      () => ListSecretVersionIdsRequest$,
      () => ListSecretVersionIdsResponse$
    ];
    var PutResourcePolicy$ = [
      9,
      n0,
      _PRP,
      0,
      () => PutResourcePolicyRequest$,
      () => PutResourcePolicyResponse$
    ];
    var PutSecretValue$ = [
      9,
      n0,
      _PSV,
      0,
      () => PutSecretValueRequest$,
      () => PutSecretValueResponse$
    ];
    var RemoveRegionsFromReplication$ = [
      9,
      n0,
      _RRFR,
      0,
      () => RemoveRegionsFromReplicationRequest$,
      () => RemoveRegionsFromReplicationResponse$
    ];
    var ReplicateSecretToRegions$ = [
      9,
      n0,
      _RSTR,
      0,
      () => ReplicateSecretToRegionsRequest$,
      () => ReplicateSecretToRegionsResponse$
    ];
    var RestoreSecret$ = [
      9,
      n0,
      _RSe,
      0,
      () => RestoreSecretRequest$,
      () => RestoreSecretResponse$
    ];
    var RotateSecret$ = [
      9,
      n0,
      _RSo,
      0,
      () => RotateSecretRequest$,
      () => RotateSecretResponse$
    ];
    var StopReplicationToReplica$ = [
      9,
      n0,
      _SRTR,
      0,
      () => StopReplicationToReplicaRequest$,
      () => StopReplicationToReplicaResponse$
    ];
    var TagResource$ = [
      9,
      n0,
      _TR,
      0,
      () => TagResourceRequest$,
      () => __Unit
    ];
    var UntagResource$ = [
      9,
      n0,
      _UR,
      0,
      () => UntagResourceRequest$,
      () => __Unit
    ];
    var UpdateSecret$ = [
      9,
      n0,
      _US,
      0,
      () => UpdateSecretRequest$,
      () => UpdateSecretResponse$
    ];
    var UpdateSecretVersionStage$ = [
      9,
      n0,
      _USVS,
      0,
      () => UpdateSecretVersionStageRequest$,
      () => UpdateSecretVersionStageResponse$
    ];
    var ValidateResourcePolicy$ = [
      9,
      n0,
      _VRP,
      0,
      () => ValidateResourcePolicyRequest$,
      () => ValidateResourcePolicyResponse$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2017-10-17",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSecretsManagerHttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
          {
            schemeId: "aws.auth#sigv4",
            identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
            signer: new AwsSdkSigV4Signer()
          }
        ],
        logger: config?.logger ?? new NoOpLogger(),
        protocol: config?.protocol ?? AwsJson1_1Protocol,
        protocolSettings: config?.protocolSettings ?? {
          defaultNamespace: "com.amazonaws.secretsmanager",
          errorTypeRegistries,
          version: "2017-10-17",
          serviceTarget: "secretsmanager"
        },
        serviceId: config?.serviceId ?? "Secrets Manager",
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 3e5),
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
    var SecretsManagerClient2 = class extends Client {
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
          httpAuthSchemeParametersProvider: defaultSecretsManagerHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "secretsmanager", "SecretsManagerClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var BatchGetSecretValueCommand = class extends command(_ep0, _mw0, "BatchGetSecretValue", BatchGetSecretValue$) {
    };
    var CancelRotateSecretCommand = class extends command(_ep0, _mw0, "CancelRotateSecret", CancelRotateSecret$) {
    };
    var CreateSecretCommand = class extends command(_ep0, _mw0, "CreateSecret", CreateSecret$) {
    };
    var DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
    };
    var DeleteSecretCommand = class extends command(_ep0, _mw0, "DeleteSecret", DeleteSecret$) {
    };
    var DescribeSecretCommand = class extends command(_ep0, _mw0, "DescribeSecret", DescribeSecret$) {
    };
    var GetRandomPasswordCommand = class extends command(_ep0, _mw0, "GetRandomPassword", GetRandomPassword$) {
    };
    var GetResourcePolicyCommand = class extends command(_ep0, _mw0, "GetResourcePolicy", GetResourcePolicy$) {
    };
    var GetSecretValueCommand2 = class extends command(_ep0, _mw0, "GetSecretValue", GetSecretValue$) {
    };
    var ListSecretsCommand = class extends command(_ep0, _mw0, "ListSecrets", ListSecrets$) {
    };
    var ListSecretVersionIdsCommand = class extends command(_ep0, _mw0, "ListSecretVersionIds", ListSecretVersionIds$) {
    };
    var PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
    };
    var PutSecretValueCommand = class extends command(_ep0, _mw0, "PutSecretValue", PutSecretValue$) {
    };
    var RemoveRegionsFromReplicationCommand = class extends command(_ep0, _mw0, "RemoveRegionsFromReplication", RemoveRegionsFromReplication$) {
    };
    var ReplicateSecretToRegionsCommand = class extends command(_ep0, _mw0, "ReplicateSecretToRegions", ReplicateSecretToRegions$) {
    };
    var RestoreSecretCommand = class extends command(_ep0, _mw0, "RestoreSecret", RestoreSecret$) {
    };
    var RotateSecretCommand = class extends command(_ep0, _mw0, "RotateSecret", RotateSecret$) {
    };
    var StopReplicationToReplicaCommand = class extends command(_ep0, _mw0, "StopReplicationToReplica", StopReplicationToReplica$) {
    };
    var TagResourceCommand = class extends command(_ep0, _mw0, "TagResource", TagResource$) {
    };
    var UntagResourceCommand = class extends command(_ep0, _mw0, "UntagResource", UntagResource$) {
    };
    var UpdateSecretCommand = class extends command(_ep0, _mw0, "UpdateSecret", UpdateSecret$) {
    };
    var UpdateSecretVersionStageCommand = class extends command(_ep0, _mw0, "UpdateSecretVersionStage", UpdateSecretVersionStage$) {
    };
    var ValidateResourcePolicyCommand = class extends command(_ep0, _mw0, "ValidateResourcePolicy", ValidateResourcePolicy$) {
    };
    var paginateBatchGetSecretValue = createPaginator(SecretsManagerClient2, BatchGetSecretValueCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListSecrets = createPaginator(SecretsManagerClient2, ListSecretsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListSecretVersionIds = createPaginator(SecretsManagerClient2, ListSecretVersionIdsCommand, "NextToken", "NextToken", "MaxResults");
    var commands = {
      BatchGetSecretValueCommand,
      CancelRotateSecretCommand,
      CreateSecretCommand,
      DeleteResourcePolicyCommand,
      DeleteSecretCommand,
      DescribeSecretCommand,
      GetRandomPasswordCommand,
      GetResourcePolicyCommand,
      GetSecretValueCommand: GetSecretValueCommand2,
      ListSecretsCommand,
      ListSecretVersionIdsCommand,
      PutResourcePolicyCommand,
      PutSecretValueCommand,
      RemoveRegionsFromReplicationCommand,
      ReplicateSecretToRegionsCommand,
      RestoreSecretCommand,
      RotateSecretCommand,
      StopReplicationToReplicaCommand,
      TagResourceCommand,
      UntagResourceCommand,
      UpdateSecretCommand,
      UpdateSecretVersionStageCommand,
      ValidateResourcePolicyCommand
    };
    var paginators = {
      paginateBatchGetSecretValue,
      paginateListSecrets,
      paginateListSecretVersionIds
    };
    var SecretsManager = class extends SecretsManagerClient2 {
    };
    createAggregatedClient(commands, SecretsManager, { paginators });
    var FilterNameStringType = {
      all: "all",
      description: "description",
      name: "name",
      owning_service: "owning-service",
      primary_region: "primary-region",
      tag_key: "tag-key",
      tag_value: "tag-value"
    };
    var StatusType = {
      Failed: "Failed",
      InProgress: "InProgress",
      InSync: "InSync"
    };
    var SortByType = {
      created_date: "created-date",
      last_accessed_date: "last-accessed-date",
      last_changed_date: "last-changed-date",
      name: "name"
    };
    var SortOrderType = {
      asc: "asc",
      desc: "desc"
    };
    exports.APIErrorType$ = APIErrorType$;
    exports.BatchGetSecretValue$ = BatchGetSecretValue$;
    exports.BatchGetSecretValueCommand = BatchGetSecretValueCommand;
    exports.BatchGetSecretValueRequest$ = BatchGetSecretValueRequest$;
    exports.BatchGetSecretValueResponse$ = BatchGetSecretValueResponse$;
    exports.CancelRotateSecret$ = CancelRotateSecret$;
    exports.CancelRotateSecretCommand = CancelRotateSecretCommand;
    exports.CancelRotateSecretRequest$ = CancelRotateSecretRequest$;
    exports.CancelRotateSecretResponse$ = CancelRotateSecretResponse$;
    exports.CreateSecret$ = CreateSecret$;
    exports.CreateSecretCommand = CreateSecretCommand;
    exports.CreateSecretRequest$ = CreateSecretRequest$;
    exports.CreateSecretResponse$ = CreateSecretResponse$;
    exports.DecryptionFailure = DecryptionFailure;
    exports.DecryptionFailure$ = DecryptionFailure$;
    exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
    exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
    exports.DeleteResourcePolicyRequest$ = DeleteResourcePolicyRequest$;
    exports.DeleteResourcePolicyResponse$ = DeleteResourcePolicyResponse$;
    exports.DeleteSecret$ = DeleteSecret$;
    exports.DeleteSecretCommand = DeleteSecretCommand;
    exports.DeleteSecretRequest$ = DeleteSecretRequest$;
    exports.DeleteSecretResponse$ = DeleteSecretResponse$;
    exports.DescribeSecret$ = DescribeSecret$;
    exports.DescribeSecretCommand = DescribeSecretCommand;
    exports.DescribeSecretRequest$ = DescribeSecretRequest$;
    exports.DescribeSecretResponse$ = DescribeSecretResponse$;
    exports.EncryptionFailure = EncryptionFailure;
    exports.EncryptionFailure$ = EncryptionFailure$;
    exports.ExternalSecretRotationMetadataItem$ = ExternalSecretRotationMetadataItem$;
    exports.Filter$ = Filter$;
    exports.FilterNameStringType = FilterNameStringType;
    exports.GetRandomPassword$ = GetRandomPassword$;
    exports.GetRandomPasswordCommand = GetRandomPasswordCommand;
    exports.GetRandomPasswordRequest$ = GetRandomPasswordRequest$;
    exports.GetRandomPasswordResponse$ = GetRandomPasswordResponse$;
    exports.GetResourcePolicy$ = GetResourcePolicy$;
    exports.GetResourcePolicyCommand = GetResourcePolicyCommand;
    exports.GetResourcePolicyRequest$ = GetResourcePolicyRequest$;
    exports.GetResourcePolicyResponse$ = GetResourcePolicyResponse$;
    exports.GetSecretValue$ = GetSecretValue$;
    exports.GetSecretValueCommand = GetSecretValueCommand2;
    exports.GetSecretValueRequest$ = GetSecretValueRequest$;
    exports.GetSecretValueResponse$ = GetSecretValueResponse$;
    exports.InternalServiceError = InternalServiceError;
    exports.InternalServiceError$ = InternalServiceError$;
    exports.InvalidNextTokenException = InvalidNextTokenException;
    exports.InvalidNextTokenException$ = InvalidNextTokenException$;
    exports.InvalidParameterException = InvalidParameterException;
    exports.InvalidParameterException$ = InvalidParameterException$;
    exports.InvalidRequestException = InvalidRequestException;
    exports.InvalidRequestException$ = InvalidRequestException$;
    exports.LimitExceededException = LimitExceededException;
    exports.LimitExceededException$ = LimitExceededException$;
    exports.ListSecretVersionIds$ = ListSecretVersionIds$;
    exports.ListSecretVersionIdsCommand = ListSecretVersionIdsCommand;
    exports.ListSecretVersionIdsRequest$ = ListSecretVersionIdsRequest$;
    exports.ListSecretVersionIdsResponse$ = ListSecretVersionIdsResponse$;
    exports.ListSecrets$ = ListSecrets$;
    exports.ListSecretsCommand = ListSecretsCommand;
    exports.ListSecretsRequest$ = ListSecretsRequest$;
    exports.ListSecretsResponse$ = ListSecretsResponse$;
    exports.MalformedPolicyDocumentException = MalformedPolicyDocumentException;
    exports.MalformedPolicyDocumentException$ = MalformedPolicyDocumentException$;
    exports.PreconditionNotMetException = PreconditionNotMetException;
    exports.PreconditionNotMetException$ = PreconditionNotMetException$;
    exports.PublicPolicyException = PublicPolicyException;
    exports.PublicPolicyException$ = PublicPolicyException$;
    exports.PutResourcePolicy$ = PutResourcePolicy$;
    exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
    exports.PutResourcePolicyRequest$ = PutResourcePolicyRequest$;
    exports.PutResourcePolicyResponse$ = PutResourcePolicyResponse$;
    exports.PutSecretValue$ = PutSecretValue$;
    exports.PutSecretValueCommand = PutSecretValueCommand;
    exports.PutSecretValueRequest$ = PutSecretValueRequest$;
    exports.PutSecretValueResponse$ = PutSecretValueResponse$;
    exports.RemoveRegionsFromReplication$ = RemoveRegionsFromReplication$;
    exports.RemoveRegionsFromReplicationCommand = RemoveRegionsFromReplicationCommand;
    exports.RemoveRegionsFromReplicationRequest$ = RemoveRegionsFromReplicationRequest$;
    exports.RemoveRegionsFromReplicationResponse$ = RemoveRegionsFromReplicationResponse$;
    exports.ReplicaRegionType$ = ReplicaRegionType$;
    exports.ReplicateSecretToRegions$ = ReplicateSecretToRegions$;
    exports.ReplicateSecretToRegionsCommand = ReplicateSecretToRegionsCommand;
    exports.ReplicateSecretToRegionsRequest$ = ReplicateSecretToRegionsRequest$;
    exports.ReplicateSecretToRegionsResponse$ = ReplicateSecretToRegionsResponse$;
    exports.ReplicationStatusType$ = ReplicationStatusType$;
    exports.ResourceExistsException = ResourceExistsException;
    exports.ResourceExistsException$ = ResourceExistsException$;
    exports.ResourceNotFoundException = ResourceNotFoundException2;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.RestoreSecret$ = RestoreSecret$;
    exports.RestoreSecretCommand = RestoreSecretCommand;
    exports.RestoreSecretRequest$ = RestoreSecretRequest$;
    exports.RestoreSecretResponse$ = RestoreSecretResponse$;
    exports.RotateSecret$ = RotateSecret$;
    exports.RotateSecretCommand = RotateSecretCommand;
    exports.RotateSecretRequest$ = RotateSecretRequest$;
    exports.RotateSecretResponse$ = RotateSecretResponse$;
    exports.RotationRulesType$ = RotationRulesType$;
    exports.SecretListEntry$ = SecretListEntry$;
    exports.SecretValueEntry$ = SecretValueEntry$;
    exports.SecretVersionsListEntry$ = SecretVersionsListEntry$;
    exports.SecretsManager = SecretsManager;
    exports.SecretsManagerClient = SecretsManagerClient2;
    exports.SecretsManagerServiceException = SecretsManagerServiceException2;
    exports.SecretsManagerServiceException$ = SecretsManagerServiceException$;
    exports.SortByType = SortByType;
    exports.SortOrderType = SortOrderType;
    exports.StatusType = StatusType;
    exports.StopReplicationToReplica$ = StopReplicationToReplica$;
    exports.StopReplicationToReplicaCommand = StopReplicationToReplicaCommand;
    exports.StopReplicationToReplicaRequest$ = StopReplicationToReplicaRequest$;
    exports.StopReplicationToReplicaResponse$ = StopReplicationToReplicaResponse$;
    exports.Tag$ = Tag$;
    exports.TagResource$ = TagResource$;
    exports.TagResourceCommand = TagResourceCommand;
    exports.TagResourceRequest$ = TagResourceRequest$;
    exports.UntagResource$ = UntagResource$;
    exports.UntagResourceCommand = UntagResourceCommand;
    exports.UntagResourceRequest$ = UntagResourceRequest$;
    exports.UpdateSecret$ = UpdateSecret$;
    exports.UpdateSecretCommand = UpdateSecretCommand;
    exports.UpdateSecretRequest$ = UpdateSecretRequest$;
    exports.UpdateSecretResponse$ = UpdateSecretResponse$;
    exports.UpdateSecretVersionStage$ = UpdateSecretVersionStage$;
    exports.UpdateSecretVersionStageCommand = UpdateSecretVersionStageCommand;
    exports.UpdateSecretVersionStageRequest$ = UpdateSecretVersionStageRequest$;
    exports.UpdateSecretVersionStageResponse$ = UpdateSecretVersionStageResponse$;
    exports.ValidateResourcePolicy$ = ValidateResourcePolicy$;
    exports.ValidateResourcePolicyCommand = ValidateResourcePolicyCommand;
    exports.ValidateResourcePolicyRequest$ = ValidateResourcePolicyRequest$;
    exports.ValidateResourcePolicyResponse$ = ValidateResourcePolicyResponse$;
    exports.ValidationErrorsEntry$ = ValidationErrorsEntry$;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateBatchGetSecretValue = paginateBatchGetSecretValue;
    exports.paginateListSecretVersionIds = paginateListSecretVersionIds;
    exports.paginateListSecrets = paginateListSecrets;
  }
});

// src/phases/migrate/compare.ts
function compareWithHistory(files, rows) {
  const applied = rows.filter((r) => r.success);
  const byVersion = new Map(applied.map((r) => [r.version, r]));
  const fileVersions = new Set(files.map((f) => f.version));
  const highest = applied.reduce(
    (max, r) => max === void 0 || r.version > max.version ? r : max,
    void 0
  );
  const comparison = {
    applied,
    pending: [],
    changed: [],
    outOfOrder: [],
    missing: applied.filter((r) => !fileVersions.has(r.version)),
    retried: rows.filter((r) => !r.success && fileVersions.has(r.version))
  };
  for (const file of files) {
    const row = byVersion.get(file.version);
    if (row) {
      if (row.checksum !== file.checksum) comparison.changed.push({ file, row });
      continue;
    }
    comparison.pending.push(file);
    if (highest && highest.version > file.version) comparison.outOfOrder.push({ file, highest });
  }
  return comparison;
}
function changedMessage(change) {
  return `${change.file.fileName} changed after it was applied: the history records checksum ${change.row.checksum} (applied ${change.row.appliedAt} by ${change.row.appliedBy}), the file now has ${change.file.checksum}`;
}
function outOfOrderMessage(file, highestVersion2) {
  return `${file.fileName} (version ${file.version}) is pending, but version ${highestVersion2} is already applied: applying it now would run it after newer migrations it may conflict with`;
}
function repairCommand(target) {
  const words = ["phasegate", "migrate", "repair", target.planFile];
  if (target.phaseId) words.push("--phase", target.phaseId);
  if (target.environment) words.push("--env", target.environment);
  return words.map(shellWord).join(" ");
}
function shellWord(word) {
  return /^[\w./:@%+=,-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function repairTarget(ctx) {
  return { planFile: ctx.plan.file, phaseId: ctx.phase?.id, environment: ctx.run.environment };
}
function changedHint(command) {
  return `write a new migration instead of editing an applied one; if the edit was deliberate (a comment, say), accept the new checksum with ${command}, or set repair: true for one run`;
}
var OUT_OF_ORDER_HINT = "give the file a version above the highest applied one, or set out-of-order: true if it is independent of the newer ones";
function refusals(comparison, config, target) {
  const messages = [];
  const hints = /* @__PURE__ */ new Set();
  if (!config.repair) {
    const command = repairCommand(target);
    for (const change of comparison.changed)
      messages.push(`${changedMessage(change)}; if the edit was deliberate, run ${command}`);
    if (comparison.changed.length > 0) hints.add(changedHint(command));
  }
  if (!config["out-of-order"]) {
    for (const o of comparison.outOfOrder)
      messages.push(outOfOrderMessage(o.file, o.highest.version));
    if (comparison.outOfOrder.length > 0) hints.add(OUT_OF_ORDER_HINT);
  }
  return { messages, hints: [...hints] };
}
function refuseIfNeeded(comparison, config, target) {
  const { messages, hints } = refusals(comparison, config, target);
  if (messages.length === 0) return;
  const first = messages[0];
  throw new PhaseFailure(
    messages.length === 1 ? first : `${messages.length} problems, nothing was applied: ${first}; \u2026`,
    {
      details: `Nothing was applied.

${messages.map((m) => `- ${m}`).join("\n")}`,
      hint: hints.join("; ")
    }
  );
}
function decideInsideLock(file, state, config) {
  if (state.appliedChecksum !== void 0) {
    if (state.appliedChecksum === file.checksum) return "skip";
    throw new PhaseFailure(
      `${file.fileName} was just applied by another runner with a different content: checksum ${state.appliedChecksum} there, ${file.checksum} here`,
      { hint: "make every runner use the same commit" }
    );
  }
  if (state.highest !== void 0 && state.highest > file.version && !config["out-of-order"])
    throw new PhaseFailure(outOfOrderMessage(file, state.highest), { hint: OUT_OF_ORDER_HINT });
  return "apply";
}
function warningsOf(comparison) {
  return [
    ...comparison.missing.map(
      (r) => `version ${r.version} (${r.fileName}) is in the history but its file is gone`
    ),
    ...comparison.retried.map(
      (r) => `${r.fileName} failed part-way in an earlier run (no transaction): it runs again from its first statement`
    )
  ];
}

// src/phases/migrate/directory.ts
async function loadMigrations(directory, planFile, log) {
  const found = await locate(directory, planFile, {
    kind: "directory",
    name: "the migrations directory"
  });
  const prepared = await prepareMigrations(found);
  const errors = prepared.diagnostics.filter((d) => d.severity === "error");
  for (const warning of prepared.diagnostics.filter((d) => d.severity === "warning"))
    log.warning(warning.message, warning.position);
  for (const error of errors) log.error(formatDiagnostic(error), error.position);
  if (errors.length > 0) throw filesRefused(errors);
  return prepared;
}
function classifyForServer(prepared, serverMajorVersion, log) {
  if (serverMajorVersion === void 0 || serverMajorVersion >= 12) return prepared;
  const seen = new Set(prepared.diagnostics.map(diagnosticKey));
  const again = prepared.migrations.map((m) => prepareMigration(m, { serverMajorVersion }));
  const fresh = again.flatMap((p) => p.diagnostics).filter((d) => !seen.has(diagnosticKey(d)));
  for (const warning of fresh.filter((d) => d.severity === "warning"))
    log.warning(warning.message, warning.position);
  const errors = fresh.filter((d) => d.severity === "error");
  for (const error of errors) log.error(formatDiagnostic(error), error.position);
  if (errors.length > 0) throw filesRefused(errors);
  return {
    ...prepared,
    migrations: again.map((p) => p.migration),
    diagnostics: [...prepared.diagnostics, ...fresh]
  };
}
function diagnosticKey(d) {
  return JSON.stringify([d.severity, d.message, d.position]);
}
function filesRefused(errors) {
  const first = errors[0];
  const where = first.position ? `${shownPath(first.position.file)}:${first.position.line}: ` : "";
  const summary = errors.length === 1 ? `a migration file is refused: ${where}${first.message}` : `${errors.length} problems in the migration files, first: ${where}${first.message}`;
  return new PhaseFailure(summary, {
    details: ["Nothing was applied.", "", "```", ...errors.map(formatDiagnostic), "```"].join("\n"),
    ...first.hint ? { hint: first.hint } : {}
  });
}

// src/phases/migrate/lock.ts
import { createHash } from "node:crypto";
var LEASE_ID = "migrate";
function lockKey(names) {
  const digest = createHash("sha256").update(`phasegate:${names.history}`).digest();
  return digest.readBigInt64BE(0).toString();
}
function lockStatement(key) {
  return `SELECT pg_advisory_xact_lock(${BigInt(key).toString()})`;
}
async function readLockedState(tx, names, version, owner) {
  const result = await tx.execute(
    `SELECT
  (SELECT checksum FROM ${names.history} WHERE version = :version AND success) AS applied_checksum,
  (SELECT max(version) FROM ${names.history} WHERE success) AS highest,
  (SELECT owner FROM ${names.lease}
    WHERE id = '${LEASE_ID}' AND expires_at > now() AND owner <> :owner) AS lease_owner`,
    { params: { version, owner } }
  );
  const row = result.rows[0] ?? {};
  const text = (v) => v === null || v === void 0 ? void 0 : String(v);
  const highest = text(row.highest);
  return {
    appliedChecksum: text(row.applied_checksum),
    highest: highest === void 0 ? void 0 : Number(highest),
    leaseOwner: text(row.lease_owner)
  };
}
async function takeLease(tx, names, owner, durationMs) {
  const taken = await tx.execute(
    `INSERT INTO ${names.lease} AS l (id, owner, expires_at)
VALUES ('${LEASE_ID}', :owner, now() + make_interval(secs => :seconds))
ON CONFLICT (id) DO UPDATE SET owner = EXCLUDED.owner, expires_at = EXCLUDED.expires_at
WHERE l.expires_at <= now() OR l.owner = EXCLUDED.owner`,
    { params: { owner, seconds: Math.ceil(durationMs / 1e3) } }
  );
  if (taken.rowsAffected === 1) return { taken: true };
  const held = await tx.execute(
    `SELECT owner, expires_at::text AS expires_at FROM ${names.lease} WHERE id = '${LEASE_ID}'`
  );
  const row = held.rows[0] ?? {};
  return { taken: false, holder: String(row.owner), expiresAt: String(row.expires_at) };
}
async function renewLease(session, names, owner, durationMs) {
  const result = await session.execute(
    `UPDATE ${names.lease} SET expires_at = now() + make_interval(secs => :seconds)
WHERE id = '${LEASE_ID}' AND owner = :owner`,
    { params: { owner, seconds: Math.ceil(durationMs / 1e3) } }
  );
  return result.rowsAffected === 1;
}
async function releaseLease(session, names, owner) {
  await session.execute(`DELETE FROM ${names.lease} WHERE id = '${LEASE_ID}' AND owner = :owner`, {
    params: { owner },
    cleanup: true
  });
}
async function readLease(session, names) {
  try {
    const { rows } = await session.execute(
      `SELECT owner, expires_at::text AS expires_at FROM ${names.lease} WHERE id = '${LEASE_ID}'`
    );
    const row = rows[0];
    return row ? { owner: String(row.owner), expiresAt: String(row.expires_at) } : void 0;
  } catch (error) {
    if (isUndefinedTable(error)) return void 0;
    throw error;
  }
}

// src/phases/migrate/history.ts
function historyDdl(names) {
  return [
    `CREATE SCHEMA IF NOT EXISTS ${names.schema}`,
    `CREATE TABLE IF NOT EXISTS ${names.history} (
  version bigint PRIMARY KEY,
  description text NOT NULL,
  file_name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by text NOT NULL,
  execution_ms integer NOT NULL,
  statements integer NOT NULL,
  success boolean NOT NULL
)`,
    `CREATE TABLE IF NOT EXISTS ${names.lease} (
  id text PRIMARY KEY,
  owner text NOT NULL,
  expires_at timestamptz NOT NULL
)`
  ];
}
var COLUMNS = `version, description, file_name, checksum, applied_at::text AS applied_at,
  applied_by, execution_ms, statements, success`;
async function readHistory(session, names) {
  try {
    const result = await session.execute(
      `SELECT ${COLUMNS} FROM ${names.history} ORDER BY version`
    );
    return result.rows.map(toHistoryRow);
  } catch (error) {
    if (isUndefinedTable(error)) return void 0;
    throw error;
  }
}
function toHistoryRow(row) {
  return {
    version: Number(row.version),
    description: String(row.description ?? ""),
    fileName: String(row.file_name ?? ""),
    checksum: String(row.checksum ?? ""),
    appliedAt: String(row.applied_at ?? ""),
    appliedBy: String(row.applied_by ?? ""),
    executionMs: Number(row.execution_ms ?? 0),
    statements: Number(row.statements ?? 0),
    success: row.success === true || row.success === "t" || row.success === "true"
  };
}
async function recordFile(session, names, row) {
  await session.execute(
    `INSERT INTO ${names.history} AS h
  (version, description, file_name, checksum, applied_by, execution_ms, statements, success)
VALUES (:version, :description, :file_name, :checksum, :applied_by, :execution_ms, :statements, :success)
ON CONFLICT (version) DO UPDATE SET
  description = EXCLUDED.description, file_name = EXCLUDED.file_name,
  checksum = EXCLUDED.checksum, applied_at = now(), applied_by = EXCLUDED.applied_by,
  execution_ms = EXCLUDED.execution_ms, statements = EXCLUDED.statements,
  success = EXCLUDED.success
WHERE NOT h.success`,
    {
      params: {
        version: row.version,
        description: row.description,
        file_name: row.fileName,
        checksum: row.checksum,
        applied_by: row.appliedBy,
        execution_ms: Math.round(row.executionMs),
        statements: row.statements,
        success: row.success
      },
      noResend: true
    }
  ).then((result) => {
    if (result.rowsAffected !== 1)
      throw new Error(`version ${row.version} is already recorded as applied`);
  });
}
async function createHistoryTables(executor, names, lockKey2, schema) {
  const tx = await executor.begin();
  try {
    await tx.execute(lockStatement(lockKey2));
    const exists = await tx.execute("SELECT to_regnamespace(:schema) IS NOT NULL AS found", {
      params: { schema }
    });
    const [createSchema, ...tables] = historyDdl(names);
    if (exists.rows[0]?.found !== true && createSchema) await tx.execute(createSchema);
    for (const ddl of tables) await tx.execute(ddl);
    await tx.commit();
  } catch (error) {
    await tx.rollback().catch(() => void 0);
    throw interruptedIfTimedOut(error);
  }
}

// src/phases/migrate/inspect.ts
async function inspect(deps) {
  const loaded = await loadMigrations(deps.config.directory, deps.planFile, deps.log);
  const wake = {
    timeoutMs: deps.config["resume-timeout"],
    firstBackoffMs: deps.config["poll-interval"],
    signal: deps.signal,
    log: deps.log
  };
  const again = (what, read) => restartingOnFaults(what, () => read().catch((e) => Promise.reject(interruptedIfTimedOut(e))), {
    log: deps.log,
    signal: deps.signal
  });
  const serverMajorVersion = await again("waking the cluster", () => wakeUp(deps.executor, wake));
  deps.log.debug(`${deps.executor.target}: PostgreSQL ${serverMajorVersion ?? "version unknown"}`);
  const prepared = classifyForServer(loaded, serverMajorVersion, deps.log);
  const rows = await again(
    "reading the history",
    () => whileWaking("reading the history", () => readHistory(deps.executor, deps.names), wake)
  );
  const comparison = compareWithHistory(prepared.migrations, rows ?? []);
  const findings = lintMigrations(
    comparison.pending.map((f) => ({ path: f.path, statements: f.statements })),
    { failOn: deps.config["fail-on"] }
  );
  for (const finding of findings.filter((f) => f.severity === "warning")) {
    const d = findingToDiagnostic(finding);
    deps.log.warning(d.message, d.position);
  }
  return { prepared, rows, comparison, findings };
}
function refuseFindings(findings, details2) {
  const errors = findings.filter((f) => f.severity === "error");
  if (errors.length === 0) return;
  const first = errors[0];
  const where = `${first.file.split(/[\\/]/).at(-1)}: statement ${first.statement} (line ${first.line})`;
  throw new PhaseFailure(
    `refused by fail-on [${first.rule}]: ${where}: ${first.message}` + (errors.length > 1 ? ` (and ${errors.length - 1} more)` : ""),
    {
      details: `Nothing was applied.

${details2}`,
      hint: `rewrite the statement, or remove ${first.rule} from fail-on if it is intended`
    }
  );
}
function highestVersion(rows) {
  const versions = rows.filter((r) => r.success).map((r) => r.version);
  return versions.length === 0 ? void 0 : Math.max(...versions);
}

// src/phases/migrate/report.ts
function emptySummary(target, history) {
  return {
    target,
    history,
    applied: [],
    skipped: [],
    pending: [],
    repaired: [],
    findings: [],
    warnings: [],
    currentVersion: void 0
  };
}
function outputsOf(summary) {
  return {
    applied: String(summary.applied.length),
    pending: String(summary.pending.length),
    "current-version": summary.currentVersion === void 0 ? "" : String(summary.currentVersion)
  };
}
function runReport(summary) {
  const n = summary.applied.length;
  const headline = n === 0 ? "up to date" : `${plural(n, "file")} applied (${plural(totalStatements(summary), "statement")})`;
  return {
    summary: `${headline}, version ${summary.currentVersion ?? "none"}`,
    outputs: outputsOf(summary),
    details: details(summary, `**${headline}** on ${summary.target}.`)
  };
}
function planReport(summary) {
  const n = summary.pending.length;
  const statements = summary.pending.reduce((sum, f) => sum + f.statements.length, 0);
  const headline = n === 0 ? "up to date, nothing to apply" : `would apply ${plural(n, "file")} (${plural(statements, "statement")})`;
  return {
    summary: headline,
    outputs: outputsOf(summary),
    plan: migratePlan(summary)
  };
}
function migratePlan(summary) {
  const history = planItem(
    `history ${summary.history} on ${summary.target}: current version ${summary.currentVersion ?? "none"}`,
    [
      ...summary.repaired.map(
        (r) => `would repair the checksum of ${r.file.fileName}: ${shortChecksum(r.row.checksum)} \u2192 ${shortChecksum(r.file.checksum)}`
      ),
      ...summary.warnings.map((w) => `warning: ${w}`)
    ]
  );
  const files = summary.pending.map((f) => {
    const findings = summary.findings.filter((x) => x.file === f.path);
    return planItem(
      `${f.fileName}: version ${f.version}, ${plural(f.statements.length, "statement")}, ${modeText(f)}`,
      findings.map(
        (x) => `lint ${x.severity} ${x.rule} line ${x.line} (statement ${x.statement}): ${x.message}`
      ),
      [{ label: "SQL", language: "sql", text: f.content.trimEnd() }]
    );
  });
  return {
    changes: summary.pending.length > 0 || summary.repaired.length > 0,
    items: [history, ...files]
  };
}
function modeText(f) {
  if (f.transaction.mode === "transaction") return "in one transaction";
  return f.transaction.declared ? "outside a transaction (phasegate:no-transaction)" : "outside a transaction (a statement that cannot run in one)";
}
function totalStatements(summary) {
  return summary.applied.reduce((sum, a) => sum + a.file.statements.length, 0);
}
function details(summary, headline) {
  const sections = [
    `${headline} History: \`${summary.history}\`, current version: ${summary.currentVersion ?? "none"}.`,
    appliedTable(summary.applied),
    fileList("Pending", summary.pending),
    skippedList(summary.skipped),
    repairedList(summary.repaired),
    findingList(summary.findings),
    summary.warnings.length > 0 ? `**Warnings**

${summary.warnings.map((w) => `- ${w}`).join("\n")}` : ""
  ];
  return sections.filter((s) => s !== "").join("\n\n");
}
function appliedTable(applied) {
  if (applied.length === 0) return "";
  const rows = applied.map(
    (a) => `| ${a.file.version} | \`${a.file.fileName}\` | ${a.file.statements.length} | ${seconds(a.durationMs)} | \`${shortChecksum(a.file.checksum)}\` | ${a.file.transaction.mode}${a.unconfirmed ? ` (outcome of statement ${a.unconfirmed.join(", ")} unconfirmed)` : ""} |`
  );
  return [
    "| version | file | statements | duration | checksum | mode |",
    "| ---: | --- | ---: | ---: | --- | --- |",
    ...rows
  ].join("\n");
}
function fileList(title, files) {
  if (files.length === 0) return "";
  const lines = files.map(
    (f) => `- \`${f.fileName}\`: ${plural(f.statements.length, "statement")}${f.transaction.mode === "no-transaction" ? ", outside a transaction" : ""}, checksum \`${shortChecksum(f.checksum)}\``
  );
  return `**${title}**

${lines.join("\n")}`;
}
function skippedList(skipped) {
  if (skipped.length === 0) return "";
  return `**Skipped**

${skipped.map((s) => `- \`${s.file.fileName}\`: ${s.reason}`).join("\n")}`;
}
function repairedList(repaired) {
  if (repaired.length === 0) return "";
  const lines = repaired.map(
    (r) => `- \`${r.file.fileName}\`: checksum \`${shortChecksum(r.row.checksum)}\` \u2192 \`${shortChecksum(r.file.checksum)}\``
  );
  return `**Checksums repaired**

${lines.join("\n")}`;
}
function findingList(findings) {
  if (findings.length === 0) return "";
  const lines = findings.map(
    (f) => `- ${f.severity === "error" ? "**error**" : "warning"} \`${f.rule}\` ${fileOf(f.file)}:${f.line} (statement ${f.statement}): ${f.message}. \`${f.excerpt.replace(/`/g, "'")}\``
  );
  return `**Lint**

${lines.join("\n")}`;
}
function fileOf(path) {
  return path.split(/[\\/]/).at(-1) ?? path;
}
function seconds(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
}

// src/phases/migrate/session.ts
import { randomBytes } from "node:crypto";
import { hostname, userInfo } from "node:os";

// src/phases/migrate/connect.ts
var import_client_rds_data = __toESM(require_dist_cjs3(), 1);
var import_client_secrets_manager2 = __toESM(require_dist_cjs4(), 1);

// src/db/password-secret.ts
var import_client_secrets_manager = __toESM(require_dist_cjs4(), 1);
async function readPasswordSecret(client, secretId, deps) {
  const text = await secretString(client, secretId, deps.signal);
  deps.secrets.add(text, { fragments: !text.trimStart().startsWith("{") });
  const credentials = parseDatabaseSecret(text, secretId);
  deps.secrets.add(credentials.password);
  return credentials;
}
async function secretString(client, secretId, signal) {
  let text;
  try {
    const out = await client.send(new import_client_secrets_manager.GetSecretValueCommand({ SecretId: secretId }), {
      abortSignal: signal
    });
    text = out.SecretString;
  } catch (error) {
    throw readFailure(error, secretId);
  }
  if (text === void 0 || text === "")
    throw new PhaseFailure(`the secret ${secretId} (password-secret) has no SecretString`, {
      hint: 'password-secret needs a text secret: the password, or JSON with a "password" key'
    });
  return text;
}
function readFailure(error, secretId) {
  if (error instanceof import_client_secrets_manager.ResourceNotFoundException)
    return new PhaseFailure(`Secrets Manager has no secret ${secretId} (password-secret)`, {
      hint: "give the secret\u2019s name or full ARN (with its 6-character suffix), in the run\u2019s region"
    });
  if (error instanceof import_client_secrets_manager.SecretsManagerServiceException && !explainAwsError(error))
    return new PhaseFailure(
      `cannot read the secret ${secretId} (password-secret): ${error.name}: ${error.message}`
    );
  return error;
}
function parseDatabaseSecret(text, secretId) {
  const json = jsonObject(text);
  if (!json) return { password: text };
  const { password } = json;
  if (typeof password !== "string" || password === "")
    throw new PhaseFailure(
      `the secret ${secretId} (password-secret) is JSON without a "password" text (its keys: ${Object.keys(json).join(", ") || "none"})`,
      { hint: 'store the password under "password", as RDS does' }
    );
  const port = portOf(json.port, secretId);
  return {
    password,
    ...textField(json, "username", "user"),
    ...textField(json, "host", "host"),
    ...textField(json, "dbname", "database"),
    ...port !== void 0 ? { port } : {}
  };
}
function jsonObject(text) {
  if (!text.trimStart().startsWith("{")) return void 0;
  try {
    const parsed = JSON.parse(text);
    return isPlainObject(parsed) ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function textField(json, key, as) {
  const value = json[key];
  return typeof value === "string" && value !== "" ? { [as]: value } : {};
}
function portOf(value, secretId) {
  if (value === void 0 || value === null || value === "") return void 0;
  const port = typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof port === "number" && Number.isInteger(port) && port >= 1 && port <= 65535) return port;
  throw new PhaseFailure(
    `the secret ${secretId} (password-secret) has a "port" that is not a port number`
  );
}

// src/db/pg.ts
function pgExecutor(target) {
  const pool = new esm_default.Pool({ ...poolConfig(target), max: 4 });
  pool.on("error", () => void 0);
  const described = describeTarget(target);
  return {
    via: "pg",
    target: described,
    execute: (sql, options) => query(pool, sql, options, described),
    async begin() {
      const client = await pool.connect().catch((error) => {
        throw translate(error, described);
      });
      try {
        await client.query("BEGIN");
      } catch (error) {
        client.release(true);
        throw translate(error);
      }
      return pgTransaction(client);
    },
    close: () => pool.end()
  };
}
function pgTransaction(client) {
  let open = true;
  const end = async (command) => {
    if (!open) {
      if (command === "ROLLBACK") return;
      throw new TransactionGone("the transaction has already ended");
    }
    open = false;
    try {
      await client.query(command);
      client.release();
    } catch (error) {
      client.release(true);
      throw translate(error);
    }
  };
  return {
    async execute(sql, options) {
      if (!open) throw new TransactionGone("the transaction has already ended");
      try {
        return await query(client, sql, options);
      } catch (error) {
        await end("ROLLBACK").catch(() => void 0);
        throw error;
      }
    },
    commit: () => end("COMMIT"),
    rollback: () => end("ROLLBACK")
  };
}
async function query(on, sql, options = {}, target) {
  const { text, values } = options.params ? positional(sql, options.params) : { text: sql, values: [] };
  try {
    const result = await on.query({ text, values });
    const columns = options.columns ? { columns: (result.fields ?? []).map((f) => f.name) } : {};
    return { rows: result.rows ?? [], rowsAffected: result.rowCount ?? 0, ...columns };
  } catch (error) {
    throw translate(error, target);
  }
}
function positional(sql, params) {
  const names = [];
  const text = sql.replace(/(?<!:):([A-Za-z_][A-Za-z0-9_]*)/g, (match, name) => {
    if (!(name in params)) return match;
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return { text, values: names.map((n) => params[n] ?? null) };
}
var CONNECT_ERRORS = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH"
]);
function translate(error, target) {
  const e = error;
  if (typeof e?.code === "string" && /^[0-9A-Z]{5}$/.test(e.code) && e.severity)
    return new SqlStatementError(`ERROR: ${e.message ?? ""}`, e.code);
  if (target !== void 0 && typeof e?.code === "string" && CONNECT_ERRORS.has(e.code))
    return new PhaseFailure(`cannot connect to ${target}: ${e.message ?? e.code}`, {
      hint: "check host and port, and that the runner can reach the database (via: pg needs a network path; via: data-api does not)"
    });
  return error;
}
function poolConfig(target) {
  const ssl = sslOption(target);
  const common = {
    ...target.password !== void 0 ? { password: target.password } : {},
    ...target.database ? { database: target.database } : {},
    ...ssl !== void 0 ? { ssl } : {},
    connectionTimeoutMillis: 3e4
  };
  if (target.url) return { ...common, connectionString: withPassword(target.url, target.password) };
  return {
    host: target.host,
    port: target.port,
    ...target.user ? { user: target.user } : {},
    ...common
  };
}
function withPassword(url, password) {
  if (password === void 0) return url;
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") return url;
    parsed.password = encodeURIComponent(password);
    return parsed.href;
  } catch {
    return url;
  }
}
function sslOption(target) {
  const mode = target.ssl ?? (target.url ? void 0 : "require");
  if (mode === void 0) return void 0;
  if (mode === "disable") return false;
  return { rejectUnauthorized: mode === "verify-full" };
}
function describeTarget(target) {
  if (target.url) {
    try {
      const url = new URL(target.url);
      return `${url.pathname.slice(1) || "the default database"} on ${url.hostname}:${url.port || 5432}`;
    } catch {
      return "the server of the connection URL";
    }
  }
  return `${target.database ?? "the default database"} on ${target.host}:${target.port}`;
}

// src/phases/migrate/connect.ts
var DEFAULT_PORT = 5432;
function createExecutor(config, deps) {
  if (config.via === "pg") return pgExecutorFor(config, deps);
  const resourceArn = config["resource-arn"];
  const secretArn = config["secret-arn"];
  if (!resourceArn || !secretArn)
    throw new PhaseFailure("via: data-api needs resource-arn and secret-arn");
  return dataApiExecutor(
    deps.aws.client(import_client_rds_data.RDSDataClient),
    { resourceArn, secretArn, ...config.database ? { database: config.database } : {} },
    deps.signal
  );
}
function pgExecutorFor(config, deps) {
  if (config.url) {
    const inUrl = urlPassword(config.url);
    if (inUrl) deps.secrets.add(inUrl);
  }
  const secretId = config["password-secret"];
  if (secretId === void 0) {
    const password = passwordOf(config, deps.env ?? process.env);
    if (password) deps.secrets.add(password);
    return pgExecutor(pgTarget(config, password === void 0 ? {} : { password }));
  }
  return deferredExecutor("pg", `the database of secret ${secretId}`, async () => {
    const credentials = await readPasswordSecret(
      deps.aws.client(import_client_secrets_manager2.SecretsManagerClient),
      secretId,
      deps
    );
    return pgExecutor(pgTarget(config, credentials, secretId));
  });
}
function pgTarget(config, from, secretId) {
  const password = from.password !== void 0 ? { password: from.password } : {};
  const ssl = config.ssl ? { ssl: config.ssl } : {};
  if (config.url)
    return {
      url: config.url,
      port: config.port ?? DEFAULT_PORT,
      ...password,
      ...ssl,
      ...database(config.database)
    };
  const host = config.host ?? from.host;
  const user = config.user ?? from.user;
  if (!host || !user) {
    const missing = [host ? void 0 : "host", user ? void 0 : "user"].filter(Boolean).join(" and ");
    throw new PhaseFailure(
      `via: pg needs ${missing}: neither the settings nor the secret ${secretId} give it`,
      {
        hint: `add ${missing} to the phase's with:, or store ${missing === "user" ? "username" : missing} in the secret`
      }
    );
  }
  return {
    host,
    user,
    port: config.port ?? from.port ?? DEFAULT_PORT,
    ...password,
    ...ssl,
    ...database(config.database ?? from.database)
  };
}
function database(name) {
  return name ? { database: name } : {};
}
function deferredExecutor(via, provisionalTarget, open) {
  let opening;
  let opened;
  const ready = () => {
    opening ??= open().then((executor) => opened = executor);
    return opening;
  };
  return {
    via,
    get target() {
      return opened?.target ?? provisionalTarget;
    },
    execute: async (sql, options) => (await ready()).execute(sql, options),
    begin: async () => (await ready()).begin(),
    async close() {
      const executor = await opening?.catch(() => void 0);
      await executor?.close();
    }
  };
}
function passwordOf(config, env) {
  const name = config["password-env"];
  if (name === void 0) return config.password;
  const value = env[name];
  if (value === void 0 || value === "")
    throw new PhaseFailure(`the environment variable ${name} (password-env) is not set`, {
      hint: `set ${name} in the step's env:, e.g. from a GitHub secret`
    });
  return value;
}
function urlPassword(url) {
  try {
    const password = decodeURIComponent(new URL(url).password);
    return password === "" ? void 0 : password;
  } catch {
    return void 0;
  }
}

// src/phases/migrate/session.ts
function openSession(ctx, env = process.env) {
  const names = tableNames(ctx.config);
  const appliedBy = appliedByOf(ctx.run);
  return {
    executor: wakingExecutor(
      createExecutor(ctx.config, { aws: ctx.aws, secrets: ctx.secrets, signal: ctx.signal, env }),
      wakeOptionsOf(ctx)
    ),
    names,
    lockKey: lockKey(names),
    appliedBy,
    owner: `${appliedBy.split(" ")[0]} ${randomBytes(4).toString("hex")}`
  };
}
function wakeOptionsOf(ctx) {
  return {
    timeoutMs: ctx.config["resume-timeout"],
    firstBackoffMs: ctx.config["poll-interval"],
    signal: ctx.signal,
    log: ctx.log
  };
}
function appliedByOf(run) {
  if (run.actor || run.runUrl) return [run.actor ?? "github", run.runUrl].filter(Boolean).join(" ");
  return `${localUser()}@${hostname()}`;
}
function localUser() {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? "unknown";
  }
}

// src/phases/migrate/repair.ts
async function repairChecksums(ctx) {
  const session = openSession(ctx);
  try {
    const found = await inspect({ ...ctx, planFile: ctx.plan.file, ...session });
    const changed = found.comparison.changed;
    await whileWaking(
      "repairing checksums",
      () => acceptChecksums(session, changed),
      wakeOptionsOf(ctx)
    );
    for (const c of changed)
      ctx.log.info(`${c.file.fileName}: checksum ${c.row.checksum} \u2192 ${c.file.checksum}`);
    const summary = {
      ...emptySummary(session.executor.target, session.names.display),
      repaired: changed,
      pending: found.comparison.pending,
      currentVersion: highestVersion(found.rows ?? [])
    };
    const headline = changed.length === 0 ? "nothing to repair: every applied file matches its checksum" : `${plural(changed.length, "checksum")} repaired`;
    return {
      repaired: changed,
      report: {
        summary: headline,
        outputs: { ...outputsOf(summary), repaired: String(changed.length) },
        details: details(summary, `**${headline}** on ${summary.target}.`)
      }
    };
  } finally {
    await session.executor.close();
  }
}
async function acceptChecksums(session, changed) {
  if (changed.length === 0) return;
  const tx = await session.executor.begin();
  try {
    await tx.execute(lockStatement(session.lockKey));
    for (const { file, row } of changed) {
      const updated = await tx.execute(
        `UPDATE ${session.names.history} SET checksum = :checksum
WHERE version = :version AND checksum = :previous AND success`,
        {
          params: { version: file.version, checksum: file.checksum, previous: row.checksum },
          noResend: true
        }
      );
      if (updated.rowsAffected !== 1)
        throw new Error(`${file.fileName}: the history changed while repairing; run it again`);
    }
    await tx.commit();
  } catch (error) {
    await tx.rollback().catch(() => void 0);
    throw error;
  }
}

export {
  repairTarget,
  refusals,
  refuseIfNeeded,
  decideInsideLock,
  warningsOf,
  lockStatement,
  readLockedState,
  takeLease,
  renewLease,
  releaseLease,
  readLease,
  readHistory,
  recordFile,
  createHistoryTables,
  inspect,
  refuseFindings,
  highestVersion,
  emptySummary,
  outputsOf,
  runReport,
  planReport,
  details,
  openSession,
  wakeOptionsOf,
  repairChecksums,
  acceptChecksums
};
