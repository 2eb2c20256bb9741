import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
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
  __toCommonJS
} from "./cli-chunk-KHYJZ6HU.js";

// node_modules/@aws-sdk/client-ssm/dist-cjs/index.js
var require_dist_cjs3 = __commonJS({
  "node_modules/@aws-sdk/client-ssm/dist-cjs/index.js"(exports) {
    var { awsEndpointFunctions, emitWarningIfUnsupportedVersion: emitWarningIfUnsupportedVersion$1, createDefaultUserAgentProvider, getDefaultSocketTimeout, NODE_APP_ID_CONFIG_OPTIONS, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveUserAgentConfig, resolveHostHeaderConfig, getUserAgentPlugin, getHostHeaderPlugin, getLoggerPlugin, getRecursionDetectionPlugin } = (init_client2(), __toCommonJS(client_exports2));
    var { getHttpAuthSchemeEndpointRuleSetPlugin, DefaultIdentityProviderConfig, getHttpSigningPlugin, createPaginator } = (init_dist_es(), __toCommonJS(dist_es_exports));
    var { normalizeProvider, getSmithyContext, ServiceException, NoOpLogger, emitWarningIfUnsupportedVersion, loadConfigsForDefaultMode, getDefaultExtensionConfiguration, resolveDefaultRuntimeConfig, Client, makeBuilder, createWaiter, checkExceptions, WaiterState, createAggregatedClient } = (init_client(), __toCommonJS(client_exports));
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
    var defaultSSMHttpAuthSchemeParametersProvider = async (config, context, input) => {
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
          name: "ssm",
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
    var defaultSSMHttpAuthSchemeProvider = (authParameters) => {
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
        defaultSigningName: "ssm"
      });
    };
    var commonParams = {
      UseFIPS: { type: "builtInParams", name: "useFipsEndpoint" },
      Endpoint: { type: "builtInParams", name: "endpoint" },
      Region: { type: "builtInParams", name: "region" },
      UseDualStack: { type: "builtInParams", name: "useDualstackEndpoint" }
    };
    var version = "3.1168.0";
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
        [e, [{ fn: f, argv: [h, "supportsFIPS"] }, b]],
        ["stringEquals", [{ fn: f, argv: [h, "name"] }, "aws-us-gov"]]
      ],
      results: [
        [a],
        [a, "Invalid Configuration: FIPS and custom endpoint are not supported"],
        [a, "Invalid Configuration: Dualstack and custom endpoint are not supported"],
        [g, i],
        ["https://ssm-fips.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "FIPS and DualStack are enabled, but this partition does not support one or both"],
        ["https://ssm.{Region}.amazonaws.com", i],
        ["https://ssm-fips.{Region}.{PartitionResult#dnsSuffix}", i],
        [a, "FIPS is enabled but this partition does not support FIPS"],
        ["https://ssm.{Region}.{PartitionResult#dualStackDnsSuffix}", i],
        [a, "DualStack is enabled but this partition does not support DualStack"],
        ["https://ssm.{Region}.{PartitionResult#dnsSuffix}", i],
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
      13,
      3,
      1,
      4,
      r + 12,
      2,
      5,
      r + 12,
      3,
      8,
      6,
      4,
      7,
      r + 11,
      5,
      r + 9,
      r + 10,
      4,
      11,
      9,
      6,
      10,
      r + 8,
      7,
      r + 6,
      r + 7,
      5,
      12,
      r + 5,
      6,
      r + 4,
      r + 5,
      3,
      r + 1,
      14,
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
    var SSMServiceException = class _SSMServiceException extends ServiceException {
      static shapeId = "smithy.ts.sdk.synthetic.com.amazonaws.ssm#SSMServiceException";
      constructor(options) {
        super(options);
        Object.setPrototypeOf(this, _SSMServiceException.prototype);
      }
    };
    var AccessDeniedException = class _AccessDeniedException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#AccessDeniedException";
      name = "AccessDeniedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AccessDeniedException.prototype);
        this.Message = opts.Message;
      }
    };
    var InternalServerError = class _InternalServerError extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InternalServerError";
      name = "InternalServerError";
      $fault = "server";
      Message;
      constructor(opts) {
        super({
          name: "InternalServerError",
          $fault: "server",
          ...opts
        });
        Object.setPrototypeOf(this, _InternalServerError.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidResourceId = class _InvalidResourceId extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidResourceId";
      name = "InvalidResourceId";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidResourceId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidResourceId.prototype);
      }
    };
    var InvalidResourceType = class _InvalidResourceType extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidResourceType";
      name = "InvalidResourceType";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidResourceType",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidResourceType.prototype);
      }
    };
    var TooManyTagsError = class _TooManyTagsError extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#TooManyTagsError";
      name = "TooManyTagsError";
      $fault = "client";
      constructor(opts) {
        super({
          name: "TooManyTagsError",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyTagsError.prototype);
      }
    };
    var TooManyUpdates = class _TooManyUpdates extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#TooManyUpdates";
      name = "TooManyUpdates";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TooManyUpdates",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TooManyUpdates.prototype);
        this.Message = opts.Message;
      }
    };
    var AlreadyExistsException = class _AlreadyExistsException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#AlreadyExistsException";
      name = "AlreadyExistsException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AlreadyExistsException.prototype);
        this.Message = opts.Message;
      }
    };
    var OpsItemConflictException = class _OpsItemConflictException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#OpsItemConflictException";
      name = "OpsItemConflictException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OpsItemConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OpsItemConflictException.prototype);
        this.Message = opts.Message;
      }
    };
    var OpsItemInvalidParameterException = class _OpsItemInvalidParameterException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#OpsItemInvalidParameterException";
      name = "OpsItemInvalidParameterException";
      $fault = "client";
      ParameterNames;
      Message;
      constructor(opts) {
        super({
          name: "OpsItemInvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OpsItemInvalidParameterException.prototype);
        this.ParameterNames = opts.ParameterNames;
        this.Message = opts.Message;
      }
    };
    var OpsItemLimitExceededException = class _OpsItemLimitExceededException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#OpsItemLimitExceededException";
      name = "OpsItemLimitExceededException";
      $fault = "client";
      ResourceTypes;
      Limit;
      LimitType;
      Message;
      constructor(opts) {
        super({
          name: "OpsItemLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OpsItemLimitExceededException.prototype);
        this.ResourceTypes = opts.ResourceTypes;
        this.Limit = opts.Limit;
        this.LimitType = opts.LimitType;
        this.Message = opts.Message;
      }
    };
    var OpsItemNotFoundException = class _OpsItemNotFoundException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#OpsItemNotFoundException";
      name = "OpsItemNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OpsItemNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OpsItemNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var OpsItemRelatedItemAlreadyExistsException = class _OpsItemRelatedItemAlreadyExistsException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#OpsItemRelatedItemAlreadyExistsException";
      name = "OpsItemRelatedItemAlreadyExistsException";
      $fault = "client";
      Message;
      ResourceUri;
      OpsItemId;
      constructor(opts) {
        super({
          name: "OpsItemRelatedItemAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OpsItemRelatedItemAlreadyExistsException.prototype);
        this.Message = opts.Message;
        this.ResourceUri = opts.ResourceUri;
        this.OpsItemId = opts.OpsItemId;
      }
    };
    var DuplicateInstanceId = class _DuplicateInstanceId extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#DuplicateInstanceId";
      name = "DuplicateInstanceId";
      $fault = "client";
      constructor(opts) {
        super({
          name: "DuplicateInstanceId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateInstanceId.prototype);
      }
    };
    var InvalidCommandId = class _InvalidCommandId extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidCommandId";
      name = "InvalidCommandId";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidCommandId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidCommandId.prototype);
      }
    };
    var InvalidInstanceId = class _InvalidInstanceId extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidInstanceId";
      name = "InvalidInstanceId";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidInstanceId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidInstanceId.prototype);
        this.Message = opts.Message;
      }
    };
    var DoesNotExistException = class _DoesNotExistException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#DoesNotExistException";
      name = "DoesNotExistException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DoesNotExistException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DoesNotExistException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidParameters = class _InvalidParameters extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidParameters";
      name = "InvalidParameters";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidParameters",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidParameters.prototype);
        this.Message = opts.Message;
      }
    };
    var AssociationAlreadyExists = class _AssociationAlreadyExists extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#AssociationAlreadyExists";
      name = "AssociationAlreadyExists";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AssociationAlreadyExists",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AssociationAlreadyExists.prototype);
      }
    };
    var AssociationLimitExceeded = class _AssociationLimitExceeded extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#AssociationLimitExceeded";
      name = "AssociationLimitExceeded";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AssociationLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AssociationLimitExceeded.prototype);
      }
    };
    var InvalidDocument = class _InvalidDocument extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidDocument";
      name = "InvalidDocument";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocument",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDocument.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidDocumentVersion = class _InvalidDocumentVersion extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidDocumentVersion";
      name = "InvalidDocumentVersion";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocumentVersion",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDocumentVersion.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidOutputLocation = class _InvalidOutputLocation extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidOutputLocation";
      name = "InvalidOutputLocation";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidOutputLocation",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidOutputLocation.prototype);
      }
    };
    var InvalidSchedule = class _InvalidSchedule extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidSchedule";
      name = "InvalidSchedule";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidSchedule",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidSchedule.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidTag = class _InvalidTag extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidTag";
      name = "InvalidTag";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTag",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidTag.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidTarget = class _InvalidTarget extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidTarget";
      name = "InvalidTarget";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTarget",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidTarget.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidTargetMaps = class _InvalidTargetMaps extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidTargetMaps";
      name = "InvalidTargetMaps";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTargetMaps",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidTargetMaps.prototype);
        this.Message = opts.Message;
      }
    };
    var UnsupportedPlatformType = class _UnsupportedPlatformType extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#UnsupportedPlatformType";
      name = "UnsupportedPlatformType";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedPlatformType",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedPlatformType.prototype);
        this.Message = opts.Message;
      }
    };
    var ConflictException = class _ConflictException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ConflictException";
      name = "ConflictException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ConflictException.prototype);
        this.Message = opts.Message;
      }
    };
    var ServiceQuotaExceededException = class _ServiceQuotaExceededException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ServiceQuotaExceededException";
      name = "ServiceQuotaExceededException";
      $fault = "client";
      Message;
      ResourceId;
      ResourceType;
      QuotaCode;
      ServiceCode;
      constructor(opts) {
        super({
          name: "ServiceQuotaExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceQuotaExceededException.prototype);
        this.Message = opts.Message;
        this.ResourceId = opts.ResourceId;
        this.ResourceType = opts.ResourceType;
        this.QuotaCode = opts.QuotaCode;
        this.ServiceCode = opts.ServiceCode;
      }
    };
    var DocumentAlreadyExists = class _DocumentAlreadyExists extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#DocumentAlreadyExists";
      name = "DocumentAlreadyExists";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DocumentAlreadyExists",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DocumentAlreadyExists.prototype);
        this.Message = opts.Message;
      }
    };
    var DocumentLimitExceeded = class _DocumentLimitExceeded extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#DocumentLimitExceeded";
      name = "DocumentLimitExceeded";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DocumentLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DocumentLimitExceeded.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidDocumentContent = class _InvalidDocumentContent extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidDocumentContent";
      name = "InvalidDocumentContent";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocumentContent",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDocumentContent.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidDocumentSchemaVersion = class _InvalidDocumentSchemaVersion extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidDocumentSchemaVersion";
      name = "InvalidDocumentSchemaVersion";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocumentSchemaVersion",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDocumentSchemaVersion.prototype);
        this.Message = opts.Message;
      }
    };
    var MaxDocumentSizeExceeded = class _MaxDocumentSizeExceeded extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#MaxDocumentSizeExceeded";
      name = "MaxDocumentSizeExceeded";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MaxDocumentSizeExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MaxDocumentSizeExceeded.prototype);
        this.Message = opts.Message;
      }
    };
    var NoLongerSupportedException = class _NoLongerSupportedException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#NoLongerSupportedException";
      name = "NoLongerSupportedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "NoLongerSupportedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _NoLongerSupportedException.prototype);
        this.Message = opts.Message;
      }
    };
    var IdempotentParameterMismatch = class _IdempotentParameterMismatch extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#IdempotentParameterMismatch";
      name = "IdempotentParameterMismatch";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "IdempotentParameterMismatch",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IdempotentParameterMismatch.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceLimitExceededException = class _ResourceLimitExceededException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ResourceLimitExceededException";
      name = "ResourceLimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var OpsItemAccessDeniedException = class _OpsItemAccessDeniedException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#OpsItemAccessDeniedException";
      name = "OpsItemAccessDeniedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OpsItemAccessDeniedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OpsItemAccessDeniedException.prototype);
        this.Message = opts.Message;
      }
    };
    var OpsItemAlreadyExistsException = class _OpsItemAlreadyExistsException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#OpsItemAlreadyExistsException";
      name = "OpsItemAlreadyExistsException";
      $fault = "client";
      Message;
      OpsItemId;
      constructor(opts) {
        super({
          name: "OpsItemAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OpsItemAlreadyExistsException.prototype);
        this.Message = opts.Message;
        this.OpsItemId = opts.OpsItemId;
      }
    };
    var OpsMetadataAlreadyExistsException = class _OpsMetadataAlreadyExistsException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#OpsMetadataAlreadyExistsException";
      name = "OpsMetadataAlreadyExistsException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OpsMetadataAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OpsMetadataAlreadyExistsException.prototype);
      }
    };
    var OpsMetadataInvalidArgumentException = class _OpsMetadataInvalidArgumentException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#OpsMetadataInvalidArgumentException";
      name = "OpsMetadataInvalidArgumentException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OpsMetadataInvalidArgumentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OpsMetadataInvalidArgumentException.prototype);
      }
    };
    var OpsMetadataLimitExceededException = class _OpsMetadataLimitExceededException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#OpsMetadataLimitExceededException";
      name = "OpsMetadataLimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OpsMetadataLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OpsMetadataLimitExceededException.prototype);
      }
    };
    var OpsMetadataTooManyUpdatesException = class _OpsMetadataTooManyUpdatesException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#OpsMetadataTooManyUpdatesException";
      name = "OpsMetadataTooManyUpdatesException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OpsMetadataTooManyUpdatesException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OpsMetadataTooManyUpdatesException.prototype);
      }
    };
    var ResourceDataSyncAlreadyExistsException = class _ResourceDataSyncAlreadyExistsException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ResourceDataSyncAlreadyExistsException";
      name = "ResourceDataSyncAlreadyExistsException";
      $fault = "client";
      SyncName;
      constructor(opts) {
        super({
          name: "ResourceDataSyncAlreadyExistsException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceDataSyncAlreadyExistsException.prototype);
        this.SyncName = opts.SyncName;
      }
    };
    var ResourceDataSyncCountExceededException = class _ResourceDataSyncCountExceededException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ResourceDataSyncCountExceededException";
      name = "ResourceDataSyncCountExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceDataSyncCountExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceDataSyncCountExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceDataSyncInvalidConfigurationException = class _ResourceDataSyncInvalidConfigurationException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ResourceDataSyncInvalidConfigurationException";
      name = "ResourceDataSyncInvalidConfigurationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceDataSyncInvalidConfigurationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceDataSyncInvalidConfigurationException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidActivation = class _InvalidActivation extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidActivation";
      name = "InvalidActivation";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidActivation",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidActivation.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidActivationId = class _InvalidActivationId extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidActivationId";
      name = "InvalidActivationId";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidActivationId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidActivationId.prototype);
        this.Message = opts.Message;
      }
    };
    var AssociationDoesNotExist = class _AssociationDoesNotExist extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#AssociationDoesNotExist";
      name = "AssociationDoesNotExist";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AssociationDoesNotExist",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AssociationDoesNotExist.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceNotFoundException = class _ResourceNotFoundException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ResourceNotFoundException";
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
    var AssociatedInstances = class _AssociatedInstances extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#AssociatedInstances";
      name = "AssociatedInstances";
      $fault = "client";
      constructor(opts) {
        super({
          name: "AssociatedInstances",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AssociatedInstances.prototype);
      }
    };
    var InvalidDocumentOperation = class _InvalidDocumentOperation extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidDocumentOperation";
      name = "InvalidDocumentOperation";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocumentOperation",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDocumentOperation.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidDeleteInventoryParametersException = class _InvalidDeleteInventoryParametersException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidDeleteInventoryParametersException";
      name = "InvalidDeleteInventoryParametersException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDeleteInventoryParametersException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDeleteInventoryParametersException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidInventoryRequestException = class _InvalidInventoryRequestException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidInventoryRequestException";
      name = "InvalidInventoryRequestException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidInventoryRequestException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidInventoryRequestException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidOptionException = class _InvalidOptionException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidOptionException";
      name = "InvalidOptionException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidOptionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidOptionException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidTypeNameException = class _InvalidTypeNameException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidTypeNameException";
      name = "InvalidTypeNameException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidTypeNameException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidTypeNameException.prototype);
        this.Message = opts.Message;
      }
    };
    var OpsMetadataNotFoundException = class _OpsMetadataNotFoundException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#OpsMetadataNotFoundException";
      name = "OpsMetadataNotFoundException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OpsMetadataNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OpsMetadataNotFoundException.prototype);
      }
    };
    var ParameterNotFound = class _ParameterNotFound extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ParameterNotFound";
      name = "ParameterNotFound";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ParameterNotFound",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ParameterNotFound.prototype);
      }
    };
    var ResourceInUseException = class _ResourceInUseException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ResourceInUseException";
      name = "ResourceInUseException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceInUseException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourceDataSyncNotFoundException = class _ResourceDataSyncNotFoundException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ResourceDataSyncNotFoundException";
      name = "ResourceDataSyncNotFoundException";
      $fault = "client";
      SyncName;
      SyncType;
      Message;
      constructor(opts) {
        super({
          name: "ResourceDataSyncNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceDataSyncNotFoundException.prototype);
        this.SyncName = opts.SyncName;
        this.SyncType = opts.SyncType;
        this.Message = opts.Message;
      }
    };
    var MalformedResourcePolicyDocumentException = class _MalformedResourcePolicyDocumentException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#MalformedResourcePolicyDocumentException";
      name = "MalformedResourcePolicyDocumentException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "MalformedResourcePolicyDocumentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _MalformedResourcePolicyDocumentException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourcePolicyConflictException = class _ResourcePolicyConflictException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ResourcePolicyConflictException";
      name = "ResourcePolicyConflictException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourcePolicyConflictException.prototype);
        this.Message = opts.Message;
      }
    };
    var ResourcePolicyInvalidParameterException = class _ResourcePolicyInvalidParameterException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ResourcePolicyInvalidParameterException";
      name = "ResourcePolicyInvalidParameterException";
      $fault = "client";
      ParameterNames;
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyInvalidParameterException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourcePolicyInvalidParameterException.prototype);
        this.ParameterNames = opts.ParameterNames;
        this.Message = opts.Message;
      }
    };
    var ResourcePolicyNotFoundException = class _ResourcePolicyNotFoundException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ResourcePolicyNotFoundException";
      name = "ResourcePolicyNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourcePolicyNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var TargetInUseException = class _TargetInUseException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#TargetInUseException";
      name = "TargetInUseException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TargetInUseException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TargetInUseException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidFilter = class _InvalidFilter extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidFilter";
      name = "InvalidFilter";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidFilter",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidFilter.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidNextToken = class _InvalidNextToken extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidNextToken";
      name = "InvalidNextToken";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidNextToken",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidNextToken.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidAssociationVersion = class _InvalidAssociationVersion extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidAssociationVersion";
      name = "InvalidAssociationVersion";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAssociationVersion",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidAssociationVersion.prototype);
        this.Message = opts.Message;
      }
    };
    var AssociationExecutionDoesNotExist = class _AssociationExecutionDoesNotExist extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#AssociationExecutionDoesNotExist";
      name = "AssociationExecutionDoesNotExist";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AssociationExecutionDoesNotExist",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AssociationExecutionDoesNotExist.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidFilterKey = class _InvalidFilterKey extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidFilterKey";
      name = "InvalidFilterKey";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidFilterKey",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidFilterKey.prototype);
      }
    };
    var InvalidFilterValue = class _InvalidFilterValue extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidFilterValue";
      name = "InvalidFilterValue";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidFilterValue",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidFilterValue.prototype);
        this.Message = opts.Message;
      }
    };
    var AutomationExecutionNotFoundException = class _AutomationExecutionNotFoundException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#AutomationExecutionNotFoundException";
      name = "AutomationExecutionNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationExecutionNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AutomationExecutionNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidPermissionType = class _InvalidPermissionType extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidPermissionType";
      name = "InvalidPermissionType";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidPermissionType",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidPermissionType.prototype);
        this.Message = opts.Message;
      }
    };
    var UnsupportedOperatingSystem = class _UnsupportedOperatingSystem extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#UnsupportedOperatingSystem";
      name = "UnsupportedOperatingSystem";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedOperatingSystem",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedOperatingSystem.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidInstanceInformationFilterValue = class _InvalidInstanceInformationFilterValue extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidInstanceInformationFilterValue";
      name = "InvalidInstanceInformationFilterValue";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidInstanceInformationFilterValue",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidInstanceInformationFilterValue.prototype);
      }
    };
    var InvalidInstancePropertyFilterValue = class _InvalidInstancePropertyFilterValue extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidInstancePropertyFilterValue";
      name = "InvalidInstancePropertyFilterValue";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidInstancePropertyFilterValue",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidInstancePropertyFilterValue.prototype);
      }
    };
    var InvalidDeletionIdException = class _InvalidDeletionIdException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidDeletionIdException";
      name = "InvalidDeletionIdException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDeletionIdException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDeletionIdException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidFilterOption = class _InvalidFilterOption extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidFilterOption";
      name = "InvalidFilterOption";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidFilterOption",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidFilterOption.prototype);
      }
    };
    var OpsItemRelatedItemAssociationNotFoundException = class _OpsItemRelatedItemAssociationNotFoundException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#OpsItemRelatedItemAssociationNotFoundException";
      name = "OpsItemRelatedItemAssociationNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "OpsItemRelatedItemAssociationNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OpsItemRelatedItemAssociationNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var ThrottlingException = class _ThrottlingException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ThrottlingException";
      name = "ThrottlingException";
      $fault = "client";
      Message;
      QuotaCode;
      ServiceCode;
      constructor(opts) {
        super({
          name: "ThrottlingException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ThrottlingException.prototype);
        this.Message = opts.Message;
        this.QuotaCode = opts.QuotaCode;
        this.ServiceCode = opts.ServiceCode;
      }
    };
    var ValidationException = class _ValidationException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ValidationException";
      name = "ValidationException";
      $fault = "client";
      Message;
      ReasonCode;
      constructor(opts) {
        super({
          name: "ValidationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ValidationException.prototype);
        this.Message = opts.Message;
        this.ReasonCode = opts.ReasonCode;
      }
    };
    var InvalidDocumentType = class _InvalidDocumentType extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidDocumentType";
      name = "InvalidDocumentType";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidDocumentType",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidDocumentType.prototype);
        this.Message = opts.Message;
      }
    };
    var UnsupportedCalendarException = class _UnsupportedCalendarException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#UnsupportedCalendarException";
      name = "UnsupportedCalendarException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedCalendarException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedCalendarException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidPluginName = class _InvalidPluginName extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidPluginName";
      name = "InvalidPluginName";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidPluginName",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidPluginName.prototype);
      }
    };
    var InvocationDoesNotExist = class _InvocationDoesNotExist extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvocationDoesNotExist";
      name = "InvocationDoesNotExist";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvocationDoesNotExist",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvocationDoesNotExist.prototype);
      }
    };
    var UnsupportedFeatureRequiredException = class _UnsupportedFeatureRequiredException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#UnsupportedFeatureRequiredException";
      name = "UnsupportedFeatureRequiredException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedFeatureRequiredException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedFeatureRequiredException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidAggregatorException = class _InvalidAggregatorException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidAggregatorException";
      name = "InvalidAggregatorException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAggregatorException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidAggregatorException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidInventoryGroupException = class _InvalidInventoryGroupException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidInventoryGroupException";
      name = "InvalidInventoryGroupException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidInventoryGroupException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidInventoryGroupException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidResultAttributeException = class _InvalidResultAttributeException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidResultAttributeException";
      name = "InvalidResultAttributeException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidResultAttributeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidResultAttributeException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidKeyId = class _InvalidKeyId extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidKeyId";
      name = "InvalidKeyId";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidKeyId",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidKeyId.prototype);
      }
    };
    var ParameterVersionNotFound = class _ParameterVersionNotFound extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ParameterVersionNotFound";
      name = "ParameterVersionNotFound";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ParameterVersionNotFound",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ParameterVersionNotFound.prototype);
      }
    };
    var ServiceSettingNotFound = class _ServiceSettingNotFound extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ServiceSettingNotFound";
      name = "ServiceSettingNotFound";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ServiceSettingNotFound",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ServiceSettingNotFound.prototype);
        this.Message = opts.Message;
      }
    };
    var ParameterVersionLabelLimitExceeded = class _ParameterVersionLabelLimitExceeded extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ParameterVersionLabelLimitExceeded";
      name = "ParameterVersionLabelLimitExceeded";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ParameterVersionLabelLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ParameterVersionLabelLimitExceeded.prototype);
      }
    };
    var UnsupportedOperationException = class _UnsupportedOperationException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#UnsupportedOperationException";
      name = "UnsupportedOperationException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedOperationException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedOperationException.prototype);
        this.Message = opts.Message;
      }
    };
    var DocumentPermissionLimit = class _DocumentPermissionLimit extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#DocumentPermissionLimit";
      name = "DocumentPermissionLimit";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DocumentPermissionLimit",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DocumentPermissionLimit.prototype);
        this.Message = opts.Message;
      }
    };
    var ComplianceTypeCountLimitExceededException = class _ComplianceTypeCountLimitExceededException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ComplianceTypeCountLimitExceededException";
      name = "ComplianceTypeCountLimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ComplianceTypeCountLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ComplianceTypeCountLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidItemContentException = class _InvalidItemContentException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidItemContentException";
      name = "InvalidItemContentException";
      $fault = "client";
      TypeName;
      Message;
      constructor(opts) {
        super({
          name: "InvalidItemContentException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidItemContentException.prototype);
        this.TypeName = opts.TypeName;
        this.Message = opts.Message;
      }
    };
    var ItemSizeLimitExceededException = class _ItemSizeLimitExceededException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ItemSizeLimitExceededException";
      name = "ItemSizeLimitExceededException";
      $fault = "client";
      TypeName;
      Message;
      constructor(opts) {
        super({
          name: "ItemSizeLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ItemSizeLimitExceededException.prototype);
        this.TypeName = opts.TypeName;
        this.Message = opts.Message;
      }
    };
    var TotalSizeLimitExceededException = class _TotalSizeLimitExceededException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#TotalSizeLimitExceededException";
      name = "TotalSizeLimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TotalSizeLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TotalSizeLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var CustomSchemaCountLimitExceededException = class _CustomSchemaCountLimitExceededException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#CustomSchemaCountLimitExceededException";
      name = "CustomSchemaCountLimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "CustomSchemaCountLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _CustomSchemaCountLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidInventoryItemContextException = class _InvalidInventoryItemContextException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidInventoryItemContextException";
      name = "InvalidInventoryItemContextException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidInventoryItemContextException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidInventoryItemContextException.prototype);
        this.Message = opts.Message;
      }
    };
    var ItemContentMismatchException = class _ItemContentMismatchException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ItemContentMismatchException";
      name = "ItemContentMismatchException";
      $fault = "client";
      TypeName;
      Message;
      constructor(opts) {
        super({
          name: "ItemContentMismatchException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ItemContentMismatchException.prototype);
        this.TypeName = opts.TypeName;
        this.Message = opts.Message;
      }
    };
    var SubTypeCountLimitExceededException = class _SubTypeCountLimitExceededException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#SubTypeCountLimitExceededException";
      name = "SubTypeCountLimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "SubTypeCountLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _SubTypeCountLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var UnsupportedInventoryItemContextException = class _UnsupportedInventoryItemContextException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#UnsupportedInventoryItemContextException";
      name = "UnsupportedInventoryItemContextException";
      $fault = "client";
      TypeName;
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedInventoryItemContextException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedInventoryItemContextException.prototype);
        this.TypeName = opts.TypeName;
        this.Message = opts.Message;
      }
    };
    var UnsupportedInventorySchemaVersionException = class _UnsupportedInventorySchemaVersionException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#UnsupportedInventorySchemaVersionException";
      name = "UnsupportedInventorySchemaVersionException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "UnsupportedInventorySchemaVersionException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedInventorySchemaVersionException.prototype);
        this.Message = opts.Message;
      }
    };
    var HierarchyLevelLimitExceededException = class _HierarchyLevelLimitExceededException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#HierarchyLevelLimitExceededException";
      name = "HierarchyLevelLimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "HierarchyLevelLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _HierarchyLevelLimitExceededException.prototype);
      }
    };
    var HierarchyTypeMismatchException = class _HierarchyTypeMismatchException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#HierarchyTypeMismatchException";
      name = "HierarchyTypeMismatchException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "HierarchyTypeMismatchException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _HierarchyTypeMismatchException.prototype);
      }
    };
    var IncompatiblePolicyException = class _IncompatiblePolicyException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#IncompatiblePolicyException";
      name = "IncompatiblePolicyException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "IncompatiblePolicyException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _IncompatiblePolicyException.prototype);
      }
    };
    var InvalidAllowedPatternException = class _InvalidAllowedPatternException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidAllowedPatternException";
      name = "InvalidAllowedPatternException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidAllowedPatternException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidAllowedPatternException.prototype);
      }
    };
    var InvalidPolicyAttributeException = class _InvalidPolicyAttributeException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidPolicyAttributeException";
      name = "InvalidPolicyAttributeException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidPolicyAttributeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidPolicyAttributeException.prototype);
      }
    };
    var InvalidPolicyTypeException = class _InvalidPolicyTypeException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidPolicyTypeException";
      name = "InvalidPolicyTypeException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidPolicyTypeException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidPolicyTypeException.prototype);
      }
    };
    var ParameterAlreadyExists = class _ParameterAlreadyExists extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ParameterAlreadyExists";
      name = "ParameterAlreadyExists";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ParameterAlreadyExists",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ParameterAlreadyExists.prototype);
      }
    };
    var ParameterLimitExceeded = class _ParameterLimitExceeded extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ParameterLimitExceeded";
      name = "ParameterLimitExceeded";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ParameterLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ParameterLimitExceeded.prototype);
      }
    };
    var ParameterMaxVersionLimitExceeded = class _ParameterMaxVersionLimitExceeded extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ParameterMaxVersionLimitExceeded";
      name = "ParameterMaxVersionLimitExceeded";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ParameterMaxVersionLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ParameterMaxVersionLimitExceeded.prototype);
      }
    };
    var ParameterPatternMismatchException = class _ParameterPatternMismatchException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ParameterPatternMismatchException";
      name = "ParameterPatternMismatchException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "ParameterPatternMismatchException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ParameterPatternMismatchException.prototype);
      }
    };
    var PoliciesLimitExceededException = class _PoliciesLimitExceededException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#PoliciesLimitExceededException";
      name = "PoliciesLimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "PoliciesLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _PoliciesLimitExceededException.prototype);
      }
    };
    var UnsupportedParameterType = class _UnsupportedParameterType extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#UnsupportedParameterType";
      name = "UnsupportedParameterType";
      $fault = "client";
      constructor(opts) {
        super({
          name: "UnsupportedParameterType",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _UnsupportedParameterType.prototype);
      }
    };
    var ResourcePolicyLimitExceededException = class _ResourcePolicyLimitExceededException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ResourcePolicyLimitExceededException";
      name = "ResourcePolicyLimitExceededException";
      $fault = "client";
      Limit;
      LimitType;
      Message;
      constructor(opts) {
        super({
          name: "ResourcePolicyLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourcePolicyLimitExceededException.prototype);
        this.Limit = opts.Limit;
        this.LimitType = opts.LimitType;
        this.Message = opts.Message;
      }
    };
    var FeatureNotAvailableException = class _FeatureNotAvailableException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#FeatureNotAvailableException";
      name = "FeatureNotAvailableException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "FeatureNotAvailableException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _FeatureNotAvailableException.prototype);
        this.Message = opts.Message;
      }
    };
    var AutomationStepNotFoundException = class _AutomationStepNotFoundException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#AutomationStepNotFoundException";
      name = "AutomationStepNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationStepNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AutomationStepNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidAutomationSignalException = class _InvalidAutomationSignalException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidAutomationSignalException";
      name = "InvalidAutomationSignalException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAutomationSignalException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidAutomationSignalException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidNotificationConfig = class _InvalidNotificationConfig extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidNotificationConfig";
      name = "InvalidNotificationConfig";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidNotificationConfig",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidNotificationConfig.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidOutputFolder = class _InvalidOutputFolder extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidOutputFolder";
      name = "InvalidOutputFolder";
      $fault = "client";
      constructor(opts) {
        super({
          name: "InvalidOutputFolder",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidOutputFolder.prototype);
      }
    };
    var InvalidRole = class _InvalidRole extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidRole";
      name = "InvalidRole";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidRole",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidRole.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidAssociation = class _InvalidAssociation extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidAssociation";
      name = "InvalidAssociation";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAssociation",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidAssociation.prototype);
        this.Message = opts.Message;
      }
    };
    var AutomationDefinitionNotFoundException = class _AutomationDefinitionNotFoundException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#AutomationDefinitionNotFoundException";
      name = "AutomationDefinitionNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationDefinitionNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AutomationDefinitionNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var AutomationDefinitionVersionNotFoundException = class _AutomationDefinitionVersionNotFoundException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#AutomationDefinitionVersionNotFoundException";
      name = "AutomationDefinitionVersionNotFoundException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationDefinitionVersionNotFoundException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AutomationDefinitionVersionNotFoundException.prototype);
        this.Message = opts.Message;
      }
    };
    var AutomationExecutionLimitExceededException = class _AutomationExecutionLimitExceededException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#AutomationExecutionLimitExceededException";
      name = "AutomationExecutionLimitExceededException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationExecutionLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AutomationExecutionLimitExceededException.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidAutomationExecutionParametersException = class _InvalidAutomationExecutionParametersException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidAutomationExecutionParametersException";
      name = "InvalidAutomationExecutionParametersException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAutomationExecutionParametersException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidAutomationExecutionParametersException.prototype);
        this.Message = opts.Message;
      }
    };
    var AutomationDefinitionNotApprovedException = class _AutomationDefinitionNotApprovedException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#AutomationDefinitionNotApprovedException";
      name = "AutomationDefinitionNotApprovedException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AutomationDefinitionNotApprovedException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AutomationDefinitionNotApprovedException.prototype);
        this.Message = opts.Message;
      }
    };
    var TargetNotConnected = class _TargetNotConnected extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#TargetNotConnected";
      name = "TargetNotConnected";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "TargetNotConnected",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _TargetNotConnected.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidAutomationStatusUpdateException = class _InvalidAutomationStatusUpdateException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidAutomationStatusUpdateException";
      name = "InvalidAutomationStatusUpdateException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidAutomationStatusUpdateException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidAutomationStatusUpdateException.prototype);
        this.Message = opts.Message;
      }
    };
    var AssociationVersionLimitExceeded = class _AssociationVersionLimitExceeded extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#AssociationVersionLimitExceeded";
      name = "AssociationVersionLimitExceeded";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "AssociationVersionLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _AssociationVersionLimitExceeded.prototype);
        this.Message = opts.Message;
      }
    };
    var InvalidUpdate = class _InvalidUpdate extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#InvalidUpdate";
      name = "InvalidUpdate";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "InvalidUpdate",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _InvalidUpdate.prototype);
        this.Message = opts.Message;
      }
    };
    var StatusUnchanged = class _StatusUnchanged extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#StatusUnchanged";
      name = "StatusUnchanged";
      $fault = "client";
      constructor(opts) {
        super({
          name: "StatusUnchanged",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _StatusUnchanged.prototype);
      }
    };
    var DocumentVersionLimitExceeded = class _DocumentVersionLimitExceeded extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#DocumentVersionLimitExceeded";
      name = "DocumentVersionLimitExceeded";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DocumentVersionLimitExceeded",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DocumentVersionLimitExceeded.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateDocumentContent = class _DuplicateDocumentContent extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#DuplicateDocumentContent";
      name = "DuplicateDocumentContent";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateDocumentContent",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateDocumentContent.prototype);
        this.Message = opts.Message;
      }
    };
    var DuplicateDocumentVersionName = class _DuplicateDocumentVersionName extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#DuplicateDocumentVersionName";
      name = "DuplicateDocumentVersionName";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "DuplicateDocumentVersionName",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _DuplicateDocumentVersionName.prototype);
        this.Message = opts.Message;
      }
    };
    var OpsMetadataKeyLimitExceededException = class _OpsMetadataKeyLimitExceededException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#OpsMetadataKeyLimitExceededException";
      name = "OpsMetadataKeyLimitExceededException";
      $fault = "client";
      constructor(opts) {
        super({
          name: "OpsMetadataKeyLimitExceededException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _OpsMetadataKeyLimitExceededException.prototype);
      }
    };
    var ResourceDataSyncConflictException = class _ResourceDataSyncConflictException extends SSMServiceException {
      static shapeId = "com.amazonaws.ssm#ResourceDataSyncConflictException";
      name = "ResourceDataSyncConflictException";
      $fault = "client";
      Message;
      constructor(opts) {
        super({
          name: "ResourceDataSyncConflictException",
          $fault: "client",
          ...opts
        });
        Object.setPrototypeOf(this, _ResourceDataSyncConflictException.prototype);
        this.Message = opts.Message;
      }
    };
    var _A = "Activation";
    var _AA = "AutoApprove";
    var _AAD = "ApproveAfterDays";
    var _AAE = "AssociationAlreadyExists";
    var _AC = "AlarmConfiguration";
    var _ACL = "AttachmentContentList";
    var _ACc = "ActivationCode";
    var _ACt = "AttachmentContent";
    var _ACtt = "AttachmentsContent";
    var _ACz = "AzureConfiguration";
    var _AD = "AssociationDescription";
    var _ADAR = "AssociationDispatchAssumeRole";
    var _ADE = "AccessDeniedException";
    var _ADL = "AssociationDescriptionList";
    var _ADN = "ApplicationDisplayName";
    var _ADNAE = "AutomationDefinitionNotApprovedException";
    var _ADNE = "AssociationDoesNotExist";
    var _ADNFE = "AutomationDefinitionNotFoundException";
    var _ADVNFE = "AutomationDefinitionVersionNotFoundException";
    var _ADp = "ApprovalDate";
    var _AE = "AssociationExecution";
    var _AEDNE = "AssociationExecutionDoesNotExist";
    var _AEE = "AlreadyExistsException";
    var _AEF = "AssociationExecutionFilter";
    var _AEFL = "AssociationExecutionFilterList";
    var _AEFLu = "AutomationExecutionFilterList";
    var _AEFu = "AutomationExecutionFilter";
    var _AEI = "AutomationExecutionId";
    var _AEIu = "AutomationExecutionInputs";
    var _AEL = "AssociationExecutionsList";
    var _AELEE = "AutomationExecutionLimitExceededException";
    var _AEM = "AutomationExecutionMetadata";
    var _AEML = "AutomationExecutionMetadataList";
    var _AENFE = "AutomationExecutionNotFoundException";
    var _AEP = "AutomationExecutionPreview";
    var _AES = "AutomationExecutionStatus";
    var _AET = "AssociationExecutionTarget";
    var _AETF = "AssociationExecutionTargetsFilter";
    var _AETFL = "AssociationExecutionTargetsFilterList";
    var _AETL = "AssociationExecutionTargetsList";
    var _AETc = "ActualEndTime";
    var _AETs = "AssociationExecutionTargets";
    var _AEs = "AssociationExecutions";
    var _AEu = "AutomationExecution";
    var _AF = "AssociationFilter";
    var _AFL = "AssociationFilterList";
    var _AI = "AssociatedInstances";
    var _AIL = "AccountIdList";
    var _AILt = "AttachmentInformationList";
    var _AITA = "AccountIdsToAdd";
    var _AITR = "AccountIdsToRemove";
    var _AIc = "AccountId";
    var _AIcc = "AccountIds";
    var _AIct = "ActivationId";
    var _AId = "AdditionalInfo";
    var _AIdv = "AdvisoryIds";
    var _AIp = "ApplicationId";
    var _AIs = "AssociationId";
    var _AIss = "AssociationIds";
    var _AIt = "AttachmentInformation";
    var _AItt = "AttachmentsInformation";
    var _AKI = "AccessKeyId";
    var _AKST = "AccessKeySecretType";
    var _AL = "ActivationList";
    var _ALE = "AssociationLimitExceeded";
    var _ALl = "AlarmList";
    var _ALs = "AssociationList";
    var _AN = "AssociationName";
    var _ANt = "AttributeName";
    var _AO = "AssociationOverview";
    var _AOACI = "ApplyOnlyAtCronInterval";
    var _AOIRI = "AssociateOpsItemRelatedItem";
    var _AOIRIR = "AssociateOpsItemRelatedItemRequest";
    var _AOIRIRs = "AssociateOpsItemRelatedItemResponse";
    var _AOS = "AwsOrganizationsSource";
    var _AP = "ApprovedPatches";
    var _APCL = "ApprovedPatchesComplianceLevel";
    var _APENS = "ApprovedPatchesEnableNonSecurity";
    var _APM = "AutomationParameterMap";
    var _APl = "AllowedPattern";
    var _AR = "ApprovalRules";
    var _ARI = "AccessRequestId";
    var _ARN = "ARN";
    var _ARS = "AccessRequestStatus";
    var _AS = "AssociationStatus";
    var _ASAC = "AssociationStatusAggregatedCount";
    var _ASI = "AccountSharingInfo";
    var _ASIL = "AccountSharingInfoList";
    var _ASILl = "AlarmStateInformationList";
    var _ASIl = "AlarmStateInformation";
    var _ASL = "AttachmentsSourceList";
    var _ASLz = "AzureSubscriptionList";
    var _ASNFE = "AutomationStepNotFoundException";
    var _AST = "ActualStartTime";
    var _ASUC = "AvailableSecurityUpdateCount";
    var _ASUCS = "AvailableSecurityUpdatesComplianceStatus";
    var _ASt = "AttachmentsSource";
    var _ASu = "AutomationSubtype";
    var _ASz = "AzureSubscription";
    var _AT = "AssociationType";
    var _ATPN = "AutomationTargetParameterName";
    var _ATTR = "AddTagsToResource";
    var _ATTRR = "AddTagsToResourceRequest";
    var _ATTRRd = "AddTagsToResourceResult";
    var _ATc = "AccessType";
    var _ATg = "AgentType";
    var _ATgg = "AggregatorType";
    var _ATt = "AtTime";
    var _ATu = "AutomationType";
    var _ATut = "AutomationTargets";
    var _AUD = "ApproveUntilDate";
    var _AUT = "AllowUnassociatedTargets";
    var _AV = "AssociationVersion";
    var _AVI = "AssociationVersionInfo";
    var _AVL = "AssociationVersionList";
    var _AVLE = "AssociationVersionLimitExceeded";
    var _AVg = "AgentVersion";
    var _AVp = "ApprovedVersion";
    var _AVs = "AssociationVersions";
    var _AWSKMSKARN = "AWSKMSKeyARN";
    var _AZ = "AvailabilityZone";
    var _AZI = "AvailabilityZoneId";
    var _Ac = "Action";
    var _Acc = "Accounts";
    var _Ag = "Aggregators";
    var _Agg = "Aggregator";
    var _Al = "Alarm";
    var _Ala = "Alarms";
    var _Ar = "Architecture";
    var _Arc = "Arch";
    var _Arn = "Arn";
    var _As = "Association";
    var _Ass = "Associations";
    var _At = "Attachments";
    var _Att = "Attributes";
    var _Attr = "Attribute";
    var _Au = "Author";
    var _Aut = "Automation";
    var _BD = "BaselineDescription";
    var _BI = "BaselineId";
    var _BIa = "BaselineIdentities";
    var _BIas = "BaselineIdentity";
    var _BIu = "BugzillaIds";
    var _BN = "BaselineName";
    var _BNu = "BucketName";
    var _BO = "BaselineOverride";
    var _C = "Command";
    var _CA = "CurrentAction";
    var _CAB = "CreateAssociationBatch";
    var _CABR = "CreateAssociationBatchRequest";
    var _CABRE = "CreateAssociationBatchRequestEntry";
    var _CABREr = "CreateAssociationBatchRequestEntries";
    var _CABRr = "CreateAssociationBatchResult";
    var _CAR = "CreateActivationRequest";
    var _CARr = "CreateActivationResult";
    var _CARre = "CreateAssociationRequest";
    var _CARrea = "CreateAssociationResult";
    var _CAr = "CreatedAt";
    var _CAre = "CreateActivation";
    var _CArea = "CreateAssociation";
    var _CB = "CutoffBehavior";
    var _CBr = "CreatedBy";
    var _CC = "CompletedCount";
    var _CCA = "ConfigConnectorArn";
    var _CCAl = "CloudConnectorArn";
    var _CCC = "CloudConnectorConfiguration";
    var _CCCR = "CreateCloudConnectorRequest";
    var _CCCRr = "CreateCloudConnectorResult";
    var _CCCr = "CreateCloudConnector";
    var _CCF = "CloudConnectorFilter";
    var _CCFL = "CloudConnectorFilterList";
    var _CCI = "CloudConnectorId";
    var _CCR = "CancelCommandRequest";
    var _CCRa = "CancelCommandResult";
    var _CCS = "CloudConnectorSummary";
    var _CCSL = "CloudConnectorSummaryList";
    var _CCa = "CancelCommand";
    var _CCl = "CloudConnectors";
    var _CCli = "ClientContext";
    var _CCo = "CompliantCount";
    var _CCr = "CriticalCount";
    var _CD = "CreatedDate";
    var _CDR = "CreateDocumentRequest";
    var _CDRr = "CreateDocumentResult";
    var _CDh = "ChangeDetails";
    var _CDr = "CreationDate";
    var _CDre = "CreateDocument";
    var _CE = "ConflictException";
    var _CES = "ComplianceExecutionSummary";
    var _CEa = "CategoryEnum";
    var _CF = "CommandFilter";
    var _CFL = "CommandFilterList";
    var _CFo = "ComplianceFilter";
    var _CH = "ContentHash";
    var _CI = "CommandId";
    var _CIE = "ComplianceItemEntry";
    var _CIEL = "ComplianceItemEntryList";
    var _CIL = "CommandInvocationList";
    var _CILo = "ComplianceItemList";
    var _CIo = "CommandInvocation";
    var _CIom = "ComplianceItem";
    var _CIomm = "CommandInvocations";
    var _CIomp = "ComplianceItems";
    var _CL = "ComplianceLevel";
    var _CLo = "CommandList";
    var _CMW = "CreateMaintenanceWindow";
    var _CMWE = "CancelMaintenanceWindowExecution";
    var _CMWER = "CancelMaintenanceWindowExecutionRequest";
    var _CMWERa = "CancelMaintenanceWindowExecutionResult";
    var _CMWR = "CreateMaintenanceWindowRequest";
    var _CMWRr = "CreateMaintenanceWindowResult";
    var _CN = "CalendarNames";
    var _CNCC = "CriticalNonCompliantCount";
    var _CNo = "ComputerName";
    var _COI = "CreateOpsItem";
    var _COIR = "CreateOpsItemRequest";
    var _COIRr = "CreateOpsItemResponse";
    var _COM = "CreateOpsMetadata";
    var _COMR = "CreateOpsMetadataRequest";
    var _COMRr = "CreateOpsMetadataResult";
    var _CP = "CommandPlugins";
    var _CPB = "CreatePatchBaseline";
    var _CPBR = "CreatePatchBaselineRequest";
    var _CPBRr = "CreatePatchBaselineResult";
    var _CPL = "CommandPluginList";
    var _CPo = "CommandPlugin";
    var _CRDS = "CreateResourceDataSync";
    var _CRDSR = "CreateResourceDataSyncRequest";
    var _CRDSRr = "CreateResourceDataSyncResult";
    var _CRN = "ChangeRequestName";
    var _CS = "ComplianceSeverity";
    var _CSCLEE = "CustomSchemaCountLimitExceededException";
    var _CSF = "ComplianceStringFilter";
    var _CSFL = "ComplianceStringFilterList";
    var _CSFVL = "ComplianceStringFilterValueList";
    var _CSI = "ComplianceSummaryItem";
    var _CSIL = "ComplianceSummaryItemList";
    var _CSIo = "ComplianceSummaryItems";
    var _CSN = "CurrentStepName";
    var _CSa = "CancelledSteps";
    var _CSo = "CompliantSummary";
    var _CT = "CreatedTime";
    var _CTCLEE = "ComplianceTypeCountLimitExceededException";
    var _CTa = "CaptureTime";
    var _CTl = "ClientToken";
    var _CTo = "ComplianceType";
    var _CTon = "ConfigurationTargets";
    var _CTr = "CreateTime";
    var _CU = "ContentUrl";
    var _CVEI = "CVEIds";
    var _CWLGN = "CloudWatchLogGroupName";
    var _CWOC = "CloudWatchOutputConfig";
    var _CWOE = "CloudWatchOutputEnabled";
    var _CWOU = "CloudWatchOutputUrl";
    var _Ca = "Category";
    var _Cl = "Classification";
    var _Co = "Comment";
    var _Cod = "Code";
    var _Com = "Commands";
    var _Con = "Configuration";
    var _Cont = "Content";
    var _Conte = "Context";
    var _Cou = "Count";
    var _Cr = "Credentials";
    var _Cu = "Cutoff";
    var _D = "Description";
    var _DA = "DeleteActivation";
    var _DAE = "DocumentAlreadyExists";
    var _DAER = "DescribeAssociationExecutionsRequest";
    var _DAERe = "DescribeAssociationExecutionsResult";
    var _DAERes = "DescribeAutomationExecutionsRequest";
    var _DAEResc = "DescribeAutomationExecutionsResult";
    var _DAET = "DescribeAssociationExecutionTargets";
    var _DAETR = "DescribeAssociationExecutionTargetsRequest";
    var _DAETRe = "DescribeAssociationExecutionTargetsResult";
    var _DAEe = "DescribeAssociationExecutions";
    var _DAEes = "DescribeAutomationExecutions";
    var _DAF = "DescribeActivationsFilter";
    var _DAFL = "DescribeActivationsFilterList";
    var _DAP = "DescribeAvailablePatches";
    var _DAPR = "DescribeAvailablePatchesRequest";
    var _DAPRe = "DescribeAvailablePatchesResult";
    var _DAR = "DeleteActivationRequest";
    var _DARe = "DeleteActivationResult";
    var _DARel = "DeleteAssociationRequest";
    var _DARele = "DeleteAssociationResult";
    var _DARes = "DescribeActivationsRequest";
    var _DAResc = "DescribeActivationsResult";
    var _DARescr = "DescribeAssociationRequest";
    var _DARescri = "DescribeAssociationResult";
    var _DASE = "DescribeAutomationStepExecutions";
    var _DASER = "DescribeAutomationStepExecutionsRequest";
    var _DASERe = "DescribeAutomationStepExecutionsResult";
    var _DAe = "DeleteAssociation";
    var _DAes = "DescribeActivations";
    var _DAesc = "DescribeAssociation";
    var _DB = "DefaultBaseline";
    var _DCC = "DeleteCloudConnector";
    var _DCCR = "DeleteCloudConnectorRequest";
    var _DCCRe = "DeleteCloudConnectorResult";
    var _DD = "DocumentDescription";
    var _DDC = "DuplicateDocumentContent";
    var _DDHMC = "DeregisterDefaultHostManagementConfiguration";
    var _DDHMCR = "DeregisterDefaultHostManagementConfigurationRequest";
    var _DDHMCRe = "DeregisterDefaultHostManagementConfigurationResult";
    var _DDP = "DescribeDocumentPermission";
    var _DDPR = "DescribeDocumentPermissionRequest";
    var _DDPRe = "DescribeDocumentPermissionResponse";
    var _DDR = "DeleteDocumentRequest";
    var _DDRe = "DeleteDocumentResult";
    var _DDRes = "DescribeDocumentRequest";
    var _DDResc = "DescribeDocumentResult";
    var _DDS = "DestinationDataSharing";
    var _DDST = "DestinationDataSharingType";
    var _DDVD = "DocumentDefaultVersionDescription";
    var _DDVN = "DuplicateDocumentVersionName";
    var _DDe = "DeleteDocument";
    var _DDes = "DescribeDocument";
    var _DEIA = "DescribeEffectiveInstanceAssociations";
    var _DEIAR = "DescribeEffectiveInstanceAssociationsRequest";
    var _DEIARe = "DescribeEffectiveInstanceAssociationsResult";
    var _DEPFPB = "DescribeEffectivePatchesForPatchBaseline";
    var _DEPFPBR = "DescribeEffectivePatchesForPatchBaselineRequest";
    var _DEPFPBRe = "DescribeEffectivePatchesForPatchBaselineResult";
    var _DF = "DocumentFormat";
    var _DFL = "DocumentFilterList";
    var _DFo = "DocumentFilter";
    var _DH = "DocumentHash";
    var _DHT = "DocumentHashType";
    var _DI = "DeletionId";
    var _DIAS = "DescribeInstanceAssociationsStatus";
    var _DIASR = "DescribeInstanceAssociationsStatusRequest";
    var _DIASRe = "DescribeInstanceAssociationsStatusResult";
    var _DID = "DescribeInventoryDeletions";
    var _DIDR = "DescribeInventoryDeletionsRequest";
    var _DIDRe = "DescribeInventoryDeletionsResult";
    var _DII = "DuplicateInstanceId";
    var _DIIR = "DescribeInstanceInformationRequest";
    var _DIIRe = "DescribeInstanceInformationResult";
    var _DIIe = "DescribeInstanceInformation";
    var _DIL = "DocumentIdentifierList";
    var _DIN = "DefaultInstanceName";
    var _DIP = "DescribeInstancePatches";
    var _DIPR = "DescribeInstancePatchesRequest";
    var _DIPRe = "DescribeInstancePatchesResult";
    var _DIPRes = "DescribeInstancePropertiesRequest";
    var _DIPResc = "DescribeInstancePropertiesResult";
    var _DIPS = "DescribeInstancePatchStates";
    var _DIPSFPG = "DescribeInstancePatchStatesForPatchGroup";
    var _DIPSFPGR = "DescribeInstancePatchStatesForPatchGroupRequest";
    var _DIPSFPGRe = "DescribeInstancePatchStatesForPatchGroupResult";
    var _DIPSR = "DescribeInstancePatchStatesRequest";
    var _DIPSRe = "DescribeInstancePatchStatesResult";
    var _DIPe = "DescribeInstanceProperties";
    var _DIR = "DeleteInventoryRequest";
    var _DIRe = "DeleteInventoryResult";
    var _DIe = "DeleteInventory";
    var _DIo = "DocumentIdentifier";
    var _DIoc = "DocumentIdentifiers";
    var _DKVF = "DocumentKeyValuesFilter";
    var _DKVFL = "DocumentKeyValuesFilterList";
    var _DLE = "DocumentLimitExceeded";
    var _DM = "DeletionMode";
    var _DMI = "DeregisterManagedInstance";
    var _DMIR = "DeregisterManagedInstanceRequest";
    var _DMIRe = "DeregisterManagedInstanceResult";
    var _DMRI = "DocumentMetadataResponseInfo";
    var _DMW = "DeleteMaintenanceWindow";
    var _DMWE = "DescribeMaintenanceWindowExecutions";
    var _DMWER = "DescribeMaintenanceWindowExecutionsRequest";
    var _DMWERe = "DescribeMaintenanceWindowExecutionsResult";
    var _DMWET = "DescribeMaintenanceWindowExecutionTasks";
    var _DMWETI = "DescribeMaintenanceWindowExecutionTaskInvocations";
    var _DMWETIR = "DescribeMaintenanceWindowExecutionTaskInvocationsRequest";
    var _DMWETIRe = "DescribeMaintenanceWindowExecutionTaskInvocationsResult";
    var _DMWETR = "DescribeMaintenanceWindowExecutionTasksRequest";
    var _DMWETRe = "DescribeMaintenanceWindowExecutionTasksResult";
    var _DMWFT = "DescribeMaintenanceWindowsForTarget";
    var _DMWFTR = "DescribeMaintenanceWindowsForTargetRequest";
    var _DMWFTRe = "DescribeMaintenanceWindowsForTargetResult";
    var _DMWR = "DeleteMaintenanceWindowRequest";
    var _DMWRe = "DeleteMaintenanceWindowResult";
    var _DMWRes = "DescribeMaintenanceWindowsRequest";
    var _DMWResc = "DescribeMaintenanceWindowsResult";
    var _DMWS = "DescribeMaintenanceWindowSchedule";
    var _DMWSR = "DescribeMaintenanceWindowScheduleRequest";
    var _DMWSRe = "DescribeMaintenanceWindowScheduleResult";
    var _DMWT = "DescribeMaintenanceWindowTargets";
    var _DMWTR = "DescribeMaintenanceWindowTargetsRequest";
    var _DMWTRe = "DescribeMaintenanceWindowTargetsResult";
    var _DMWTRes = "DescribeMaintenanceWindowTasksRequest";
    var _DMWTResc = "DescribeMaintenanceWindowTasksResult";
    var _DMWTe = "DescribeMaintenanceWindowTasks";
    var _DMWe = "DescribeMaintenanceWindows";
    var _DN = "DocumentName";
    var _DNEE = "DoesNotExistException";
    var _DNi = "DisplayName";
    var _DOI = "DeleteOpsItem";
    var _DOIR = "DeleteOpsItemRequest";
    var _DOIRI = "DisassociateOpsItemRelatedItem";
    var _DOIRIR = "DisassociateOpsItemRelatedItemRequest";
    var _DOIRIRi = "DisassociateOpsItemRelatedItemResponse";
    var _DOIRe = "DeleteOpsItemResponse";
    var _DOIRes = "DescribeOpsItemsRequest";
    var _DOIResc = "DescribeOpsItemsResponse";
    var _DOIe = "DescribeOpsItems";
    var _DOM = "DeleteOpsMetadata";
    var _DOMR = "DeleteOpsMetadataRequest";
    var _DOMRe = "DeleteOpsMetadataResult";
    var _DP = "DeletedParameters";
    var _DPB = "DeletePatchBaseline";
    var _DPBFPG = "DeregisterPatchBaselineForPatchGroup";
    var _DPBFPGR = "DeregisterPatchBaselineForPatchGroupRequest";
    var _DPBFPGRe = "DeregisterPatchBaselineForPatchGroupResult";
    var _DPBR = "DeletePatchBaselineRequest";
    var _DPBRe = "DeletePatchBaselineResult";
    var _DPBRes = "DescribePatchBaselinesRequest";
    var _DPBResc = "DescribePatchBaselinesResult";
    var _DPBe = "DescribePatchBaselines";
    var _DPG = "DescribePatchGroups";
    var _DPGR = "DescribePatchGroupsRequest";
    var _DPGRe = "DescribePatchGroupsResult";
    var _DPGS = "DescribePatchGroupState";
    var _DPGSR = "DescribePatchGroupStateRequest";
    var _DPGSRe = "DescribePatchGroupStateResult";
    var _DPL = "DocumentPermissionLimit";
    var _DPLo = "DocumentParameterList";
    var _DPP = "DescribePatchProperties";
    var _DPPR = "DescribePatchPropertiesRequest";
    var _DPPRe = "DescribePatchPropertiesResult";
    var _DPR = "DeleteParameterRequest";
    var _DPRe = "DeleteParameterResult";
    var _DPRel = "DeleteParametersRequest";
    var _DPRele = "DeleteParametersResult";
    var _DPRes = "DescribeParametersRequest";
    var _DPResc = "DescribeParametersResult";
    var _DPe = "DeleteParameter";
    var _DPel = "DeleteParameters";
    var _DPes = "DescribeParameters";
    var _DPo = "DocumentParameter";
    var _DR = "DryRun";
    var _DRCL = "DocumentReviewCommentList";
    var _DRCS = "DocumentReviewCommentSource";
    var _DRDS = "DeleteResourceDataSync";
    var _DRDSR = "DeleteResourceDataSyncRequest";
    var _DRDSRe = "DeleteResourceDataSyncResult";
    var _DRL = "DocumentRequiresList";
    var _DRP = "DeleteResourcePolicy";
    var _DRPR = "DeleteResourcePolicyRequest";
    var _DRPRe = "DeleteResourcePolicyResponse";
    var _DRRL = "DocumentReviewerResponseList";
    var _DRRS = "DocumentReviewerResponseSource";
    var _DRo = "DocumentRequires";
    var _DRoc = "DocumentReviews";
    var _DS = "DetailedStatus";
    var _DSR = "DescribeSessionsRequest";
    var _DSRe = "DescribeSessionsResponse";
    var _DST = "DeletionStartTime";
    var _DSe = "DeletionSummary";
    var _DSep = "DeploymentStatus";
    var _DSes = "DescribeSessions";
    var _DT = "DocumentType";
    var _DTFMW = "DeregisterTargetFromMaintenanceWindow";
    var _DTFMWR = "DeregisterTargetFromMaintenanceWindowRequest";
    var _DTFMWRe = "DeregisterTargetFromMaintenanceWindowResult";
    var _DTFMWRer = "DeregisterTaskFromMaintenanceWindowRequest";
    var _DTFMWRere = "DeregisterTaskFromMaintenanceWindowResult";
    var _DTFMWe = "DeregisterTaskFromMaintenanceWindow";
    var _DTOC = "DeliveryTimedOutCount";
    var _DTa = "DataType";
    var _DTe = "DetailType";
    var _DV = "DocumentVersion";
    var _DVI = "DocumentVersionInfo";
    var _DVL = "DocumentVersionList";
    var _DVLE = "DocumentVersionLimitExceeded";
    var _DVN = "DefaultVersionName";
    var _DVe = "DefaultVersion";
    var _DVef = "DefaultValue";
    var _DVo = "DocumentVersions";
    var _Da = "Date";
    var _Dat = "Data";
    var _De = "Details";
    var _Det = "Detail";
    var _Do = "Document";
    var _Du = "Duration";
    var _E = "Expired";
    var _EA = "ExpiresAfter";
    var _EAODS = "EnableAllOpsDataSources";
    var _EAn = "EndedAt";
    var _EAx = "ExcludeAccounts";
    var _EB = "ExecutedBy";
    var _EC = "ErrorCount";
    var _ECr = "ErrorCode";
    var _ED = "ExpirationDate";
    var _EDn = "EndDate";
    var _EDx = "ExecutionDate";
    var _EEDT = "ExecutionEndDateTime";
    var _EET = "ExecutionEndTime";
    var _EETx = "ExecutionElapsedTime";
    var _EI = "ExecutionId";
    var _EIv = "EventId";
    var _EIx = "ExecutionInputs";
    var _ENS = "EnableNonSecurity";
    var _EP = "EffectivePatches";
    var _EPI = "ExecutionPreviewId";
    var _EPL = "EffectivePatchList";
    var _EPf = "EffectivePatch";
    var _EPx = "ExecutionPreview";
    var _ERN = "ExecutionRoleName";
    var _ES = "ExecutionSummary";
    var _ESDT = "ExecutionStartDateTime";
    var _EST = "ExecutionStartTime";
    var _ET = "ExecutionTime";
    var _ETn = "EndTime";
    var _ETx = "ExecutionType";
    var _ETxp = "ExpirationTime";
    var _En = "Entries";
    var _Ena = "Enabled";
    var _Ent = "Entry";
    var _Enti = "Entities";
    var _Entit = "Entity";
    var _Ep = "Epoch";
    var _Ex = "Expression";
    var _F = "Failed";
    var _FC = "FailedCount";
    var _FCA = "FailedCreateAssociation";
    var _FCAE = "FailedCreateAssociationEntry";
    var _FCAL = "FailedCreateAssociationList";
    var _FD = "FailureDetails";
    var _FK = "FilterKey";
    var _FM = "FailureMessage";
    var _FNAE = "FeatureNotAvailableException";
    var _FS = "FailureStage";
    var _FSa = "FailedSteps";
    var _FT = "FailureType";
    var _FV = "FilterValues";
    var _FVi = "FilterValue";
    var _FWO = "FiltersWithOperator";
    var _Fa = "Fault";
    var _Fi = "Filters";
    var _Fo = "Force";
    var _G = "Groups";
    var _GAE = "GetAutomationExecution";
    var _GAER = "GetAutomationExecutionRequest";
    var _GAERe = "GetAutomationExecutionResult";
    var _GAT = "GetAccessToken";
    var _GATR = "GetAccessTokenRequest";
    var _GATRe = "GetAccessTokenResponse";
    var _GC = "GcpConfiguration";
    var _GCC = "GetCloudConnector";
    var _GCCR = "GetCloudConnectorRequest";
    var _GCCRe = "GetCloudConnectorResult";
    var _GCI = "GetCommandInvocation";
    var _GCIR = "GetCommandInvocationRequest";
    var _GCIRe = "GetCommandInvocationResult";
    var _GCS = "GetCalendarState";
    var _GCSR = "GetCalendarStateRequest";
    var _GCSRe = "GetCalendarStateResponse";
    var _GCSRet = "GetConnectionStatusRequest";
    var _GCSReto = "GetConnectionStatusResponse";
    var _GCSe = "GetConnectionStatus";
    var _GCT = "GcpConfigurationTargets";
    var _GD = "GetDocument";
    var _GDPB = "GetDefaultPatchBaseline";
    var _GDPBR = "GetDefaultPatchBaselineRequest";
    var _GDPBRe = "GetDefaultPatchBaselineResult";
    var _GDPSFI = "GetDeployablePatchSnapshotForInstance";
    var _GDPSFIR = "GetDeployablePatchSnapshotForInstanceRequest";
    var _GDPSFIRe = "GetDeployablePatchSnapshotForInstanceResult";
    var _GDR = "GetDocumentRequest";
    var _GDRe = "GetDocumentResult";
    var _GEP = "GetExecutionPreview";
    var _GEPR = "GetExecutionPreviewRequest";
    var _GEPRe = "GetExecutionPreviewResponse";
    var _GF = "GlobalFilters";
    var _GI = "GetInventory";
    var _GIR = "GetInventoryRequest";
    var _GIRe = "GetInventoryResult";
    var _GIS = "GetInventorySchema";
    var _GISR = "GetInventorySchemaRequest";
    var _GISRe = "GetInventorySchemaResult";
    var _GMW = "GetMaintenanceWindow";
    var _GMWE = "GetMaintenanceWindowExecution";
    var _GMWER = "GetMaintenanceWindowExecutionRequest";
    var _GMWERe = "GetMaintenanceWindowExecutionResult";
    var _GMWET = "GetMaintenanceWindowExecutionTask";
    var _GMWETI = "GetMaintenanceWindowExecutionTaskInvocation";
    var _GMWETIR = "GetMaintenanceWindowExecutionTaskInvocationRequest";
    var _GMWETIRe = "GetMaintenanceWindowExecutionTaskInvocationResult";
    var _GMWETR = "GetMaintenanceWindowExecutionTaskRequest";
    var _GMWETRe = "GetMaintenanceWindowExecutionTaskResult";
    var _GMWR = "GetMaintenanceWindowRequest";
    var _GMWRe = "GetMaintenanceWindowResult";
    var _GMWT = "GetMaintenanceWindowTask";
    var _GMWTR = "GetMaintenanceWindowTaskRequest";
    var _GMWTRe = "GetMaintenanceWindowTaskResult";
    var _GOI = "GetOpsItem";
    var _GOIR = "GetOpsItemRequest";
    var _GOIRe = "GetOpsItemResponse";
    var _GOM = "GetOpsMetadata";
    var _GOMR = "GetOpsMetadataRequest";
    var _GOMRe = "GetOpsMetadataResult";
    var _GOS = "GetOpsSummary";
    var _GOSR = "GetOpsSummaryRequest";
    var _GOSRe = "GetOpsSummaryResult";
    var _GP = "GcpProject";
    var _GPB = "GetPatchBaseline";
    var _GPBFPG = "GetPatchBaselineForPatchGroup";
    var _GPBFPGR = "GetPatchBaselineForPatchGroupRequest";
    var _GPBFPGRe = "GetPatchBaselineForPatchGroupResult";
    var _GPBP = "GetParametersByPath";
    var _GPBPR = "GetParametersByPathRequest";
    var _GPBPRe = "GetParametersByPathResult";
    var _GPBR = "GetPatchBaselineRequest";
    var _GPBRe = "GetPatchBaselineResult";
    var _GPH = "GetParameterHistory";
    var _GPHR = "GetParameterHistoryRequest";
    var _GPHRe = "GetParameterHistoryResult";
    var _GPL = "GcpProjectList";
    var _GPR = "GetParameterRequest";
    var _GPRe = "GetParameterResult";
    var _GPRet = "GetParametersRequest";
    var _GPReta = "GetParametersResult";
    var _GPe = "GetParameter";
    var _GPet = "GetParameters";
    var _GRP = "GetResourcePolicies";
    var _GRPR = "GetResourcePoliciesRequest";
    var _GRPRE = "GetResourcePoliciesResponseEntry";
    var _GRPREe = "GetResourcePoliciesResponseEntries";
    var _GRPRe = "GetResourcePoliciesResponse";
    var _GSS = "GetServiceSetting";
    var _GSSR = "GetServiceSettingRequest";
    var _GSSRe = "GetServiceSettingResult";
    var _H = "Hash";
    var _HC = "HighCount";
    var _HLLEE = "HierarchyLevelLimitExceededException";
    var _HT = "HashType";
    var _HTME = "HierarchyTypeMismatchException";
    var _I = "Id";
    var _IA = "InvalidActivation";
    var _IAAO = "InstanceAggregatedAssociationOverview";
    var _IAE = "InvalidAggregatorException";
    var _IAEPE = "InvalidAutomationExecutionParametersException";
    var _IAI = "InvalidActivationId";
    var _IAL = "InstanceAssociationList";
    var _IALn = "InventoryAggregatorList";
    var _IAOL = "InstanceAssociationOutputLocation";
    var _IAOU = "InstanceAssociationOutputUrl";
    var _IAPE = "InvalidAllowedPatternException";
    var _IASAC = "InstanceAssociationStatusAggregatedCount";
    var _IASE = "InvalidAutomationSignalException";
    var _IASI = "InstanceAssociationStatusInfos";
    var _IASIn = "InstanceAssociationStatusInfo";
    var _IASUE = "InvalidAutomationStatusUpdateException";
    var _IAV = "InvalidAssociationVersion";
    var _IAn = "InvalidAssociation";
    var _IAns = "InstanceAssociation";
    var _IAnv = "InventoryAggregator";
    var _IAp = "IpAddress";
    var _IC = "InstalledCount";
    var _ICH = "ItemContentHash";
    var _ICI = "InvalidCommandId";
    var _ICME = "ItemContentMismatchException";
    var _ICOU = "IncludeChildOrganizationUnits";
    var _ICn = "InformationalCount";
    var _ICs = "IsCritical";
    var _ID = "InvalidDocument";
    var _IDC = "InvalidDocumentContent";
    var _IDIE = "InvalidDeletionIdException";
    var _IDIPE = "InvalidDeleteInventoryParametersException";
    var _IDL = "InventoryDeletionsList";
    var _IDNE = "InvocationDoesNotExist";
    var _IDO = "InvalidDocumentOperation";
    var _IDS = "InventoryDeletionSummary";
    var _IDSI = "InventoryDeletionStatusItem";
    var _IDSIn = "InventoryDeletionSummaryItem";
    var _IDSInv = "InventoryDeletionSummaryItems";
    var _IDSV = "InvalidDocumentSchemaVersion";
    var _IDT = "InvalidDocumentType";
    var _IDV = "InvalidDocumentVersion";
    var _IDVs = "IsDefaultVersion";
    var _IDn = "InventoryDeletions";
    var _IE = "IsEnd";
    var _IF = "InvalidFilter";
    var _IFK = "InvalidFilterKey";
    var _IFL = "InventoryFilterList";
    var _IFO = "InvalidFilterOption";
    var _IFR = "IncludeFutureRegions";
    var _IFV = "InvalidFilterValue";
    var _IFVL = "InventoryFilterValueList";
    var _IFn = "InventoryFilter";
    var _IG = "InventoryGroup";
    var _IGL = "InventoryGroupList";
    var _II = "InstanceId";
    var _IIA = "InventoryItemAttribute";
    var _IIAL = "InventoryItemAttributeList";
    var _IICE = "InvalidItemContentException";
    var _IIEL = "InventoryItemEntryList";
    var _IIF = "InstanceInformationFilter";
    var _IIFL = "InstanceInformationFilterList";
    var _IIFV = "InstanceInformationFilterValue";
    var _IIFVS = "InstanceInformationFilterValueSet";
    var _IIGE = "InvalidInventoryGroupException";
    var _III = "InvalidInstanceId";
    var _IIICE = "InvalidInventoryItemContextException";
    var _IIIFV = "InvalidInstanceInformationFilterValue";
    var _IIL = "InstanceInformationList";
    var _IILn = "InventoryItemList";
    var _IIPFV = "InvalidInstancePropertyFilterValue";
    var _IIRE = "InvalidInventoryRequestException";
    var _IIS = "InventoryItemSchema";
    var _IISF = "InstanceInformationStringFilter";
    var _IISFL = "InstanceInformationStringFilterList";
    var _IISRL = "InventoryItemSchemaResultList";
    var _IIn = "InstanceIds";
    var _IIns = "InstanceInfo";
    var _IInst = "InstanceInformation";
    var _IInv = "InvocationId";
    var _IInve = "InventoryItem";
    var _IKI = "InvalidKeyId";
    var _IL = "InvalidLabels";
    var _ILV = "IsLatestVersion";
    var _IN = "InstanceName";
    var _INC = "InvalidNotificationConfig";
    var _INT = "InvalidNextToken";
    var _IOC = "InstalledOtherCount";
    var _IOE = "InvalidOptionException";
    var _IOF = "InvalidOutputFolder";
    var _IOL = "InvalidOutputLocation";
    var _IOLn = "InstallOverrideList";
    var _IP = "InvalidParameters";
    var _IPA = "IPAddress";
    var _IPAE = "InvalidPolicyAttributeException";
    var _IPAF = "IgnorePollAlarmFailure";
    var _IPE = "IncompatiblePolicyException";
    var _IPF = "InstancePropertyFilter";
    var _IPFL = "InstancePropertyFilterList";
    var _IPFV = "InstancePropertyFilterValue";
    var _IPFVS = "InstancePropertyFilterValueSet";
    var _IPM = "IdempotentParameterMismatch";
    var _IPN = "InvalidPluginName";
    var _IPRC = "InstalledPendingRebootCount";
    var _IPS = "InstancePatchStates";
    var _IPSF = "InstancePatchStateFilter";
    var _IPSFL = "InstancePatchStateFilterList";
    var _IPSFLn = "InstancePropertyStringFilterList";
    var _IPSFn = "InstancePropertyStringFilter";
    var _IPSL = "InstancePatchStateList";
    var _IPSLn = "InstancePatchStatesList";
    var _IPSn = "InstancePatchState";
    var _IPT = "InvalidPermissionType";
    var _IPTE = "InvalidPolicyTypeException";
    var _IPn = "InstanceProperties";
    var _IPns = "InstanceProperty";
    var _IR = "InvalidRole";
    var _IRAE = "InvalidResultAttributeException";
    var _IRC = "InstalledRejectedCount";
    var _IRE = "InventoryResultEntity";
    var _IREL = "InventoryResultEntityList";
    var _IRI = "InvalidResourceId";
    var _IRIM = "InventoryResultItemMap";
    var _IRIn = "InventoryResultItem";
    var _IRT = "InvalidResourceType";
    var _IRa = "IamRole";
    var _IRn = "InstanceRole";
    var _IS = "InvalidSchedule";
    var _ISE = "InternalServerError";
    var _ISLEE = "ItemSizeLimitExceededException";
    var _ISn = "InstanceStatus";
    var _ISns = "InstanceState";
    var _IT = "InvalidTag";
    var _ITM = "InvalidTargetMaps";
    var _ITNE = "InvalidTypeNameException";
    var _ITn = "InvalidTarget";
    var _ITns = "InstanceType";
    var _ITnst = "InstalledTime";
    var _IU = "InvalidUpdate";
    var _IV = "IteratorValue";
    var _IWASU = "InstancesWithAvailableSecurityUpdates";
    var _IWCNCP = "InstancesWithCriticalNonCompliantPatches";
    var _IWFP = "InstancesWithFailedPatches";
    var _IWIOP = "InstancesWithInstalledOtherPatches";
    var _IWIP = "InstancesWithInstalledPatches";
    var _IWIPRP = "InstancesWithInstalledPendingRebootPatches";
    var _IWIRP = "InstancesWithInstalledRejectedPatches";
    var _IWMP = "InstancesWithMissingPatches";
    var _IWNAP = "InstancesWithNotApplicablePatches";
    var _IWONCP = "InstancesWithOtherNonCompliantPatches";
    var _IWSNCP = "InstancesWithSecurityNonCompliantPatches";
    var _IWUNAP = "InstancesWithUnreportedNotApplicablePatches";
    var _In = "Instances";
    var _Inp = "Input";
    var _Inpu = "Inputs";
    var _Ins = "Instance";
    var _It = "Iteration";
    var _Ite = "Items";
    var _Item = "Item";
    var _K = "Key";
    var _KBI = "KBId";
    var _KI = "KeyId";
    var _KN = "KeyName";
    var _KNb = "KbNumber";
    var _KTD = "KeysToDelete";
    var _L = "Limit";
    var _LA = "ListAssociations";
    var _LAED = "LastAssociationExecutionDate";
    var _LAR = "ListAssociationsRequest";
    var _LARi = "ListAssociationsResult";
    var _LAV = "ListAssociationVersions";
    var _LAVR = "ListAssociationVersionsRequest";
    var _LAVRi = "ListAssociationVersionsResult";
    var _LC = "LowCount";
    var _LCC = "ListCloudConnectors";
    var _LCCR = "ListCloudConnectorsRequest";
    var _LCCRi = "ListCloudConnectorsResult";
    var _LCI = "ListCommandInvocations";
    var _LCIR = "ListCommandInvocationsRequest";
    var _LCIRi = "ListCommandInvocationsResult";
    var _LCIRis = "ListComplianceItemsRequest";
    var _LCIRist = "ListComplianceItemsResult";
    var _LCIi = "ListComplianceItems";
    var _LCR = "ListCommandsRequest";
    var _LCRi = "ListCommandsResult";
    var _LCS = "ListComplianceSummaries";
    var _LCSR = "ListComplianceSummariesRequest";
    var _LCSRi = "ListComplianceSummariesResult";
    var _LCi = "ListCommands";
    var _LD = "ListDocuments";
    var _LDMH = "ListDocumentMetadataHistory";
    var _LDMHR = "ListDocumentMetadataHistoryRequest";
    var _LDMHRi = "ListDocumentMetadataHistoryResponse";
    var _LDR = "ListDocumentsRequest";
    var _LDRi = "ListDocumentsResult";
    var _LDV = "ListDocumentVersions";
    var _LDVR = "ListDocumentVersionsRequest";
    var _LDVRi = "ListDocumentVersionsResult";
    var _LED = "LastExecutionDate";
    var _LF = "LogFile";
    var _LI = "LoggingInfo";
    var _LIE = "ListInventoryEntries";
    var _LIER = "ListInventoryEntriesRequest";
    var _LIERi = "ListInventoryEntriesResult";
    var _LMB = "LastModifiedBy";
    var _LMD = "LastModifiedDate";
    var _LMT = "LastModifiedTime";
    var _LMU = "LastModifiedUser";
    var _LN = "ListNodes";
    var _LNR = "ListNodesRequest";
    var _LNRIOT = "LastNoRebootInstallOperationTime";
    var _LNRi = "ListNodesResult";
    var _LNS = "ListNodesSummary";
    var _LNSR = "ListNodesSummaryRequest";
    var _LNSRi = "ListNodesSummaryResult";
    var _LOIE = "ListOpsItemEvents";
    var _LOIER = "ListOpsItemEventsRequest";
    var _LOIERi = "ListOpsItemEventsResponse";
    var _LOIRI = "ListOpsItemRelatedItems";
    var _LOIRIR = "ListOpsItemRelatedItemsRequest";
    var _LOIRIRi = "ListOpsItemRelatedItemsResponse";
    var _LOM = "ListOpsMetadata";
    var _LOMR = "ListOpsMetadataRequest";
    var _LOMRi = "ListOpsMetadataResult";
    var _LPDT = "LastPingDateTime";
    var _LPV = "LabelParameterVersion";
    var _LPVR = "LabelParameterVersionRequest";
    var _LPVRa = "LabelParameterVersionResult";
    var _LRCS = "ListResourceComplianceSummaries";
    var _LRCSR = "ListResourceComplianceSummariesRequest";
    var _LRCSRi = "ListResourceComplianceSummariesResult";
    var _LRDS = "ListResourceDataSync";
    var _LRDSR = "ListResourceDataSyncRequest";
    var _LRDSRi = "ListResourceDataSyncResult";
    var _LS = "LastStatus";
    var _LSAED = "LastSuccessfulAssociationExecutionDate";
    var _LSED = "LastSuccessfulExecutionDate";
    var _LSM = "LastStatusMessage";
    var _LSSM = "LastSyncStatusMessage";
    var _LSST = "LastSuccessfulSyncTime";
    var _LST = "LastSyncTime";
    var _LSUT = "LastStatusUpdateTime";
    var _LT = "LimitType";
    var _LTFR = "ListTagsForResource";
    var _LTFRR = "ListTagsForResourceRequest";
    var _LTFRRi = "ListTagsForResourceResult";
    var _LTa = "LaunchTime";
    var _LUAD = "LastUpdateAssociationDate";
    var _LV = "LatestVersion";
    var _La = "Labels";
    var _Lam = "Lambda";
    var _Lan = "Language";
    var _M = "Message";
    var _MA = "MaxAttempts";
    var _MC = "MaxConcurrency";
    var _MCe = "MediumCount";
    var _MCi = "MissingCount";
    var _MD = "ModifiedDate";
    var _MDP = "ModifyDocumentPermission";
    var _MDPR = "ModifyDocumentPermissionRequest";
    var _MDPRo = "ModifyDocumentPermissionResponse";
    var _MDSE = "MaxDocumentSizeExceeded";
    var _ME = "MaxErrors";
    var _MM = "MetadataMap";
    var _MN = "MsrcNumber";
    var _MR = "MaxResults";
    var _MRPDE = "MalformedResourcePolicyDocumentException";
    var _MS = "ManagedStatus";
    var _MSD = "MaxSessionDuration";
    var _MSs = "MsrcSeverity";
    var _MTU = "MetadataToUpdate";
    var _MV = "MetadataValue";
    var _MWAP = "MaintenanceWindowAutomationParameters";
    var _MWD = "MaintenanceWindowDescription";
    var _MWE = "MaintenanceWindowExecution";
    var _MWEL = "MaintenanceWindowExecutionList";
    var _MWETI = "MaintenanceWindowExecutionTaskIdentity";
    var _MWETII = "MaintenanceWindowExecutionTaskInvocationIdentity";
    var _MWETIIL = "MaintenanceWindowExecutionTaskInvocationIdentityList";
    var _MWETIL = "MaintenanceWindowExecutionTaskIdentityList";
    var _MWETIP = "MaintenanceWindowExecutionTaskInvocationParameters";
    var _MWF = "MaintenanceWindowFilter";
    var _MWFL = "MaintenanceWindowFilterList";
    var _MWFTL = "MaintenanceWindowsForTargetList";
    var _MWI = "MaintenanceWindowIdentity";
    var _MWIFT = "MaintenanceWindowIdentityForTarget";
    var _MWIL = "MaintenanceWindowIdentityList";
    var _MWLP = "MaintenanceWindowLambdaPayload";
    var _MWLPa = "MaintenanceWindowLambdaParameters";
    var _MWRCP = "MaintenanceWindowRunCommandParameters";
    var _MWSFI = "MaintenanceWindowStepFunctionsInput";
    var _MWSFP = "MaintenanceWindowStepFunctionsParameters";
    var _MWT = "MaintenanceWindowTarget";
    var _MWTIP = "MaintenanceWindowTaskInvocationParameters";
    var _MWTL = "MaintenanceWindowTargetList";
    var _MWTLa = "MaintenanceWindowTaskList";
    var _MWTP = "MaintenanceWindowTaskParameters";
    var _MWTPL = "MaintenanceWindowTaskParametersList";
    var _MWTPV = "MaintenanceWindowTaskParameterValue";
    var _MWTPVE = "MaintenanceWindowTaskParameterValueExpression";
    var _MWTPVL = "MaintenanceWindowTaskParameterValueList";
    var _MWTa = "MaintenanceWindowTask";
    var _Ma = "Mappings";
    var _Me = "Metadata";
    var _Mo = "Mode";
    var _N = "Name";
    var _NA = "NodeAggregator";
    var _NAC = "NotApplicableCount";
    var _NAL = "NodeAggregatorList";
    var _NAo = "NotificationArn";
    var _NC = "NotificationConfig";
    var _NCC = "NonCompliantCount";
    var _NCS = "NonCompliantSummary";
    var _NE = "NotificationEvents";
    var _NET = "NextExecutionTime";
    var _NF = "NodeFilter";
    var _NFL = "NodeFilterList";
    var _NFVL = "NodeFilterValueList";
    var _NL = "NodeList";
    var _NLSE = "NoLongerSupportedException";
    var _NOI = "NodeOwnerInfo";
    var _NS = "NextStep";
    var _NSL = "NodeSummaryList";
    var _NT = "NextToken";
    var _NTT = "NextTransitionTime";
    var _NTo = "NodeType";
    var _NTot = "NotificationType";
    var _Na = "Names";
    var _No = "Notifications";
    var _Nod = "Nodes";
    var _Node = "Node";
    var _O = "Overview";
    var _OA = "OpsAggregator";
    var _OAL = "OpsAggregatorList";
    var _OD = "OperationalData";
    var _ODTD = "OperationalDataToDelete";
    var _OE = "OpsEntity";
    var _OEI = "OpsEntityItem";
    var _OEIEL = "OpsEntityItemEntryList";
    var _OEIM = "OpsEntityItemMap";
    var _OEL = "OpsEntityList";
    var _OET = "OperationEndTime";
    var _OF = "OpsFilter";
    var _OFL = "OpsFilterList";
    var _OFVL = "OpsFilterValueList";
    var _OFn = "OnFailure";
    var _OI = "OwnerInformation";
    var _OIA = "OpsItemArn";
    var _OIADE = "OpsItemAccessDeniedException";
    var _OIAEE = "OpsItemAlreadyExistsException";
    var _OICE = "OpsItemConflictException";
    var _OIDV = "OpsItemDataValue";
    var _OIEF = "OpsItemEventFilter";
    var _OIEFp = "OpsItemEventFilters";
    var _OIES = "OpsItemEventSummary";
    var _OIESp = "OpsItemEventSummaries";
    var _OIF = "OpsItemFilters";
    var _OIFp = "OpsItemFilter";
    var _OII = "OpsItemId";
    var _OIIPE = "OpsItemInvalidParameterException";
    var _OIIp = "OpsItemIdentity";
    var _OILEE = "OpsItemLimitExceededException";
    var _OIN = "OpsItemNotification";
    var _OINFE = "OpsItemNotFoundException";
    var _OINp = "OpsItemNotifications";
    var _OIOD = "OpsItemOperationalData";
    var _OIRIAEE = "OpsItemRelatedItemAlreadyExistsException";
    var _OIRIANFE = "OpsItemRelatedItemAssociationNotFoundException";
    var _OIRIF = "OpsItemRelatedItemsFilter";
    var _OIRIFp = "OpsItemRelatedItemsFilters";
    var _OIRIS = "OpsItemRelatedItemSummary";
    var _OIRISp = "OpsItemRelatedItemSummaries";
    var _OIS = "OpsItemSummaries";
    var _OISp = "OpsItemSummary";
    var _OIT = "OpsItemType";
    var _OIp = "OpsItem";
    var _OIr = "OrganizationId";
    var _OL = "OutputLocation";
    var _OM = "OpsMetadata";
    var _OMA = "OpsMetadataArn";
    var _OMAEE = "OpsMetadataAlreadyExistsException";
    var _OMF = "OpsMetadataFilter";
    var _OMFL = "OpsMetadataFilterList";
    var _OMIAE = "OpsMetadataInvalidArgumentException";
    var _OMKLEE = "OpsMetadataKeyLimitExceededException";
    var _OML = "OpsMetadataList";
    var _OMLEE = "OpsMetadataLimitExceededException";
    var _OMNFE = "OpsMetadataNotFoundException";
    var _OMTMUE = "OpsMetadataTooManyUpdatesException";
    var _ONCC = "OtherNonCompliantCount";
    var _OP = "OverriddenParameters";
    var _ORA = "OpsResultAttribute";
    var _ORAL = "OpsResultAttributeList";
    var _OS = "OutputSource";
    var _OSBN = "OutputS3BucketName";
    var _OSI = "OutputSourceId";
    var _OSKP = "OutputS3KeyPrefix";
    var _OSR = "OutputS3Region";
    var _OST = "OperationStartTime";
    var _OSTr = "OrganizationSourceType";
    var _OSTu = "OutputSourceType";
    var _OSp = "OperatingSystem";
    var _OSv = "OverallSeverity";
    var _OU = "OutputUrl";
    var _OUI = "OrganizationalUnitId";
    var _OUP = "OrganizationalUnitPath";
    var _OUr = "OrganizationalUnits";
    var _Op = "Operation";
    var _Ope = "Operator";
    var _Opt = "Option";
    var _Ou = "Outputs";
    var _Out = "Output";
    var _Ov = "Overwrite";
    var _Ow = "Owner";
    var _P = "Parameters";
    var _PAE = "ParameterAlreadyExists";
    var _PAEI = "ParentAutomationExecutionId";
    var _PBI = "PatchBaselineIdentity";
    var _PBIL = "PatchBaselineIdentityList";
    var _PC = "ProgressCounters";
    var _PCD = "PatchComplianceData";
    var _PCDL = "PatchComplianceDataList";
    var _PCI = "PutComplianceItems";
    var _PCIR = "PutComplianceItemsRequest";
    var _PCIRu = "PutComplianceItemsResult";
    var _PDN = "ProjectDisplayName";
    var _PET = "PlannedEndTime";
    var _PF = "ParameterFilters";
    var _PFG = "PatchFilterGroup";
    var _PFL = "ParametersFilterList";
    var _PFLa = "PatchFilterList";
    var _PFa = "ParametersFilter";
    var _PFat = "PatchFilter";
    var _PFatc = "PatchFilters";
    var _PFr = "ProductFamily";
    var _PG = "PatchGroup";
    var _PGPBM = "PatchGroupPatchBaselineMapping";
    var _PGPBML = "PatchGroupPatchBaselineMappingList";
    var _PGa = "PatchGroups";
    var _PH = "PolicyHash";
    var _PHL = "ParameterHistoryList";
    var _PHa = "ParameterHistory";
    var _PI = "PolicyId";
    var _PIP = "ParameterInlinePolicy";
    var _PIR = "PutInventoryRequest";
    var _PIRu = "PutInventoryResult";
    var _PIr = "ProjectId";
    var _PIu = "PutInventory";
    var _PL = "ParameterList";
    var _PLE = "ParameterLimitExceeded";
    var _PLEE = "PoliciesLimitExceededException";
    var _PLa = "PatchList";
    var _PM = "ParameterMetadata";
    var _PML = "ParameterMetadataList";
    var _PMVLE = "ParameterMaxVersionLimitExceeded";
    var _PMe = "PermissionModel";
    var _PMr = "ProviderMessage";
    var _PN = "ParameterNames";
    var _PNF = "ParameterNotFound";
    var _PNl = "PluginName";
    var _PNla = "PlatformName";
    var _POF = "PatchOrchestratorFilter";
    var _POFL = "PatchOrchestratorFilterList";
    var _PP = "PutParameter";
    var _PPL = "PatchPropertiesList";
    var _PPLa = "ParameterPolicyList";
    var _PPME = "ParameterPatternMismatchException";
    var _PPR = "PutParameterRequest";
    var _PPRu = "PutParameterResult";
    var _PR = "PatchRule";
    var _PRG = "PatchRuleGroup";
    var _PRL = "PatchRuleList";
    var _PRP = "PutResourcePolicy";
    var _PRPR = "PutResourcePolicyRequest";
    var _PRPRu = "PutResourcePolicyResponse";
    var _PRV = "PendingReviewVersion";
    var _PRa = "PatchRules";
    var _PS = "PatchSet";
    var _PSC = "PatchSourceConfiguration";
    var _PSD = "ParentStepDetails";
    var _PSF = "ParameterStringFilter";
    var _PSFL = "ParameterStringFilterList";
    var _PSL = "PatchSourceList";
    var _PSPV = "PSParameterValue";
    var _PST = "PlannedStartTime";
    var _PSa = "PatchStatus";
    var _PSat = "PatchSource";
    var _PSi = "PingStatus";
    var _PSo = "PolicyStatus";
    var _PT = "PermissionType";
    var _PTL = "PlatformTypeList";
    var _PTl = "PlatformTypes";
    var _PTla = "PlatformType";
    var _PTo = "PolicyText";
    var _PTol = "PolicyType";
    var _PV = "PlatformVersion";
    var _PVLLE = "ParameterVersionLabelLimitExceeded";
    var _PVNF = "ParameterVersionNotFound";
    var _PVa = "ParameterVersion";
    var _PVar = "ParameterValues";
    var _Pa = "Patches";
    var _Par = "Parameter";
    var _Pat = "Patch";
    var _Path = "Path";
    var _Pay = "Payload";
    var _Po = "Policies";
    var _Pol = "Policy";
    var _Pr = "Provider";
    var _Pre = "Prefix";
    var _Pri = "Priority";
    var _Pro = "Property";
    var _Prod = "Product";
    var _Produ = "Products";
    var _Proj = "Projects";
    var _Prop = "Properties";
    var _Q = "Qualifier";
    var _QC = "QuotaCode";
    var _R = "Runbooks";
    var _RA = "RoleArn";
    var _RAL = "ResultAttributeList";
    var _RAe = "ResourceArn";
    var _RAes = "ResultAttributes";
    var _RAesu = "ResultAttribute";
    var _RC = "ReasonCode";
    var _RCBS = "ResourceCountByStatus";
    var _RCSI = "ResourceComplianceSummaryItems";
    var _RCSIL = "ResourceComplianceSummaryItemList";
    var _RCSIe = "ResourceComplianceSummaryItem";
    var _RCe = "RegistrationsCount";
    var _RCem = "RemainingCount";
    var _RCes = "ResponseCode";
    var _RCu = "RunCommand";
    var _RD = "RegistrationDate";
    var _RDHMC = "RegisterDefaultHostManagementConfiguration";
    var _RDHMCR = "RegisterDefaultHostManagementConfigurationRequest";
    var _RDHMCRe = "RegisterDefaultHostManagementConfigurationResult";
    var _RDPB = "RegisterDefaultPatchBaseline";
    var _RDPBR = "RegisterDefaultPatchBaselineRequest";
    var _RDPBRe = "RegisterDefaultPatchBaselineResult";
    var _RDSAEE = "ResourceDataSyncAlreadyExistsException";
    var _RDSAOS = "ResourceDataSyncAwsOrganizationsSource";
    var _RDSCE = "ResourceDataSyncConflictException";
    var _RDSCEE = "ResourceDataSyncCountExceededException";
    var _RDSDDS = "ResourceDataSyncDestinationDataSharing";
    var _RDSI = "ResourceDataSyncItems";
    var _RDSICE = "ResourceDataSyncInvalidConfigurationException";
    var _RDSIL = "ResourceDataSyncItemList";
    var _RDSIe = "ResourceDataSyncItem";
    var _RDSNFE = "ResourceDataSyncNotFoundException";
    var _RDSOU = "ResourceDataSyncOrganizationalUnit";
    var _RDSOUL = "ResourceDataSyncOrganizationalUnitList";
    var _RDSS = "ResourceDataSyncSource";
    var _RDSSD = "ResourceDataSyncS3Destination";
    var _RDSSWS = "ResourceDataSyncSourceWithState";
    var _RDT = "RequestedDateTime";
    var _RDe = "ReleaseDate";
    var _RFDT = "ResponseFinishDateTime";
    var _RI = "ResourceId";
    var _RIL = "ReviewInformationList";
    var _RIUE = "ResourceInUseException";
    var _RIe = "ReviewInformation";
    var _RIes = "ResourceIds";
    var _RL = "RegistrationLimit";
    var _RLEE = "ResourceLimitExceededException";
    var _RLe = "RemovedLabels";
    var _RM = "RegistrationMetadata";
    var _RMI = "RegistrationMetadataItem";
    var _RML = "RegistrationMetadataList";
    var _RNFE = "ResourceNotFoundException";
    var _RO = "ReverseOrder";
    var _ROI = "RelatedOpsItems";
    var _ROIe = "RelatedOpsItem";
    var _ROe = "RebootOption";
    var _RP = "RejectedPatches";
    var _RPA = "RejectedPatchesAction";
    var _RPBFPG = "RegisterPatchBaselineForPatchGroup";
    var _RPBFPGR = "RegisterPatchBaselineForPatchGroupRequest";
    var _RPBFPGRe = "RegisterPatchBaselineForPatchGroupResult";
    var _RPCE = "ResourcePolicyConflictException";
    var _RPIPE = "ResourcePolicyInvalidParameterException";
    var _RPLEE = "ResourcePolicyLimitExceededException";
    var _RPNFE = "ResourcePolicyNotFoundException";
    var _RR = "ReviewerResponse";
    var _RS = "ReviewStatus";
    var _RSDT = "ResponseStartDateTime";
    var _RSR = "ResumeSessionRequest";
    var _RSRe = "ResumeSessionResponse";
    var _RSS = "ResetServiceSetting";
    var _RSSR = "ResetServiceSettingRequest";
    var _RSSRe = "ResetServiceSettingResult";
    var _RSe = "ResumeSession";
    var _RT = "ResourceTypes";
    var _RTFR = "RemoveTagsFromResource";
    var _RTFRR = "RemoveTagsFromResourceRequest";
    var _RTFRRe = "RemoveTagsFromResourceResult";
    var _RTWMW = "RegisterTargetWithMaintenanceWindow";
    var _RTWMWR = "RegisterTargetWithMaintenanceWindowRequest";
    var _RTWMWRe = "RegisterTargetWithMaintenanceWindowResult";
    var _RTWMWReg = "RegisterTaskWithMaintenanceWindowRequest";
    var _RTWMWRegi = "RegisterTaskWithMaintenanceWindowResult";
    var _RTWMWe = "RegisterTaskWithMaintenanceWindow";
    var _RTe = "ResourceType";
    var _RTeq = "RequireType";
    var _RTes = "ResolvedTargets";
    var _RTev = "ReviewedTime";
    var _RU = "ResourceUri";
    var _Re = "Regions";
    var _Rea = "Reason";
    var _Rec = "Recursive";
    var _Reg = "Region";
    var _Rel = "Release";
    var _Rep = "Repository";
    var _Repl = "Replace";
    var _Req = "Requires";
    var _Res = "Response";
    var _Rev = "Reviewer";
    var _Ru = "Runbook";
    var _S = "State";
    var _SAE = "ServiceAccountEmail";
    var _SAER = "StartAutomationExecutionRequest";
    var _SAERt = "StartAutomationExecutionResult";
    var _SAERto = "StopAutomationExecutionRequest";
    var _SAERtop = "StopAutomationExecutionResult";
    var _SAEt = "StartAutomationExecution";
    var _SAEto = "StopAutomationExecution";
    var _SAK = "SecretAccessKey";
    var _SAO = "StartAssociationsOnce";
    var _SAOR = "StartAssociationsOnceRequest";
    var _SAORt = "StartAssociationsOnceResult";
    var _SAR = "StartAccessRequest";
    var _SARR = "StartAccessRequestRequest";
    var _SARRt = "StartAccessRequestResponse";
    var _SAS = "SendAutomationSignal";
    var _SASR = "SendAutomationSignalRequest";
    var _SASRe = "SendAutomationSignalResult";
    var _SBN = "S3BucketName";
    var _SC = "ServiceCode";
    var _SCR = "SendCommandRequest";
    var _SCRE = "StartChangeRequestExecution";
    var _SCRER = "StartChangeRequestExecutionRequest";
    var _SCRERt = "StartChangeRequestExecutionResult";
    var _SCRe = "SendCommandResult";
    var _SCT = "SyncCreatedTime";
    var _SCe = "SendCommand";
    var _SCt = "StartedCount";
    var _SCu = "SuccessfulCount";
    var _SCy = "SyncCompliance";
    var _SD = "StatusDetails";
    var _SDO = "SchemaDeleteOption";
    var _SDU = "SnapshotDownloadUrl";
    var _SDV = "SharedDocumentVersion";
    var _SDe = "S3Destination";
    var _SDt = "StartDate";
    var _SE = "ScheduleExpression";
    var _SEC = "StandardErrorContent";
    var _SEF = "StepExecutionFilter";
    var _SEFL = "StepExecutionFilterList";
    var _SEI = "StepExecutionId";
    var _SEL = "StepExecutionList";
    var _SEP = "StartExecutionPreview";
    var _SEPR = "StartExecutionPreviewRequest";
    var _SEPRt = "StartExecutionPreviewResponse";
    var _SET = "StepExecutionsTruncated";
    var _SETc = "ScheduledEndTime";
    var _SEU = "StandardErrorUrl";
    var _SEt = "StepExecutions";
    var _SEte = "StepExecution";
    var _SF = "StepFunctions";
    var _SFL = "SessionFilterList";
    var _SFe = "SessionFilter";
    var _SFy = "SyncFormat";
    var _SI = "StatusInformation";
    var _SIe = "SettingId";
    var _SIes = "SessionId";
    var _SIn = "SnapshotId";
    var _SIo = "SourceId";
    var _SIu = "SummaryItems";
    var _SKP = "S3KeyPrefix";
    var _SL = "S3Location";
    var _SLMT = "SyncLastModifiedTime";
    var _SLe = "SessionList";
    var _SLo = "SourceLocation";
    var _SM = "StatusMessage";
    var _SMOU = "SessionManagerOutputUrl";
    var _SMP = "SessionManagerParameters";
    var _SN = "SyncName";
    var _SNCC = "SecurityNonCompliantCount";
    var _SNt = "StepName";
    var _SO = "ScheduleOffset";
    var _SOC = "StandardOutputContent";
    var _SOL = "S3OutputLocation";
    var _SOU = "StandardOutputUrl";
    var _SOUu = "S3OutputUrl";
    var _SP = "StepPreviews";
    var _SQEE = "ServiceQuotaExceededException";
    var _SR = "ServiceRole";
    var _SRA = "ServiceRoleArn";
    var _SRe = "S3Region";
    var _SRo = "SourceResult";
    var _SRou = "SourceRegions";
    var _SS = "SeveritySummary";
    var _SSNF = "ServiceSettingNotFound";
    var _SSR = "StartSessionRequest";
    var _SSRt = "StartSessionResponse";
    var _SSe = "ServiceSetting";
    var _SSt = "StepStatus";
    var _SSta = "StartSession";
    var _SSu = "SuccessSteps";
    var _SSy = "SyncSource";
    var _ST = "SyncType";
    var _STCLEE = "SubTypeCountLimitExceededException";
    var _STT = "SessionTokenType";
    var _STc = "ScheduledTime";
    var _STch = "ScheduleTimezone";
    var _STe = "SessionToken";
    var _STi = "SignalType";
    var _STo = "SourceType";
    var _STt = "StartTime";
    var _STu = "SubType";
    var _SU = "StatusUnchanged";
    var _SUt = "StreamUrl";
    var _SV = "SchemaVersion";
    var _SVe = "SettingValue";
    var _SWE = "ScheduledWindowExecutions";
    var _SWEL = "ScheduledWindowExecutionList";
    var _SWEc = "ScheduledWindowExecution";
    var _Sa = "Safe";
    var _Sc = "Schedule";
    var _Sch = "Schemas";
    var _Sco = "Scope";
    var _Se = "Severity";
    var _Sel = "Selector";
    var _Ses = "Sessions";
    var _Sess = "Session";
    var _Sh = "Shared";
    var _Sha = "Sha1";
    var _Si = "Size";
    var _So = "Sources";
    var _Sou = "Source";
    var _St = "Status";
    var _Su = "Successful";
    var _Sub = "Subscriptions";
    var _Sum = "Summary";
    var _Summ = "Summaries";
    var _T = "Tags";
    var _TA = "TriggeredAlarms";
    var _TAa = "TaskArn";
    var _TAo = "TotalAccounts";
    var _TC = "TargetCount";
    var _TCo = "TotalCount";
    var _TDN = "TenantDisplayName";
    var _TE = "ThrottlingException";
    var _TEI = "TaskExecutionId";
    var _TI = "TenantId";
    var _TIP = "TaskInvocationParameters";
    var _TIUE = "TargetInUseException";
    var _TIa = "TaskId";
    var _TIas = "TaskIds";
    var _TK = "TagKeys";
    var _TL = "TargetLocations";
    var _TLAC = "TargetLocationAlarmConfiguration";
    var _TLMC = "TargetLocationMaxConcurrency";
    var _TLME = "TargetLocationMaxErrors";
    var _TLURL = "TargetLocationsURL";
    var _TLa = "TagList";
    var _TLar = "TargetLocation";
    var _TM = "TargetMaps";
    var _TMC = "TargetsMaxConcurrency";
    var _TME = "TargetsMaxErrors";
    var _TMTE = "TooManyTagsError";
    var _TMU = "TooManyUpdates";
    var _TMa = "TargetMap";
    var _TN = "TypeName";
    var _TNC = "TargetNotConnected";
    var _TO = "TraceOutput";
    var _TOS = "TimedOutSteps";
    var _TP = "TargetPreviews";
    var _TPL = "TargetPreviewList";
    var _TPN = "TargetParameterName";
    var _TPa = "TaskParameters";
    var _TPar = "TargetPreview";
    var _TS = "TargetsSummary";
    var _TSLEE = "TotalSizeLimitExceededException";
    var _TSR = "TerminateSessionRequest";
    var _TSRe = "TerminateSessionResponse";
    var _TSe = "TerminateSession";
    var _TSi = "TimeoutSeconds";
    var _TSo = "TotalSteps";
    var _TT = "TargetType";
    var _TTa = "TaskType";
    var _TV = "TokenValue";
    var _Ta = "Targets";
    var _Tag = "Tag";
    var _Tar = "Target";
    var _Tas = "Tasks";
    var _Ti = "Title";
    var _Tie = "Tier";
    var _Tr = "Truncated";
    var _Ty = "Type";
    var _U = "Url";
    var _UA = "UpdatedAt";
    var _UAR = "UpdateAssociationRequest";
    var _UARp = "UpdateAssociationResult";
    var _UAS = "UpdateAssociationStatus";
    var _UASR = "UpdateAssociationStatusRequest";
    var _UASRp = "UpdateAssociationStatusResult";
    var _UAp = "UpdateAssociation";
    var _UC = "UnspecifiedCount";
    var _UCC = "UpdateCloudConnector";
    var _UCCR = "UpdateCloudConnectorRequest";
    var _UCCRp = "UpdateCloudConnectorResult";
    var _UCE = "UnsupportedCalendarException";
    var _UD = "UpdateDocument";
    var _UDDV = "UpdateDocumentDefaultVersion";
    var _UDDVR = "UpdateDocumentDefaultVersionRequest";
    var _UDDVRp = "UpdateDocumentDefaultVersionResult";
    var _UDM = "UpdateDocumentMetadata";
    var _UDMR = "UpdateDocumentMetadataRequest";
    var _UDMRp = "UpdateDocumentMetadataResponse";
    var _UDR = "UpdateDocumentRequest";
    var _UDRp = "UpdateDocumentResult";
    var _UFRE = "UnsupportedFeatureRequiredException";
    var _UIICE = "UnsupportedInventoryItemContextException";
    var _UISVE = "UnsupportedInventorySchemaVersionException";
    var _UMIR = "UpdateManagedInstanceRole";
    var _UMIRR = "UpdateManagedInstanceRoleRequest";
    var _UMIRRp = "UpdateManagedInstanceRoleResult";
    var _UMW = "UpdateMaintenanceWindow";
    var _UMWR = "UpdateMaintenanceWindowRequest";
    var _UMWRp = "UpdateMaintenanceWindowResult";
    var _UMWT = "UpdateMaintenanceWindowTarget";
    var _UMWTR = "UpdateMaintenanceWindowTargetRequest";
    var _UMWTRp = "UpdateMaintenanceWindowTargetResult";
    var _UMWTRpd = "UpdateMaintenanceWindowTaskRequest";
    var _UMWTRpda = "UpdateMaintenanceWindowTaskResult";
    var _UMWTp = "UpdateMaintenanceWindowTask";
    var _UNAC = "UnreportedNotApplicableCount";
    var _UOE = "UnsupportedOperationException";
    var _UOI = "UpdateOpsItem";
    var _UOIR = "UpdateOpsItemRequest";
    var _UOIRp = "UpdateOpsItemResponse";
    var _UOM = "UpdateOpsMetadata";
    var _UOMR = "UpdateOpsMetadataRequest";
    var _UOMRp = "UpdateOpsMetadataResult";
    var _UOS = "UnsupportedOperatingSystem";
    var _UPB = "UpdatePatchBaseline";
    var _UPBR = "UpdatePatchBaselineRequest";
    var _UPBRp = "UpdatePatchBaselineResult";
    var _UPT = "UnsupportedParameterType";
    var _UPTn = "UnsupportedPlatformType";
    var _UPV = "UnlabelParameterVersion";
    var _UPVR = "UnlabelParameterVersionRequest";
    var _UPVRn = "UnlabelParameterVersionResult";
    var _URDS = "UpdateResourceDataSync";
    var _URDSR = "UpdateResourceDataSyncRequest";
    var _URDSRp = "UpdateResourceDataSyncResult";
    var _USDSE = "UseS3DualStackEndpoint";
    var _USS = "UpdateServiceSetting";
    var _USSR = "UpdateServiceSettingRequest";
    var _USSRp = "UpdateServiceSettingResult";
    var _UT = "UpdatedTime";
    var _UTp = "UploadType";
    var _V = "Value";
    var _VCC = "ValidateCloudConnector";
    var _VCCR = "ValidateCloudConnectorRequest";
    var _VCCRa = "ValidateCloudConnectorResult";
    var _VE = "ValidationException";
    var _VF = "ValidationFindings";
    var _VFL = "ValidationFindingList";
    var _VFS = "ValidationFindingScope";
    var _VFa = "ValidationFinding";
    var _VN = "VersionName";
    var _VNS = "ValidNextSteps";
    var _Va = "Values";
    var _Var = "Variables";
    var _Ve = "Version";
    var _Ven = "Vendor";
    var _WD = "WithDecryption";
    var _WE = "WindowExecutions";
    var _WEI = "WindowExecutionId";
    var _WETI = "WindowExecutionTaskIdentities";
    var _WETII = "WindowExecutionTaskInvocationIdentities";
    var _WI = "WindowId";
    var _WIPP = "WorkloadIdentityPoolProvider";
    var _WIi = "WindowIdentities";
    var _WM = "WarningMessage";
    var _WTI = "WindowTargetId";
    var _WTIi = "WindowTaskId";
    var _aQE = "awsQueryError";
    var _c = "client";
    var _e = "error";
    var _en = "entries";
    var _k = "key";
    var _m = "message";
    var _s = "smithy.ts.sdk.synthetic.com.amazonaws.ssm";
    var _se = "server";
    var _v = "value";
    var _vS = "valueSet";
    var _xN = "xmlName";
    var n0 = "com.amazonaws.ssm";
    var _s_registry = new TypeRegistry(_s);
    var SSMServiceException$ = [-3, _s, "SSMServiceException", 0, [], []];
    _s_registry.registerError(SSMServiceException$, SSMServiceException);
    var n0_registry = new TypeRegistry(n0);
    var AccessDeniedException$ = [
      -3,
      n0,
      _ADE,
      { [_e]: _c },
      [_M],
      [0],
      1
    ];
    n0_registry.registerError(AccessDeniedException$, AccessDeniedException);
    var AlreadyExistsException$ = [
      -3,
      n0,
      _AEE,
      { [_aQE]: [`AlreadyExistsException`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(AlreadyExistsException$, AlreadyExistsException);
    var AssociatedInstances$ = [
      -3,
      n0,
      _AI,
      { [_aQE]: [`AssociatedInstances`, 400], [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(AssociatedInstances$, AssociatedInstances);
    var AssociationAlreadyExists$ = [
      -3,
      n0,
      _AAE,
      { [_aQE]: [`AssociationAlreadyExists`, 400], [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(AssociationAlreadyExists$, AssociationAlreadyExists);
    var AssociationDoesNotExist$ = [
      -3,
      n0,
      _ADNE,
      { [_aQE]: [`AssociationDoesNotExist`, 404], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(AssociationDoesNotExist$, AssociationDoesNotExist);
    var AssociationExecutionDoesNotExist$ = [
      -3,
      n0,
      _AEDNE,
      { [_aQE]: [`AssociationExecutionDoesNotExist`, 404], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(AssociationExecutionDoesNotExist$, AssociationExecutionDoesNotExist);
    var AssociationLimitExceeded$ = [
      -3,
      n0,
      _ALE,
      { [_aQE]: [`AssociationLimitExceeded`, 400], [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(AssociationLimitExceeded$, AssociationLimitExceeded);
    var AssociationVersionLimitExceeded$ = [
      -3,
      n0,
      _AVLE,
      { [_aQE]: [`AssociationVersionLimitExceeded`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(AssociationVersionLimitExceeded$, AssociationVersionLimitExceeded);
    var AutomationDefinitionNotApprovedException$ = [
      -3,
      n0,
      _ADNAE,
      { [_aQE]: [`AutomationDefinitionNotApproved`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(AutomationDefinitionNotApprovedException$, AutomationDefinitionNotApprovedException);
    var AutomationDefinitionNotFoundException$ = [
      -3,
      n0,
      _ADNFE,
      { [_aQE]: [`AutomationDefinitionNotFound`, 404], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(AutomationDefinitionNotFoundException$, AutomationDefinitionNotFoundException);
    var AutomationDefinitionVersionNotFoundException$ = [
      -3,
      n0,
      _ADVNFE,
      { [_aQE]: [`AutomationDefinitionVersionNotFound`, 404], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(AutomationDefinitionVersionNotFoundException$, AutomationDefinitionVersionNotFoundException);
    var AutomationExecutionLimitExceededException$ = [
      -3,
      n0,
      _AELEE,
      { [_aQE]: [`AutomationExecutionLimitExceeded`, 429], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(AutomationExecutionLimitExceededException$, AutomationExecutionLimitExceededException);
    var AutomationExecutionNotFoundException$ = [
      -3,
      n0,
      _AENFE,
      { [_aQE]: [`AutomationExecutionNotFound`, 404], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(AutomationExecutionNotFoundException$, AutomationExecutionNotFoundException);
    var AutomationStepNotFoundException$ = [
      -3,
      n0,
      _ASNFE,
      { [_aQE]: [`AutomationStepNotFoundException`, 404], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(AutomationStepNotFoundException$, AutomationStepNotFoundException);
    var ComplianceTypeCountLimitExceededException$ = [
      -3,
      n0,
      _CTCLEE,
      { [_aQE]: [`ComplianceTypeCountLimitExceeded`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ComplianceTypeCountLimitExceededException$, ComplianceTypeCountLimitExceededException);
    var ConflictException$ = [
      -3,
      n0,
      _CE,
      { [_aQE]: [`ConflictException`, 409], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ConflictException$, ConflictException);
    var CustomSchemaCountLimitExceededException$ = [
      -3,
      n0,
      _CSCLEE,
      { [_aQE]: [`CustomSchemaCountLimitExceeded`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(CustomSchemaCountLimitExceededException$, CustomSchemaCountLimitExceededException);
    var DocumentAlreadyExists$ = [
      -3,
      n0,
      _DAE,
      { [_aQE]: [`DocumentAlreadyExists`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(DocumentAlreadyExists$, DocumentAlreadyExists);
    var DocumentLimitExceeded$ = [
      -3,
      n0,
      _DLE,
      { [_aQE]: [`DocumentLimitExceeded`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(DocumentLimitExceeded$, DocumentLimitExceeded);
    var DocumentPermissionLimit$ = [
      -3,
      n0,
      _DPL,
      { [_aQE]: [`DocumentPermissionLimit`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(DocumentPermissionLimit$, DocumentPermissionLimit);
    var DocumentVersionLimitExceeded$ = [
      -3,
      n0,
      _DVLE,
      { [_aQE]: [`DocumentVersionLimitExceeded`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(DocumentVersionLimitExceeded$, DocumentVersionLimitExceeded);
    var DoesNotExistException$ = [
      -3,
      n0,
      _DNEE,
      { [_aQE]: [`DoesNotExistException`, 404], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(DoesNotExistException$, DoesNotExistException);
    var DuplicateDocumentContent$ = [
      -3,
      n0,
      _DDC,
      { [_aQE]: [`DuplicateDocumentContent`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateDocumentContent$, DuplicateDocumentContent);
    var DuplicateDocumentVersionName$ = [
      -3,
      n0,
      _DDVN,
      { [_aQE]: [`DuplicateDocumentVersionName`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(DuplicateDocumentVersionName$, DuplicateDocumentVersionName);
    var DuplicateInstanceId$ = [
      -3,
      n0,
      _DII,
      { [_aQE]: [`DuplicateInstanceId`, 404], [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(DuplicateInstanceId$, DuplicateInstanceId);
    var FeatureNotAvailableException$ = [
      -3,
      n0,
      _FNAE,
      { [_aQE]: [`FeatureNotAvailableException`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(FeatureNotAvailableException$, FeatureNotAvailableException);
    var HierarchyLevelLimitExceededException$ = [
      -3,
      n0,
      _HLLEE,
      { [_aQE]: [`HierarchyLevelLimitExceededException`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(HierarchyLevelLimitExceededException$, HierarchyLevelLimitExceededException);
    var HierarchyTypeMismatchException$ = [
      -3,
      n0,
      _HTME,
      { [_aQE]: [`HierarchyTypeMismatchException`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(HierarchyTypeMismatchException$, HierarchyTypeMismatchException);
    var IdempotentParameterMismatch$ = [
      -3,
      n0,
      _IPM,
      { [_aQE]: [`IdempotentParameterMismatch`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(IdempotentParameterMismatch$, IdempotentParameterMismatch);
    var IncompatiblePolicyException$ = [
      -3,
      n0,
      _IPE,
      { [_aQE]: [`IncompatiblePolicyException`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(IncompatiblePolicyException$, IncompatiblePolicyException);
    var InternalServerError$ = [
      -3,
      n0,
      _ISE,
      { [_aQE]: [`InternalServerError`, 500], [_e]: _se },
      [_M],
      [0]
    ];
    n0_registry.registerError(InternalServerError$, InternalServerError);
    var InvalidActivation$ = [
      -3,
      n0,
      _IA,
      { [_aQE]: [`InvalidActivation`, 404], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidActivation$, InvalidActivation);
    var InvalidActivationId$ = [
      -3,
      n0,
      _IAI,
      { [_aQE]: [`InvalidActivationId`, 404], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidActivationId$, InvalidActivationId);
    var InvalidAggregatorException$ = [
      -3,
      n0,
      _IAE,
      { [_aQE]: [`InvalidAggregator`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidAggregatorException$, InvalidAggregatorException);
    var InvalidAllowedPatternException$ = [
      -3,
      n0,
      _IAPE,
      { [_aQE]: [`InvalidAllowedPatternException`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidAllowedPatternException$, InvalidAllowedPatternException);
    var InvalidAssociation$ = [
      -3,
      n0,
      _IAn,
      { [_aQE]: [`InvalidAssociation`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidAssociation$, InvalidAssociation);
    var InvalidAssociationVersion$ = [
      -3,
      n0,
      _IAV,
      { [_aQE]: [`InvalidAssociationVersion`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidAssociationVersion$, InvalidAssociationVersion);
    var InvalidAutomationExecutionParametersException$ = [
      -3,
      n0,
      _IAEPE,
      { [_aQE]: [`InvalidAutomationExecutionParameters`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidAutomationExecutionParametersException$, InvalidAutomationExecutionParametersException);
    var InvalidAutomationSignalException$ = [
      -3,
      n0,
      _IASE,
      { [_aQE]: [`InvalidAutomationSignalException`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidAutomationSignalException$, InvalidAutomationSignalException);
    var InvalidAutomationStatusUpdateException$ = [
      -3,
      n0,
      _IASUE,
      { [_aQE]: [`InvalidAutomationStatusUpdateException`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidAutomationStatusUpdateException$, InvalidAutomationStatusUpdateException);
    var InvalidCommandId$ = [
      -3,
      n0,
      _ICI,
      { [_aQE]: [`InvalidCommandId`, 404], [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(InvalidCommandId$, InvalidCommandId);
    var InvalidDeleteInventoryParametersException$ = [
      -3,
      n0,
      _IDIPE,
      { [_aQE]: [`InvalidDeleteInventoryParameters`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidDeleteInventoryParametersException$, InvalidDeleteInventoryParametersException);
    var InvalidDeletionIdException$ = [
      -3,
      n0,
      _IDIE,
      { [_aQE]: [`InvalidDeletionId`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidDeletionIdException$, InvalidDeletionIdException);
    var InvalidDocument$ = [
      -3,
      n0,
      _ID,
      { [_aQE]: [`InvalidDocument`, 404], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidDocument$, InvalidDocument);
    var InvalidDocumentContent$ = [
      -3,
      n0,
      _IDC,
      { [_aQE]: [`InvalidDocumentContent`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidDocumentContent$, InvalidDocumentContent);
    var InvalidDocumentOperation$ = [
      -3,
      n0,
      _IDO,
      { [_aQE]: [`InvalidDocumentOperation`, 403], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidDocumentOperation$, InvalidDocumentOperation);
    var InvalidDocumentSchemaVersion$ = [
      -3,
      n0,
      _IDSV,
      { [_aQE]: [`InvalidDocumentSchemaVersion`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidDocumentSchemaVersion$, InvalidDocumentSchemaVersion);
    var InvalidDocumentType$ = [
      -3,
      n0,
      _IDT,
      { [_aQE]: [`InvalidDocumentType`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidDocumentType$, InvalidDocumentType);
    var InvalidDocumentVersion$ = [
      -3,
      n0,
      _IDV,
      { [_aQE]: [`InvalidDocumentVersion`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidDocumentVersion$, InvalidDocumentVersion);
    var InvalidFilter$ = [
      -3,
      n0,
      _IF,
      { [_aQE]: [`InvalidFilter`, 441], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidFilter$, InvalidFilter);
    var InvalidFilterKey$ = [
      -3,
      n0,
      _IFK,
      { [_aQE]: [`InvalidFilterKey`, 400], [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(InvalidFilterKey$, InvalidFilterKey);
    var InvalidFilterOption$ = [
      -3,
      n0,
      _IFO,
      { [_aQE]: [`InvalidFilterOption`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidFilterOption$, InvalidFilterOption);
    var InvalidFilterValue$ = [
      -3,
      n0,
      _IFV,
      { [_aQE]: [`InvalidFilterValue`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidFilterValue$, InvalidFilterValue);
    var InvalidInstanceId$ = [
      -3,
      n0,
      _III,
      { [_aQE]: [`InvalidInstanceId`, 404], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidInstanceId$, InvalidInstanceId);
    var InvalidInstanceInformationFilterValue$ = [
      -3,
      n0,
      _IIIFV,
      { [_aQE]: [`InvalidInstanceInformationFilterValue`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidInstanceInformationFilterValue$, InvalidInstanceInformationFilterValue);
    var InvalidInstancePropertyFilterValue$ = [
      -3,
      n0,
      _IIPFV,
      { [_aQE]: [`InvalidInstancePropertyFilterValue`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidInstancePropertyFilterValue$, InvalidInstancePropertyFilterValue);
    var InvalidInventoryGroupException$ = [
      -3,
      n0,
      _IIGE,
      { [_aQE]: [`InvalidInventoryGroup`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidInventoryGroupException$, InvalidInventoryGroupException);
    var InvalidInventoryItemContextException$ = [
      -3,
      n0,
      _IIICE,
      { [_aQE]: [`InvalidInventoryItemContext`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidInventoryItemContextException$, InvalidInventoryItemContextException);
    var InvalidInventoryRequestException$ = [
      -3,
      n0,
      _IIRE,
      { [_aQE]: [`InvalidInventoryRequest`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidInventoryRequestException$, InvalidInventoryRequestException);
    var InvalidItemContentException$ = [
      -3,
      n0,
      _IICE,
      { [_aQE]: [`InvalidItemContent`, 400], [_e]: _c },
      [_TN, _M],
      [0, 0]
    ];
    n0_registry.registerError(InvalidItemContentException$, InvalidItemContentException);
    var InvalidKeyId$ = [
      -3,
      n0,
      _IKI,
      { [_aQE]: [`InvalidKeyId`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidKeyId$, InvalidKeyId);
    var InvalidNextToken$ = [
      -3,
      n0,
      _INT,
      { [_aQE]: [`InvalidNextToken`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidNextToken$, InvalidNextToken);
    var InvalidNotificationConfig$ = [
      -3,
      n0,
      _INC,
      { [_aQE]: [`InvalidNotificationConfig`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidNotificationConfig$, InvalidNotificationConfig);
    var InvalidOptionException$ = [
      -3,
      n0,
      _IOE,
      { [_aQE]: [`InvalidOption`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidOptionException$, InvalidOptionException);
    var InvalidOutputFolder$ = [
      -3,
      n0,
      _IOF,
      { [_aQE]: [`InvalidOutputFolder`, 400], [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(InvalidOutputFolder$, InvalidOutputFolder);
    var InvalidOutputLocation$ = [
      -3,
      n0,
      _IOL,
      { [_aQE]: [`InvalidOutputLocation`, 400], [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(InvalidOutputLocation$, InvalidOutputLocation);
    var InvalidParameters$ = [
      -3,
      n0,
      _IP,
      { [_aQE]: [`InvalidParameters`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidParameters$, InvalidParameters);
    var InvalidPermissionType$ = [
      -3,
      n0,
      _IPT,
      { [_aQE]: [`InvalidPermissionType`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidPermissionType$, InvalidPermissionType);
    var InvalidPluginName$ = [
      -3,
      n0,
      _IPN,
      { [_aQE]: [`InvalidPluginName`, 404], [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(InvalidPluginName$, InvalidPluginName);
    var InvalidPolicyAttributeException$ = [
      -3,
      n0,
      _IPAE,
      { [_aQE]: [`InvalidPolicyAttributeException`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidPolicyAttributeException$, InvalidPolicyAttributeException);
    var InvalidPolicyTypeException$ = [
      -3,
      n0,
      _IPTE,
      { [_aQE]: [`InvalidPolicyTypeException`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(InvalidPolicyTypeException$, InvalidPolicyTypeException);
    var InvalidResourceId$ = [
      -3,
      n0,
      _IRI,
      { [_aQE]: [`InvalidResourceId`, 400], [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(InvalidResourceId$, InvalidResourceId);
    var InvalidResourceType$ = [
      -3,
      n0,
      _IRT,
      { [_aQE]: [`InvalidResourceType`, 400], [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(InvalidResourceType$, InvalidResourceType);
    var InvalidResultAttributeException$ = [
      -3,
      n0,
      _IRAE,
      { [_aQE]: [`InvalidResultAttribute`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidResultAttributeException$, InvalidResultAttributeException);
    var InvalidRole$ = [
      -3,
      n0,
      _IR,
      { [_aQE]: [`InvalidRole`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidRole$, InvalidRole);
    var InvalidSchedule$ = [
      -3,
      n0,
      _IS,
      { [_aQE]: [`InvalidSchedule`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidSchedule$, InvalidSchedule);
    var InvalidTag$ = [
      -3,
      n0,
      _IT,
      { [_aQE]: [`InvalidTag`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidTag$, InvalidTag);
    var InvalidTarget$ = [
      -3,
      n0,
      _ITn,
      { [_aQE]: [`InvalidTarget`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidTarget$, InvalidTarget);
    var InvalidTargetMaps$ = [
      -3,
      n0,
      _ITM,
      { [_aQE]: [`InvalidTargetMaps`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidTargetMaps$, InvalidTargetMaps);
    var InvalidTypeNameException$ = [
      -3,
      n0,
      _ITNE,
      { [_aQE]: [`InvalidTypeName`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidTypeNameException$, InvalidTypeNameException);
    var InvalidUpdate$ = [
      -3,
      n0,
      _IU,
      { [_aQE]: [`InvalidUpdate`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(InvalidUpdate$, InvalidUpdate);
    var InvocationDoesNotExist$ = [
      -3,
      n0,
      _IDNE,
      { [_aQE]: [`InvocationDoesNotExist`, 400], [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(InvocationDoesNotExist$, InvocationDoesNotExist);
    var ItemContentMismatchException$ = [
      -3,
      n0,
      _ICME,
      { [_aQE]: [`ItemContentMismatch`, 400], [_e]: _c },
      [_TN, _M],
      [0, 0]
    ];
    n0_registry.registerError(ItemContentMismatchException$, ItemContentMismatchException);
    var ItemSizeLimitExceededException$ = [
      -3,
      n0,
      _ISLEE,
      { [_aQE]: [`ItemSizeLimitExceeded`, 400], [_e]: _c },
      [_TN, _M],
      [0, 0]
    ];
    n0_registry.registerError(ItemSizeLimitExceededException$, ItemSizeLimitExceededException);
    var MalformedResourcePolicyDocumentException$ = [
      -3,
      n0,
      _MRPDE,
      { [_aQE]: [`MalformedResourcePolicyDocumentException`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(MalformedResourcePolicyDocumentException$, MalformedResourcePolicyDocumentException);
    var MaxDocumentSizeExceeded$ = [
      -3,
      n0,
      _MDSE,
      { [_aQE]: [`MaxDocumentSizeExceeded`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(MaxDocumentSizeExceeded$, MaxDocumentSizeExceeded);
    var NoLongerSupportedException$ = [
      -3,
      n0,
      _NLSE,
      { [_aQE]: [`NoLongerSupported`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(NoLongerSupportedException$, NoLongerSupportedException);
    var OpsItemAccessDeniedException$ = [
      -3,
      n0,
      _OIADE,
      { [_aQE]: [`OpsItemAccessDeniedException`, 403], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(OpsItemAccessDeniedException$, OpsItemAccessDeniedException);
    var OpsItemAlreadyExistsException$ = [
      -3,
      n0,
      _OIAEE,
      { [_aQE]: [`OpsItemAlreadyExistsException`, 400], [_e]: _c },
      [_M, _OII],
      [0, 0]
    ];
    n0_registry.registerError(OpsItemAlreadyExistsException$, OpsItemAlreadyExistsException);
    var OpsItemConflictException$ = [
      -3,
      n0,
      _OICE,
      { [_aQE]: [`OpsItemConflictException`, 409], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(OpsItemConflictException$, OpsItemConflictException);
    var OpsItemInvalidParameterException$ = [
      -3,
      n0,
      _OIIPE,
      { [_aQE]: [`OpsItemInvalidParameterException`, 400], [_e]: _c },
      [_PN, _M],
      [64 | 0, 0]
    ];
    n0_registry.registerError(OpsItemInvalidParameterException$, OpsItemInvalidParameterException);
    var OpsItemLimitExceededException$ = [
      -3,
      n0,
      _OILEE,
      { [_aQE]: [`OpsItemLimitExceededException`, 400], [_e]: _c },
      [_RT, _L, _LT, _M],
      [64 | 0, 1, 0, 0]
    ];
    n0_registry.registerError(OpsItemLimitExceededException$, OpsItemLimitExceededException);
    var OpsItemNotFoundException$ = [
      -3,
      n0,
      _OINFE,
      { [_aQE]: [`OpsItemNotFoundException`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(OpsItemNotFoundException$, OpsItemNotFoundException);
    var OpsItemRelatedItemAlreadyExistsException$ = [
      -3,
      n0,
      _OIRIAEE,
      { [_aQE]: [`OpsItemRelatedItemAlreadyExistsException`, 400], [_e]: _c },
      [_M, _RU, _OII],
      [0, 0, 0]
    ];
    n0_registry.registerError(OpsItemRelatedItemAlreadyExistsException$, OpsItemRelatedItemAlreadyExistsException);
    var OpsItemRelatedItemAssociationNotFoundException$ = [
      -3,
      n0,
      _OIRIANFE,
      { [_aQE]: [`OpsItemRelatedItemAssociationNotFoundException`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(OpsItemRelatedItemAssociationNotFoundException$, OpsItemRelatedItemAssociationNotFoundException);
    var OpsMetadataAlreadyExistsException$ = [
      -3,
      n0,
      _OMAEE,
      { [_aQE]: [`OpsMetadataAlreadyExistsException`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(OpsMetadataAlreadyExistsException$, OpsMetadataAlreadyExistsException);
    var OpsMetadataInvalidArgumentException$ = [
      -3,
      n0,
      _OMIAE,
      { [_aQE]: [`OpsMetadataInvalidArgumentException`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(OpsMetadataInvalidArgumentException$, OpsMetadataInvalidArgumentException);
    var OpsMetadataKeyLimitExceededException$ = [
      -3,
      n0,
      _OMKLEE,
      { [_aQE]: [`OpsMetadataKeyLimitExceededException`, 429], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(OpsMetadataKeyLimitExceededException$, OpsMetadataKeyLimitExceededException);
    var OpsMetadataLimitExceededException$ = [
      -3,
      n0,
      _OMLEE,
      { [_aQE]: [`OpsMetadataLimitExceededException`, 429], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(OpsMetadataLimitExceededException$, OpsMetadataLimitExceededException);
    var OpsMetadataNotFoundException$ = [
      -3,
      n0,
      _OMNFE,
      { [_aQE]: [`OpsMetadataNotFoundException`, 404], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(OpsMetadataNotFoundException$, OpsMetadataNotFoundException);
    var OpsMetadataTooManyUpdatesException$ = [
      -3,
      n0,
      _OMTMUE,
      { [_aQE]: [`OpsMetadataTooManyUpdatesException`, 429], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(OpsMetadataTooManyUpdatesException$, OpsMetadataTooManyUpdatesException);
    var ParameterAlreadyExists$ = [
      -3,
      n0,
      _PAE,
      { [_aQE]: [`ParameterAlreadyExists`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ParameterAlreadyExists$, ParameterAlreadyExists);
    var ParameterLimitExceeded$ = [
      -3,
      n0,
      _PLE,
      { [_aQE]: [`ParameterLimitExceeded`, 429], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ParameterLimitExceeded$, ParameterLimitExceeded);
    var ParameterMaxVersionLimitExceeded$ = [
      -3,
      n0,
      _PMVLE,
      { [_aQE]: [`ParameterMaxVersionLimitExceeded`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ParameterMaxVersionLimitExceeded$, ParameterMaxVersionLimitExceeded);
    var ParameterNotFound$ = [
      -3,
      n0,
      _PNF,
      { [_aQE]: [`ParameterNotFound`, 404], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ParameterNotFound$, ParameterNotFound);
    var ParameterPatternMismatchException$ = [
      -3,
      n0,
      _PPME,
      { [_aQE]: [`ParameterPatternMismatchException`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ParameterPatternMismatchException$, ParameterPatternMismatchException);
    var ParameterVersionLabelLimitExceeded$ = [
      -3,
      n0,
      _PVLLE,
      { [_aQE]: [`ParameterVersionLabelLimitExceeded`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ParameterVersionLabelLimitExceeded$, ParameterVersionLabelLimitExceeded);
    var ParameterVersionNotFound$ = [
      -3,
      n0,
      _PVNF,
      { [_aQE]: [`ParameterVersionNotFound`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(ParameterVersionNotFound$, ParameterVersionNotFound);
    var PoliciesLimitExceededException$ = [
      -3,
      n0,
      _PLEE,
      { [_aQE]: [`PoliciesLimitExceededException`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(PoliciesLimitExceededException$, PoliciesLimitExceededException);
    var ResourceDataSyncAlreadyExistsException$ = [
      -3,
      n0,
      _RDSAEE,
      { [_aQE]: [`ResourceDataSyncAlreadyExists`, 400], [_e]: _c },
      [_SN],
      [0]
    ];
    n0_registry.registerError(ResourceDataSyncAlreadyExistsException$, ResourceDataSyncAlreadyExistsException);
    var ResourceDataSyncConflictException$ = [
      -3,
      n0,
      _RDSCE,
      { [_aQE]: [`ResourceDataSyncConflictException`, 409], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceDataSyncConflictException$, ResourceDataSyncConflictException);
    var ResourceDataSyncCountExceededException$ = [
      -3,
      n0,
      _RDSCEE,
      { [_aQE]: [`ResourceDataSyncCountExceeded`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceDataSyncCountExceededException$, ResourceDataSyncCountExceededException);
    var ResourceDataSyncInvalidConfigurationException$ = [
      -3,
      n0,
      _RDSICE,
      { [_aQE]: [`ResourceDataSyncInvalidConfiguration`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceDataSyncInvalidConfigurationException$, ResourceDataSyncInvalidConfigurationException);
    var ResourceDataSyncNotFoundException$ = [
      -3,
      n0,
      _RDSNFE,
      { [_aQE]: [`ResourceDataSyncNotFound`, 404], [_e]: _c },
      [_SN, _ST, _M],
      [0, 0, 0]
    ];
    n0_registry.registerError(ResourceDataSyncNotFoundException$, ResourceDataSyncNotFoundException);
    var ResourceInUseException$ = [
      -3,
      n0,
      _RIUE,
      { [_aQE]: [`ResourceInUseException`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceInUseException$, ResourceInUseException);
    var ResourceLimitExceededException$ = [
      -3,
      n0,
      _RLEE,
      { [_aQE]: [`ResourceLimitExceededException`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceLimitExceededException$, ResourceLimitExceededException);
    var ResourceNotFoundException$ = [
      -3,
      n0,
      _RNFE,
      { [_aQE]: [`ResourceNotFoundException`, 404], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourceNotFoundException$, ResourceNotFoundException);
    var ResourcePolicyConflictException$ = [
      -3,
      n0,
      _RPCE,
      { [_aQE]: [`ResourcePolicyConflictException`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourcePolicyConflictException$, ResourcePolicyConflictException);
    var ResourcePolicyInvalidParameterException$ = [
      -3,
      n0,
      _RPIPE,
      { [_aQE]: [`ResourcePolicyInvalidParameterException`, 400], [_e]: _c },
      [_PN, _M],
      [64 | 0, 0]
    ];
    n0_registry.registerError(ResourcePolicyInvalidParameterException$, ResourcePolicyInvalidParameterException);
    var ResourcePolicyLimitExceededException$ = [
      -3,
      n0,
      _RPLEE,
      { [_aQE]: [`ResourcePolicyLimitExceededException`, 400], [_e]: _c },
      [_L, _LT, _M],
      [1, 0, 0]
    ];
    n0_registry.registerError(ResourcePolicyLimitExceededException$, ResourcePolicyLimitExceededException);
    var ResourcePolicyNotFoundException$ = [
      -3,
      n0,
      _RPNFE,
      { [_aQE]: [`ResourcePolicyNotFoundException`, 404], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ResourcePolicyNotFoundException$, ResourcePolicyNotFoundException);
    var ServiceQuotaExceededException$ = [
      -3,
      n0,
      _SQEE,
      { [_e]: _c },
      [_M, _QC, _SC, _RI, _RTe],
      [0, 0, 0, 0, 0],
      3
    ];
    n0_registry.registerError(ServiceQuotaExceededException$, ServiceQuotaExceededException);
    var ServiceSettingNotFound$ = [
      -3,
      n0,
      _SSNF,
      { [_aQE]: [`ServiceSettingNotFound`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(ServiceSettingNotFound$, ServiceSettingNotFound);
    var StatusUnchanged$ = [
      -3,
      n0,
      _SU,
      { [_aQE]: [`StatusUnchanged`, 400], [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(StatusUnchanged$, StatusUnchanged);
    var SubTypeCountLimitExceededException$ = [
      -3,
      n0,
      _STCLEE,
      { [_aQE]: [`SubTypeCountLimitExceeded`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(SubTypeCountLimitExceededException$, SubTypeCountLimitExceededException);
    var TargetInUseException$ = [
      -3,
      n0,
      _TIUE,
      { [_aQE]: [`TargetInUseException`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(TargetInUseException$, TargetInUseException);
    var TargetNotConnected$ = [
      -3,
      n0,
      _TNC,
      { [_aQE]: [`TargetNotConnected`, 430], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(TargetNotConnected$, TargetNotConnected);
    var ThrottlingException$ = [
      -3,
      n0,
      _TE,
      { [_e]: _c },
      [_M, _QC, _SC],
      [0, 0, 0],
      1
    ];
    n0_registry.registerError(ThrottlingException$, ThrottlingException);
    var TooManyTagsError$ = [
      -3,
      n0,
      _TMTE,
      { [_aQE]: [`TooManyTagsError`, 400], [_e]: _c },
      [],
      []
    ];
    n0_registry.registerError(TooManyTagsError$, TooManyTagsError);
    var TooManyUpdates$ = [
      -3,
      n0,
      _TMU,
      { [_aQE]: [`TooManyUpdates`, 429], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(TooManyUpdates$, TooManyUpdates);
    var TotalSizeLimitExceededException$ = [
      -3,
      n0,
      _TSLEE,
      { [_aQE]: [`TotalSizeLimitExceeded`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(TotalSizeLimitExceededException$, TotalSizeLimitExceededException);
    var UnsupportedCalendarException$ = [
      -3,
      n0,
      _UCE,
      { [_aQE]: [`UnsupportedCalendarException`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(UnsupportedCalendarException$, UnsupportedCalendarException);
    var UnsupportedFeatureRequiredException$ = [
      -3,
      n0,
      _UFRE,
      { [_aQE]: [`UnsupportedFeatureRequiredException`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(UnsupportedFeatureRequiredException$, UnsupportedFeatureRequiredException);
    var UnsupportedInventoryItemContextException$ = [
      -3,
      n0,
      _UIICE,
      { [_aQE]: [`UnsupportedInventoryItemContext`, 400], [_e]: _c },
      [_TN, _M],
      [0, 0]
    ];
    n0_registry.registerError(UnsupportedInventoryItemContextException$, UnsupportedInventoryItemContextException);
    var UnsupportedInventorySchemaVersionException$ = [
      -3,
      n0,
      _UISVE,
      { [_aQE]: [`UnsupportedInventorySchemaVersion`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(UnsupportedInventorySchemaVersionException$, UnsupportedInventorySchemaVersionException);
    var UnsupportedOperatingSystem$ = [
      -3,
      n0,
      _UOS,
      { [_aQE]: [`UnsupportedOperatingSystem`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(UnsupportedOperatingSystem$, UnsupportedOperatingSystem);
    var UnsupportedOperationException$ = [
      -3,
      n0,
      _UOE,
      { [_aQE]: [`UnsupportedOperation`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(UnsupportedOperationException$, UnsupportedOperationException);
    var UnsupportedParameterType$ = [
      -3,
      n0,
      _UPT,
      { [_aQE]: [`UnsupportedParameterType`, 400], [_e]: _c },
      [_m],
      [0]
    ];
    n0_registry.registerError(UnsupportedParameterType$, UnsupportedParameterType);
    var UnsupportedPlatformType$ = [
      -3,
      n0,
      _UPTn,
      { [_aQE]: [`UnsupportedPlatformType`, 400], [_e]: _c },
      [_M],
      [0]
    ];
    n0_registry.registerError(UnsupportedPlatformType$, UnsupportedPlatformType);
    var ValidationException$ = [
      -3,
      n0,
      _VE,
      { [_aQE]: [`ValidationException`, 400], [_e]: _c },
      [_M, _RC],
      [0, 0]
    ];
    n0_registry.registerError(ValidationException$, ValidationException);
    var errorTypeRegistries = [
      _s_registry,
      n0_registry
    ];
    var AccessKeySecretType = [0, n0, _AKST, 8, 0];
    var IPAddress = [0, n0, _IPA, 8, 0];
    var MaintenanceWindowDescription = [0, n0, _MWD, 8, 0];
    var MaintenanceWindowExecutionTaskInvocationParameters = [0, n0, _MWETIP, 8, 0];
    var MaintenanceWindowLambdaPayload = [0, n0, _MWLP, 8, 21];
    var MaintenanceWindowStepFunctionsInput = [0, n0, _MWSFI, 8, 0];
    var MaintenanceWindowTaskParameterValue = [0, n0, _MWTPV, 8, 0];
    var OwnerInformation = [0, n0, _OI, 8, 0];
    var PatchSourceConfiguration = [0, n0, _PSC, 8, 0];
    var PSParameterValue = [0, n0, _PSPV, 8, 0];
    var SessionTokenType = [0, n0, _STT, 8, 0];
    var AccountSharingInfo$ = [
      3,
      n0,
      _ASI,
      0,
      [_AIc, _SDV],
      [0, 0]
    ];
    var Activation$ = [
      3,
      n0,
      _A,
      0,
      [_AIct, _D, _DIN, _IRa, _RL, _RCe, _ED, _E, _CD, _T],
      [0, 0, 0, 0, 1, 1, 4, 2, 4, () => TagList]
    ];
    var AddTagsToResourceRequest$ = [
      3,
      n0,
      _ATTRR,
      0,
      [_RTe, _RI, _T],
      [0, 0, () => TagList],
      3
    ];
    var AddTagsToResourceResult$ = [
      3,
      n0,
      _ATTRRd,
      0,
      [],
      []
    ];
    var Alarm$ = [
      3,
      n0,
      _Al,
      0,
      [_N],
      [0],
      1
    ];
    var AlarmConfiguration$ = [
      3,
      n0,
      _AC,
      0,
      [_Ala, _IPAF],
      [() => AlarmList, 2],
      1
    ];
    var AlarmStateInformation$ = [
      3,
      n0,
      _ASIl,
      0,
      [_N, _S],
      [0, 0],
      2
    ];
    var AssociateOpsItemRelatedItemRequest$ = [
      3,
      n0,
      _AOIRIR,
      0,
      [_OII, _AT, _RTe, _RU],
      [0, 0, 0, 0],
      4
    ];
    var AssociateOpsItemRelatedItemResponse$ = [
      3,
      n0,
      _AOIRIRs,
      0,
      [_AIs],
      [0]
    ];
    var Association$ = [
      3,
      n0,
      _As,
      0,
      [_N, _II, _AIs, _AV, _DV, _Ta, _LED, _O, _SE, _AN, _SO, _Du, _TM],
      [0, 0, 0, 0, 0, () => Targets, 4, () => AssociationOverview$, 0, 0, 1, 1, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]]]
    ];
    var AssociationDescription$ = [
      3,
      n0,
      _AD,
      0,
      [_N, _II, _AV, _Da, _LUAD, _St, _O, _DV, _ATPN, _P, _AIs, _Ta, _SE, _OL, _LED, _LSED, _AN, _ME, _MC, _CS, _SCy, _AOACI, _CN, _TL, _SO, _Du, _TM, _AC, _TA, _ADAR],
      [0, 0, 0, 4, 4, () => AssociationStatus$, () => AssociationOverview$, 0, 0, [() => _Parameters, 0], 0, () => Targets, 0, () => InstanceAssociationOutputLocation$, 4, 4, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], () => AlarmConfiguration$, () => AlarmStateInformationList, 0]
    ];
    var AssociationExecution$ = [
      3,
      n0,
      _AE,
      0,
      [_AIs, _AV, _EI, _St, _DS, _CT, _LED, _RCBS, _AC, _TA],
      [0, 0, 0, 0, 0, 4, 4, 0, () => AlarmConfiguration$, () => AlarmStateInformationList]
    ];
    var AssociationExecutionFilter$ = [
      3,
      n0,
      _AEF,
      0,
      [_K, _V, _Ty],
      [0, 0, 0],
      3
    ];
    var AssociationExecutionTarget$ = [
      3,
      n0,
      _AET,
      0,
      [_AIs, _AV, _EI, _RI, _RTe, _St, _DS, _LED, _OS],
      [0, 0, 0, 0, 0, 0, 0, 4, () => OutputSource$]
    ];
    var AssociationExecutionTargetsFilter$ = [
      3,
      n0,
      _AETF,
      0,
      [_K, _V],
      [0, 0],
      2
    ];
    var AssociationFilter$ = [
      3,
      n0,
      _AF,
      0,
      [_k, _v],
      [0, 0],
      2
    ];
    var AssociationOverview$ = [
      3,
      n0,
      _AO,
      0,
      [_St, _DS, _ASAC],
      [0, 0, 128 | 1]
    ];
    var AssociationStatus$ = [
      3,
      n0,
      _AS,
      0,
      [_Da, _N, _M, _AId],
      [4, 0, 0, 0],
      3
    ];
    var AssociationVersionInfo$ = [
      3,
      n0,
      _AVI,
      0,
      [_AIs, _AV, _CD, _N, _DV, _P, _Ta, _SE, _OL, _AN, _ME, _MC, _CS, _SCy, _AOACI, _CN, _TL, _SO, _Du, _TM, _ADAR],
      [0, 0, 4, 0, 0, [() => _Parameters, 0], () => Targets, 0, () => InstanceAssociationOutputLocation$, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], 0]
    ];
    var AttachmentContent$ = [
      3,
      n0,
      _ACt,
      0,
      [_N, _Si, _H, _HT, _U],
      [0, 1, 0, 0, 0]
    ];
    var AttachmentInformation$ = [
      3,
      n0,
      _AIt,
      0,
      [_N],
      [0]
    ];
    var AttachmentsSource$ = [
      3,
      n0,
      _ASt,
      0,
      [_K, _Va, _N],
      [0, 64 | 0, 0]
    ];
    var AutomationExecution$ = [
      3,
      n0,
      _AEu,
      0,
      [_AEI, _DN, _DV, _EST, _EET, _AES, _SEt, _SET, _P, _Ou, _FM, _WM, _Mo, _PAEI, _EB, _CSN, _CA, _TPN, _Ta, _TM, _RTes, _MC, _ME, _Tar, _TL, _PC, _AC, _TA, _TLURL, _ASu, _STc, _R, _OII, _AIs, _CRN, _Var, _TS],
      [0, 0, 0, 4, 4, 0, () => StepExecutionList, 2, [2, n0, _APM, 0, 0, 64 | 0], [2, n0, _APM, 0, 0, 64 | 0], 0, 0, 0, 0, 0, 0, 0, 0, () => Targets, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], () => ResolvedTargets$, 0, 0, 0, () => TargetLocations, () => ProgressCounters$, () => AlarmConfiguration$, () => AlarmStateInformationList, 0, 0, 4, () => Runbooks, 0, 0, 0, [2, n0, _APM, 0, 0, 64 | 0], () => TargetsSummary$]
    ];
    var AutomationExecutionFilter$ = [
      3,
      n0,
      _AEFu,
      0,
      [_K, _Va],
      [0, 64 | 0],
      2
    ];
    var AutomationExecutionInputs$ = [
      3,
      n0,
      _AEIu,
      0,
      [_P, _TPN, _Ta, _TM, _TL, _TLURL],
      [[2, n0, _APM, 0, 0, 64 | 0], 0, () => AutomationTargets, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], () => TargetLocations, 0]
    ];
    var AutomationExecutionMetadata$ = [
      3,
      n0,
      _AEM,
      0,
      [_AEI, _DN, _DV, _AES, _EST, _EET, _EB, _LF, _Ou, _Mo, _PAEI, _CSN, _CA, _FM, _WM, _TPN, _Ta, _TM, _RTes, _MC, _ME, _Tar, _ATu, _AC, _TA, _TLURL, _ASu, _STc, _R, _OII, _AIs, _CRN],
      [0, 0, 0, 0, 4, 4, 0, 0, [2, n0, _APM, 0, 0, 64 | 0], 0, 0, 0, 0, 0, 0, 0, () => Targets, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], () => ResolvedTargets$, 0, 0, 0, 0, () => AlarmConfiguration$, () => AlarmStateInformationList, 0, 0, 4, () => Runbooks, 0, 0, 0]
    ];
    var AutomationExecutionPreview$ = [
      3,
      n0,
      _AEP,
      0,
      [_SP, _Re, _TP, _TAo],
      [128 | 1, 64 | 0, () => TargetPreviewList, 1]
    ];
    var AzureConfiguration$ = [
      3,
      n0,
      _ACz,
      0,
      [_TI, _AIp, _TDN, _ADN, _Ta],
      [0, 0, 0, 0, () => ConfigurationTargets$],
      2
    ];
    var AzureSubscription$ = [
      3,
      n0,
      _ASz,
      0,
      [_I, _DNi],
      [0, 0],
      1
    ];
    var BaselineOverride$ = [
      3,
      n0,
      _BO,
      0,
      [_OSp, _GF, _AR, _AP, _APCL, _RP, _RPA, _APENS, _So, _ASUCS],
      [0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 64 | 0, 0, 2, [() => PatchSourceList, 0], 0]
    ];
    var CancelCommandRequest$ = [
      3,
      n0,
      _CCR,
      0,
      [_CI, _IIn],
      [0, 64 | 0],
      1
    ];
    var CancelCommandResult$ = [
      3,
      n0,
      _CCRa,
      0,
      [],
      []
    ];
    var CancelMaintenanceWindowExecutionRequest$ = [
      3,
      n0,
      _CMWER,
      0,
      [_WEI],
      [0],
      1
    ];
    var CancelMaintenanceWindowExecutionResult$ = [
      3,
      n0,
      _CMWERa,
      0,
      [_WEI],
      [0]
    ];
    var CloudConnectorFilter$ = [
      3,
      n0,
      _CCF,
      0,
      [_FK, _FV],
      [0, 64 | 0]
    ];
    var CloudConnectorSummary$ = [
      3,
      n0,
      _CCS,
      0,
      [_CCI, _DNi, _D, _RA, _CAr, _UA, _Pr, _CCA],
      [0, 0, 0, 0, 4, 4, 0, 0]
    ];
    var CloudWatchOutputConfig$ = [
      3,
      n0,
      _CWOC,
      0,
      [_CWLGN, _CWOE],
      [0, 2]
    ];
    var Command$ = [
      3,
      n0,
      _C,
      0,
      [_CI, _DN, _DV, _Co, _EA, _P, _IIn, _Ta, _RDT, _St, _SD, _OSR, _OSBN, _OSKP, _MC, _ME, _TC, _CC, _EC, _DTOC, _SR, _NC, _CWOC, _TSi, _AC, _TA],
      [0, 0, 0, 0, 4, [() => _Parameters, 0], 64 | 0, () => Targets, 4, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, () => NotificationConfig$, () => CloudWatchOutputConfig$, 1, () => AlarmConfiguration$, () => AlarmStateInformationList]
    ];
    var CommandFilter$ = [
      3,
      n0,
      _CF,
      0,
      [_k, _v],
      [0, 0],
      2
    ];
    var CommandInvocation$ = [
      3,
      n0,
      _CIo,
      0,
      [_CI, _II, _IN, _Co, _DN, _DV, _RDT, _St, _SD, _TO, _SOU, _SEU, _CP, _SR, _NC, _CWOC],
      [0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, () => CommandPluginList, 0, () => NotificationConfig$, () => CloudWatchOutputConfig$]
    ];
    var CommandPlugin$ = [
      3,
      n0,
      _CPo,
      0,
      [_N, _St, _SD, _RCes, _RSDT, _RFDT, _Out, _SOU, _SEU, _OSR, _OSBN, _OSKP],
      [0, 0, 0, 1, 4, 4, 0, 0, 0, 0, 0, 0]
    ];
    var ComplianceExecutionSummary$ = [
      3,
      n0,
      _CES,
      0,
      [_ET, _EI, _ETx],
      [4, 0, 0],
      1
    ];
    var ComplianceItem$ = [
      3,
      n0,
      _CIom,
      0,
      [_CTo, _RTe, _RI, _I, _Ti, _St, _Se, _ES, _De],
      [0, 0, 0, 0, 0, 0, 0, () => ComplianceExecutionSummary$, 128 | 0]
    ];
    var ComplianceItemEntry$ = [
      3,
      n0,
      _CIE,
      0,
      [_Se, _St, _I, _Ti, _De],
      [0, 0, 0, 0, 128 | 0],
      2
    ];
    var ComplianceStringFilter$ = [
      3,
      n0,
      _CSF,
      0,
      [_K, _Va, _Ty],
      [0, [() => ComplianceStringFilterValueList, 0], 0]
    ];
    var ComplianceSummaryItem$ = [
      3,
      n0,
      _CSI,
      0,
      [_CTo, _CSo, _NCS],
      [0, () => CompliantSummary$, () => NonCompliantSummary$]
    ];
    var CompliantSummary$ = [
      3,
      n0,
      _CSo,
      0,
      [_CCo, _SS],
      [1, () => SeveritySummary$]
    ];
    var CreateActivationRequest$ = [
      3,
      n0,
      _CAR,
      0,
      [_IRa, _D, _DIN, _RL, _ED, _T, _RM],
      [0, 0, 0, 1, 4, () => TagList, () => RegistrationMetadataList],
      1
    ];
    var CreateActivationResult$ = [
      3,
      n0,
      _CARr,
      0,
      [_AIct, _ACc],
      [0, 0]
    ];
    var CreateAssociationBatchRequest$ = [
      3,
      n0,
      _CABR,
      0,
      [_En, _ADAR],
      [[() => CreateAssociationBatchRequestEntries, 0], 0],
      1
    ];
    var CreateAssociationBatchRequestEntry$ = [
      3,
      n0,
      _CABRE,
      0,
      [_N, _II, _P, _ATPN, _DV, _Ta, _SE, _OL, _AN, _ME, _MC, _CS, _SCy, _AOACI, _CN, _TL, _SO, _Du, _TM, _AC],
      [0, 0, [() => _Parameters, 0], 0, 0, () => Targets, 0, () => InstanceAssociationOutputLocation$, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], () => AlarmConfiguration$],
      1
    ];
    var CreateAssociationBatchResult$ = [
      3,
      n0,
      _CABRr,
      0,
      [_Su, _F],
      [[() => AssociationDescriptionList, 0], [() => FailedCreateAssociationList, 0]]
    ];
    var CreateAssociationRequest$ = [
      3,
      n0,
      _CARre,
      0,
      [_N, _DV, _II, _P, _Ta, _SE, _OL, _AN, _ATPN, _ME, _MC, _CS, _SCy, _AOACI, _CN, _TL, _SO, _Du, _TM, _T, _AC, _ADAR],
      [0, 0, 0, [() => _Parameters, 0], () => Targets, 0, () => InstanceAssociationOutputLocation$, 0, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], () => TagList, () => AlarmConfiguration$, 0],
      1
    ];
    var CreateAssociationResult$ = [
      3,
      n0,
      _CARrea,
      0,
      [_AD],
      [[() => AssociationDescription$, 0]]
    ];
    var CreateCloudConnectorRequest$ = [
      3,
      n0,
      _CCCR,
      0,
      [_DNi, _RA, _Con, _D, _CCA, _T],
      [0, 0, () => CloudConnectorConfiguration$, 0, 0, () => TagList],
      3
    ];
    var CreateCloudConnectorResult$ = [
      3,
      n0,
      _CCCRr,
      0,
      [_CCI],
      [0]
    ];
    var CreateDocumentRequest$ = [
      3,
      n0,
      _CDR,
      0,
      [_Cont, _N, _Req, _At, _DNi, _VN, _DT, _DF, _TT, _T],
      [0, 0, () => DocumentRequiresList, () => AttachmentsSourceList, 0, 0, 0, 0, 0, () => TagList],
      2
    ];
    var CreateDocumentResult$ = [
      3,
      n0,
      _CDRr,
      0,
      [_DD],
      [[() => DocumentDescription$, 0]]
    ];
    var CreateMaintenanceWindowRequest$ = [
      3,
      n0,
      _CMWR,
      0,
      [_N, _Sc, _Du, _Cu, _AUT, _D, _SDt, _EDn, _STch, _SO, _CTl, _T],
      [0, 0, 1, 1, 2, [() => MaintenanceWindowDescription, 0], 0, 0, 0, 1, [0, 4], () => TagList],
      5
    ];
    var CreateMaintenanceWindowResult$ = [
      3,
      n0,
      _CMWRr,
      0,
      [_WI],
      [0]
    ];
    var CreateOpsItemRequest$ = [
      3,
      n0,
      _COIR,
      0,
      [_D, _Sou, _Ti, _OIT, _OD, _No, _Pri, _ROI, _T, _Ca, _Se, _AST, _AETc, _PST, _PET, _AIc],
      [0, 0, 0, 0, () => OpsItemOperationalData, () => OpsItemNotifications, 1, () => RelatedOpsItems, () => TagList, 0, 0, 4, 4, 4, 4, 0],
      3
    ];
    var CreateOpsItemResponse$ = [
      3,
      n0,
      _COIRr,
      0,
      [_OII, _OIA],
      [0, 0]
    ];
    var CreateOpsMetadataRequest$ = [
      3,
      n0,
      _COMR,
      0,
      [_RI, _Me, _T],
      [0, () => MetadataMap, () => TagList],
      1
    ];
    var CreateOpsMetadataResult$ = [
      3,
      n0,
      _COMRr,
      0,
      [_OMA],
      [0]
    ];
    var CreatePatchBaselineRequest$ = [
      3,
      n0,
      _CPBR,
      0,
      [_N, _OSp, _GF, _AR, _AP, _APCL, _APENS, _RP, _RPA, _D, _So, _ASUCS, _CTl, _T],
      [0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 0, [() => PatchSourceList, 0], 0, [0, 4], () => TagList],
      1
    ];
    var CreatePatchBaselineResult$ = [
      3,
      n0,
      _CPBRr,
      0,
      [_BI],
      [0]
    ];
    var CreateResourceDataSyncRequest$ = [
      3,
      n0,
      _CRDSR,
      0,
      [_SN, _SDe, _ST, _SSy],
      [0, () => ResourceDataSyncS3Destination$, 0, () => ResourceDataSyncSource$],
      1
    ];
    var CreateResourceDataSyncResult$ = [
      3,
      n0,
      _CRDSRr,
      0,
      [],
      []
    ];
    var Credentials$ = [
      3,
      n0,
      _Cr,
      0,
      [_AKI, _SAK, _STe, _ETxp],
      [0, [() => AccessKeySecretType, 0], [() => SessionTokenType, 0], 4],
      4
    ];
    var DeleteActivationRequest$ = [
      3,
      n0,
      _DAR,
      0,
      [_AIct],
      [0],
      1
    ];
    var DeleteActivationResult$ = [
      3,
      n0,
      _DARe,
      0,
      [],
      []
    ];
    var DeleteAssociationRequest$ = [
      3,
      n0,
      _DARel,
      0,
      [_N, _II, _AIs],
      [0, 0, 0]
    ];
    var DeleteAssociationResult$ = [
      3,
      n0,
      _DARele,
      0,
      [],
      []
    ];
    var DeleteCloudConnectorRequest$ = [
      3,
      n0,
      _DCCR,
      0,
      [_CCI],
      [0],
      1
    ];
    var DeleteCloudConnectorResult$ = [
      3,
      n0,
      _DCCRe,
      0,
      [_CCI],
      [0]
    ];
    var DeleteDocumentRequest$ = [
      3,
      n0,
      _DDR,
      0,
      [_N, _DV, _VN, _Fo],
      [0, 0, 0, 2],
      1
    ];
    var DeleteDocumentResult$ = [
      3,
      n0,
      _DDRe,
      0,
      [],
      []
    ];
    var DeleteInventoryRequest$ = [
      3,
      n0,
      _DIR,
      0,
      [_TN, _SDO, _DR, _CTl],
      [0, 0, 2, [0, 4]],
      1
    ];
    var DeleteInventoryResult$ = [
      3,
      n0,
      _DIRe,
      0,
      [_DI, _TN, _DSe],
      [0, 0, () => InventoryDeletionSummary$]
    ];
    var DeleteMaintenanceWindowRequest$ = [
      3,
      n0,
      _DMWR,
      0,
      [_WI],
      [0],
      1
    ];
    var DeleteMaintenanceWindowResult$ = [
      3,
      n0,
      _DMWRe,
      0,
      [_WI],
      [0]
    ];
    var DeleteOpsItemRequest$ = [
      3,
      n0,
      _DOIR,
      0,
      [_OII],
      [0],
      1
    ];
    var DeleteOpsItemResponse$ = [
      3,
      n0,
      _DOIRe,
      0,
      [],
      []
    ];
    var DeleteOpsMetadataRequest$ = [
      3,
      n0,
      _DOMR,
      0,
      [_OMA],
      [0],
      1
    ];
    var DeleteOpsMetadataResult$ = [
      3,
      n0,
      _DOMRe,
      0,
      [],
      []
    ];
    var DeleteParameterRequest$ = [
      3,
      n0,
      _DPR,
      0,
      [_N],
      [0],
      1
    ];
    var DeleteParameterResult$ = [
      3,
      n0,
      _DPRe,
      0,
      [],
      []
    ];
    var DeleteParametersRequest$ = [
      3,
      n0,
      _DPRel,
      0,
      [_Na],
      [64 | 0],
      1
    ];
    var DeleteParametersResult$ = [
      3,
      n0,
      _DPRele,
      0,
      [_DP, _IP],
      [64 | 0, 64 | 0]
    ];
    var DeletePatchBaselineRequest$ = [
      3,
      n0,
      _DPBR,
      0,
      [_BI],
      [0],
      1
    ];
    var DeletePatchBaselineResult$ = [
      3,
      n0,
      _DPBRe,
      0,
      [_BI],
      [0]
    ];
    var DeleteResourceDataSyncRequest$ = [
      3,
      n0,
      _DRDSR,
      0,
      [_SN, _ST],
      [0, 0],
      1
    ];
    var DeleteResourceDataSyncResult$ = [
      3,
      n0,
      _DRDSRe,
      0,
      [],
      []
    ];
    var DeleteResourcePolicyRequest$ = [
      3,
      n0,
      _DRPR,
      0,
      [_RAe, _PI, _PH, _DM],
      [0, 0, 0, 0],
      3
    ];
    var DeleteResourcePolicyResponse$ = [
      3,
      n0,
      _DRPRe,
      0,
      [],
      []
    ];
    var DeregisterDefaultHostManagementConfigurationRequest$ = [
      3,
      n0,
      _DDHMCR,
      0,
      [],
      []
    ];
    var DeregisterDefaultHostManagementConfigurationResult$ = [
      3,
      n0,
      _DDHMCRe,
      0,
      [],
      []
    ];
    var DeregisterManagedInstanceRequest$ = [
      3,
      n0,
      _DMIR,
      0,
      [_II],
      [0],
      1
    ];
    var DeregisterManagedInstanceResult$ = [
      3,
      n0,
      _DMIRe,
      0,
      [],
      []
    ];
    var DeregisterPatchBaselineForPatchGroupRequest$ = [
      3,
      n0,
      _DPBFPGR,
      0,
      [_BI, _PG],
      [0, 0],
      2
    ];
    var DeregisterPatchBaselineForPatchGroupResult$ = [
      3,
      n0,
      _DPBFPGRe,
      0,
      [_BI, _PG],
      [0, 0]
    ];
    var DeregisterTargetFromMaintenanceWindowRequest$ = [
      3,
      n0,
      _DTFMWR,
      0,
      [_WI, _WTI, _Sa],
      [0, 0, 2],
      2
    ];
    var DeregisterTargetFromMaintenanceWindowResult$ = [
      3,
      n0,
      _DTFMWRe,
      0,
      [_WI, _WTI],
      [0, 0]
    ];
    var DeregisterTaskFromMaintenanceWindowRequest$ = [
      3,
      n0,
      _DTFMWRer,
      0,
      [_WI, _WTIi],
      [0, 0],
      2
    ];
    var DeregisterTaskFromMaintenanceWindowResult$ = [
      3,
      n0,
      _DTFMWRere,
      0,
      [_WI, _WTIi],
      [0, 0]
    ];
    var DescribeActivationsFilter$ = [
      3,
      n0,
      _DAF,
      0,
      [_FK, _FV],
      [0, 64 | 0]
    ];
    var DescribeActivationsRequest$ = [
      3,
      n0,
      _DARes,
      0,
      [_Fi, _MR, _NT],
      [() => DescribeActivationsFilterList, 1, 0]
    ];
    var DescribeActivationsResult$ = [
      3,
      n0,
      _DAResc,
      0,
      [_AL, _NT],
      [() => ActivationList, 0]
    ];
    var DescribeAssociationExecutionsRequest$ = [
      3,
      n0,
      _DAER,
      0,
      [_AIs, _Fi, _MR, _NT],
      [0, [() => AssociationExecutionFilterList, 0], 1, 0],
      1
    ];
    var DescribeAssociationExecutionsResult$ = [
      3,
      n0,
      _DAERe,
      0,
      [_AEs, _NT],
      [[() => AssociationExecutionsList, 0], 0]
    ];
    var DescribeAssociationExecutionTargetsRequest$ = [
      3,
      n0,
      _DAETR,
      0,
      [_AIs, _EI, _Fi, _MR, _NT],
      [0, 0, [() => AssociationExecutionTargetsFilterList, 0], 1, 0],
      2
    ];
    var DescribeAssociationExecutionTargetsResult$ = [
      3,
      n0,
      _DAETRe,
      0,
      [_AETs, _NT],
      [[() => AssociationExecutionTargetsList, 0], 0]
    ];
    var DescribeAssociationRequest$ = [
      3,
      n0,
      _DARescr,
      0,
      [_N, _II, _AIs, _AV],
      [0, 0, 0, 0]
    ];
    var DescribeAssociationResult$ = [
      3,
      n0,
      _DARescri,
      0,
      [_AD],
      [[() => AssociationDescription$, 0]]
    ];
    var DescribeAutomationExecutionsRequest$ = [
      3,
      n0,
      _DAERes,
      0,
      [_Fi, _MR, _NT],
      [() => AutomationExecutionFilterList, 1, 0]
    ];
    var DescribeAutomationExecutionsResult$ = [
      3,
      n0,
      _DAEResc,
      0,
      [_AEML, _NT],
      [() => AutomationExecutionMetadataList, 0]
    ];
    var DescribeAutomationStepExecutionsRequest$ = [
      3,
      n0,
      _DASER,
      0,
      [_AEI, _Fi, _NT, _MR, _RO],
      [0, () => StepExecutionFilterList, 0, 1, 2],
      1
    ];
    var DescribeAutomationStepExecutionsResult$ = [
      3,
      n0,
      _DASERe,
      0,
      [_SEt, _NT],
      [() => StepExecutionList, 0]
    ];
    var DescribeAvailablePatchesRequest$ = [
      3,
      n0,
      _DAPR,
      0,
      [_Fi, _MR, _NT],
      [() => PatchOrchestratorFilterList, 1, 0]
    ];
    var DescribeAvailablePatchesResult$ = [
      3,
      n0,
      _DAPRe,
      0,
      [_Pa, _NT],
      [() => PatchList, 0]
    ];
    var DescribeDocumentPermissionRequest$ = [
      3,
      n0,
      _DDPR,
      0,
      [_N, _PT, _MR, _NT],
      [0, 0, 1, 0],
      2
    ];
    var DescribeDocumentPermissionResponse$ = [
      3,
      n0,
      _DDPRe,
      0,
      [_AIcc, _ASIL, _NT],
      [[() => AccountIdList, 0], [() => AccountSharingInfoList, 0], 0]
    ];
    var DescribeDocumentRequest$ = [
      3,
      n0,
      _DDRes,
      0,
      [_N, _DV, _VN],
      [0, 0, 0],
      1
    ];
    var DescribeDocumentResult$ = [
      3,
      n0,
      _DDResc,
      0,
      [_Do],
      [[() => DocumentDescription$, 0]]
    ];
    var DescribeEffectiveInstanceAssociationsRequest$ = [
      3,
      n0,
      _DEIAR,
      0,
      [_II, _MR, _NT],
      [0, 1, 0],
      1
    ];
    var DescribeEffectiveInstanceAssociationsResult$ = [
      3,
      n0,
      _DEIARe,
      0,
      [_Ass, _NT],
      [() => InstanceAssociationList, 0]
    ];
    var DescribeEffectivePatchesForPatchBaselineRequest$ = [
      3,
      n0,
      _DEPFPBR,
      0,
      [_BI, _MR, _NT],
      [0, 1, 0],
      1
    ];
    var DescribeEffectivePatchesForPatchBaselineResult$ = [
      3,
      n0,
      _DEPFPBRe,
      0,
      [_EP, _NT],
      [() => EffectivePatchList, 0]
    ];
    var DescribeInstanceAssociationsStatusRequest$ = [
      3,
      n0,
      _DIASR,
      0,
      [_II, _MR, _NT],
      [0, 1, 0],
      1
    ];
    var DescribeInstanceAssociationsStatusResult$ = [
      3,
      n0,
      _DIASRe,
      0,
      [_IASI, _NT],
      [() => InstanceAssociationStatusInfos, 0]
    ];
    var DescribeInstanceInformationRequest$ = [
      3,
      n0,
      _DIIR,
      0,
      [_IIFL, _Fi, _MR, _NT],
      [[() => InstanceInformationFilterList, 0], [() => InstanceInformationStringFilterList, 0], 1, 0]
    ];
    var DescribeInstanceInformationResult$ = [
      3,
      n0,
      _DIIRe,
      0,
      [_IIL, _NT],
      [[() => InstanceInformationList, 0], 0]
    ];
    var DescribeInstancePatchesRequest$ = [
      3,
      n0,
      _DIPR,
      0,
      [_II, _Fi, _NT, _MR],
      [0, () => PatchOrchestratorFilterList, 0, 1],
      1
    ];
    var DescribeInstancePatchesResult$ = [
      3,
      n0,
      _DIPRe,
      0,
      [_Pa, _NT],
      [() => PatchComplianceDataList, 0]
    ];
    var DescribeInstancePatchStatesForPatchGroupRequest$ = [
      3,
      n0,
      _DIPSFPGR,
      0,
      [_PG, _Fi, _NT, _MR],
      [0, () => InstancePatchStateFilterList, 0, 1],
      1
    ];
    var DescribeInstancePatchStatesForPatchGroupResult$ = [
      3,
      n0,
      _DIPSFPGRe,
      0,
      [_IPS, _NT],
      [[() => InstancePatchStatesList, 0], 0]
    ];
    var DescribeInstancePatchStatesRequest$ = [
      3,
      n0,
      _DIPSR,
      0,
      [_IIn, _NT, _MR],
      [64 | 0, 0, 1],
      1
    ];
    var DescribeInstancePatchStatesResult$ = [
      3,
      n0,
      _DIPSRe,
      0,
      [_IPS, _NT],
      [[() => InstancePatchStateList, 0], 0]
    ];
    var DescribeInstancePropertiesRequest$ = [
      3,
      n0,
      _DIPRes,
      0,
      [_IPFL, _FWO, _MR, _NT],
      [[() => InstancePropertyFilterList, 0], [() => InstancePropertyStringFilterList, 0], 1, 0]
    ];
    var DescribeInstancePropertiesResult$ = [
      3,
      n0,
      _DIPResc,
      0,
      [_IPn, _NT],
      [[() => InstanceProperties, 0], 0]
    ];
    var DescribeInventoryDeletionsRequest$ = [
      3,
      n0,
      _DIDR,
      0,
      [_DI, _NT, _MR],
      [0, 0, 1]
    ];
    var DescribeInventoryDeletionsResult$ = [
      3,
      n0,
      _DIDRe,
      0,
      [_IDn, _NT],
      [() => InventoryDeletionsList, 0]
    ];
    var DescribeMaintenanceWindowExecutionsRequest$ = [
      3,
      n0,
      _DMWER,
      0,
      [_WI, _Fi, _MR, _NT],
      [0, () => MaintenanceWindowFilterList, 1, 0],
      1
    ];
    var DescribeMaintenanceWindowExecutionsResult$ = [
      3,
      n0,
      _DMWERe,
      0,
      [_WE, _NT],
      [() => MaintenanceWindowExecutionList, 0]
    ];
    var DescribeMaintenanceWindowExecutionTaskInvocationsRequest$ = [
      3,
      n0,
      _DMWETIR,
      0,
      [_WEI, _TIa, _Fi, _MR, _NT],
      [0, 0, () => MaintenanceWindowFilterList, 1, 0],
      2
    ];
    var DescribeMaintenanceWindowExecutionTaskInvocationsResult$ = [
      3,
      n0,
      _DMWETIRe,
      0,
      [_WETII, _NT],
      [[() => MaintenanceWindowExecutionTaskInvocationIdentityList, 0], 0]
    ];
    var DescribeMaintenanceWindowExecutionTasksRequest$ = [
      3,
      n0,
      _DMWETR,
      0,
      [_WEI, _Fi, _MR, _NT],
      [0, () => MaintenanceWindowFilterList, 1, 0],
      1
    ];
    var DescribeMaintenanceWindowExecutionTasksResult$ = [
      3,
      n0,
      _DMWETRe,
      0,
      [_WETI, _NT],
      [() => MaintenanceWindowExecutionTaskIdentityList, 0]
    ];
    var DescribeMaintenanceWindowScheduleRequest$ = [
      3,
      n0,
      _DMWSR,
      0,
      [_WI, _Ta, _RTe, _Fi, _MR, _NT],
      [0, () => Targets, 0, () => PatchOrchestratorFilterList, 1, 0]
    ];
    var DescribeMaintenanceWindowScheduleResult$ = [
      3,
      n0,
      _DMWSRe,
      0,
      [_SWE, _NT],
      [() => ScheduledWindowExecutionList, 0]
    ];
    var DescribeMaintenanceWindowsForTargetRequest$ = [
      3,
      n0,
      _DMWFTR,
      0,
      [_Ta, _RTe, _MR, _NT],
      [() => Targets, 0, 1, 0],
      2
    ];
    var DescribeMaintenanceWindowsForTargetResult$ = [
      3,
      n0,
      _DMWFTRe,
      0,
      [_WIi, _NT],
      [() => MaintenanceWindowsForTargetList, 0]
    ];
    var DescribeMaintenanceWindowsRequest$ = [
      3,
      n0,
      _DMWRes,
      0,
      [_Fi, _MR, _NT],
      [() => MaintenanceWindowFilterList, 1, 0]
    ];
    var DescribeMaintenanceWindowsResult$ = [
      3,
      n0,
      _DMWResc,
      0,
      [_WIi, _NT],
      [[() => MaintenanceWindowIdentityList, 0], 0]
    ];
    var DescribeMaintenanceWindowTargetsRequest$ = [
      3,
      n0,
      _DMWTR,
      0,
      [_WI, _Fi, _MR, _NT],
      [0, () => MaintenanceWindowFilterList, 1, 0],
      1
    ];
    var DescribeMaintenanceWindowTargetsResult$ = [
      3,
      n0,
      _DMWTRe,
      0,
      [_Ta, _NT],
      [[() => MaintenanceWindowTargetList, 0], 0]
    ];
    var DescribeMaintenanceWindowTasksRequest$ = [
      3,
      n0,
      _DMWTRes,
      0,
      [_WI, _Fi, _MR, _NT],
      [0, () => MaintenanceWindowFilterList, 1, 0],
      1
    ];
    var DescribeMaintenanceWindowTasksResult$ = [
      3,
      n0,
      _DMWTResc,
      0,
      [_Tas, _NT],
      [[() => MaintenanceWindowTaskList, 0], 0]
    ];
    var DescribeOpsItemsRequest$ = [
      3,
      n0,
      _DOIRes,
      0,
      [_OIF, _MR, _NT],
      [() => OpsItemFilters, 1, 0]
    ];
    var DescribeOpsItemsResponse$ = [
      3,
      n0,
      _DOIResc,
      0,
      [_NT, _OIS],
      [0, () => OpsItemSummaries]
    ];
    var DescribeParametersRequest$ = [
      3,
      n0,
      _DPRes,
      0,
      [_Fi, _PF, _MR, _NT, _Sh],
      [() => ParametersFilterList, () => ParameterStringFilterList, 1, 0, 2]
    ];
    var DescribeParametersResult$ = [
      3,
      n0,
      _DPResc,
      0,
      [_P, _NT],
      [() => ParameterMetadataList, 0]
    ];
    var DescribePatchBaselinesRequest$ = [
      3,
      n0,
      _DPBRes,
      0,
      [_Fi, _MR, _NT],
      [() => PatchOrchestratorFilterList, 1, 0]
    ];
    var DescribePatchBaselinesResult$ = [
      3,
      n0,
      _DPBResc,
      0,
      [_BIa, _NT],
      [() => PatchBaselineIdentityList, 0]
    ];
    var DescribePatchGroupsRequest$ = [
      3,
      n0,
      _DPGR,
      0,
      [_MR, _Fi, _NT],
      [1, () => PatchOrchestratorFilterList, 0]
    ];
    var DescribePatchGroupsResult$ = [
      3,
      n0,
      _DPGRe,
      0,
      [_Ma, _NT],
      [() => PatchGroupPatchBaselineMappingList, 0]
    ];
    var DescribePatchGroupStateRequest$ = [
      3,
      n0,
      _DPGSR,
      0,
      [_PG],
      [0],
      1
    ];
    var DescribePatchGroupStateResult$ = [
      3,
      n0,
      _DPGSRe,
      0,
      [_In, _IWIP, _IWIOP, _IWIPRP, _IWIRP, _IWMP, _IWFP, _IWNAP, _IWUNAP, _IWCNCP, _IWSNCP, _IWONCP, _IWASU],
      [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    ];
    var DescribePatchPropertiesRequest$ = [
      3,
      n0,
      _DPPR,
      0,
      [_OSp, _Pro, _PS, _MR, _NT],
      [0, 0, 0, 1, 0],
      2
    ];
    var DescribePatchPropertiesResult$ = [
      3,
      n0,
      _DPPRe,
      0,
      [_Prop, _NT],
      [[1, n0, _PPL, 0, 128 | 0], 0]
    ];
    var DescribeSessionsRequest$ = [
      3,
      n0,
      _DSR,
      0,
      [_S, _MR, _NT, _Fi],
      [0, 1, 0, () => SessionFilterList],
      1
    ];
    var DescribeSessionsResponse$ = [
      3,
      n0,
      _DSRe,
      0,
      [_Ses, _NT],
      [() => SessionList, 0]
    ];
    var DisassociateOpsItemRelatedItemRequest$ = [
      3,
      n0,
      _DOIRIR,
      0,
      [_OII, _AIs],
      [0, 0],
      2
    ];
    var DisassociateOpsItemRelatedItemResponse$ = [
      3,
      n0,
      _DOIRIRi,
      0,
      [],
      []
    ];
    var DocumentDefaultVersionDescription$ = [
      3,
      n0,
      _DDVD,
      0,
      [_N, _DVe, _DVN],
      [0, 0, 0]
    ];
    var DocumentDescription$ = [
      3,
      n0,
      _DD,
      0,
      [_Sha, _H, _HT, _N, _DNi, _VN, _Ow, _CD, _St, _SI, _DV, _D, _P, _PTl, _DT, _SV, _LV, _DVe, _DF, _TT, _T, _AItt, _Req, _Au, _RIe, _AVp, _PRV, _RS, _Ca, _CEa],
      [0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, [() => DocumentParameterList, 0], [() => PlatformTypeList, 0], 0, 0, 0, 0, 0, 0, () => TagList, [() => AttachmentInformationList, 0], () => DocumentRequiresList, 0, [() => ReviewInformationList, 0], 0, 0, 0, 64 | 0, 64 | 0]
    ];
    var DocumentFilter$ = [
      3,
      n0,
      _DFo,
      0,
      [_k, _v],
      [0, 0],
      2
    ];
    var DocumentIdentifier$ = [
      3,
      n0,
      _DIo,
      0,
      [_N, _CD, _DNi, _Ow, _VN, _PTl, _DV, _DT, _SV, _DF, _TT, _T, _Req, _RS, _Au],
      [0, 4, 0, 0, 0, [() => PlatformTypeList, 0], 0, 0, 0, 0, 0, () => TagList, () => DocumentRequiresList, 0, 0]
    ];
    var DocumentKeyValuesFilter$ = [
      3,
      n0,
      _DKVF,
      0,
      [_K, _Va],
      [0, 64 | 0]
    ];
    var DocumentMetadataResponseInfo$ = [
      3,
      n0,
      _DMRI,
      0,
      [_RR],
      [() => DocumentReviewerResponseList]
    ];
    var DocumentParameter$ = [
      3,
      n0,
      _DPo,
      0,
      [_N, _Ty, _D, _DVef],
      [0, 0, 0, 0]
    ];
    var DocumentRequires$ = [
      3,
      n0,
      _DRo,
      0,
      [_N, _Ve, _RTeq, _VN],
      [0, 0, 0, 0],
      1
    ];
    var DocumentReviewCommentSource$ = [
      3,
      n0,
      _DRCS,
      0,
      [_Ty, _Cont],
      [0, 0]
    ];
    var DocumentReviewerResponseSource$ = [
      3,
      n0,
      _DRRS,
      0,
      [_CTr, _UT, _RS, _Co, _Rev],
      [4, 4, 0, () => DocumentReviewCommentList, 0]
    ];
    var DocumentReviews$ = [
      3,
      n0,
      _DRoc,
      0,
      [_Ac, _Co],
      [0, () => DocumentReviewCommentList],
      1
    ];
    var DocumentVersionInfo$ = [
      3,
      n0,
      _DVI,
      0,
      [_N, _DNi, _DV, _VN, _CD, _IDVs, _DF, _St, _SI, _RS],
      [0, 0, 0, 0, 4, 2, 0, 0, 0, 0]
    ];
    var EffectivePatch$ = [
      3,
      n0,
      _EPf,
      0,
      [_Pat, _PSa],
      [() => Patch$, () => PatchStatus$]
    ];
    var FailedCreateAssociation$ = [
      3,
      n0,
      _FCA,
      0,
      [_Ent, _M, _Fa],
      [[() => CreateAssociationBatchRequestEntry$, 0], 0, 0]
    ];
    var FailureDetails$ = [
      3,
      n0,
      _FD,
      0,
      [_FS, _FT, _De],
      [0, 0, [2, n0, _APM, 0, 0, 64 | 0]]
    ];
    var GcpConfiguration$ = [
      3,
      n0,
      _GC,
      0,
      [_WIPP, _SAE, _OIr, _Ta],
      [0, 0, 0, () => GcpConfigurationTargets$],
      2
    ];
    var GcpProject$ = [
      3,
      n0,
      _GP,
      0,
      [_PIr, _PDN],
      [0, 0],
      1
    ];
    var GetAccessTokenRequest$ = [
      3,
      n0,
      _GATR,
      0,
      [_ARI],
      [0],
      1
    ];
    var GetAccessTokenResponse$ = [
      3,
      n0,
      _GATRe,
      0,
      [_Cr, _ARS],
      [[() => Credentials$, 0], 0]
    ];
    var GetAutomationExecutionRequest$ = [
      3,
      n0,
      _GAER,
      0,
      [_AEI],
      [0],
      1
    ];
    var GetAutomationExecutionResult$ = [
      3,
      n0,
      _GAERe,
      0,
      [_AEu],
      [() => AutomationExecution$]
    ];
    var GetCalendarStateRequest$ = [
      3,
      n0,
      _GCSR,
      0,
      [_CN, _ATt],
      [64 | 0, 0],
      1
    ];
    var GetCalendarStateResponse$ = [
      3,
      n0,
      _GCSRe,
      0,
      [_S, _ATt, _NTT],
      [0, 0, 0]
    ];
    var GetCloudConnectorRequest$ = [
      3,
      n0,
      _GCCR,
      0,
      [_CCI],
      [0],
      1
    ];
    var GetCloudConnectorResult$ = [
      3,
      n0,
      _GCCRe,
      0,
      [_CCAl, _DNi, _D, _RA, _Con, _CCA, _CAr, _UA],
      [0, 0, 0, 0, () => CloudConnectorConfiguration$, 0, 4, 4]
    ];
    var GetCommandInvocationRequest$ = [
      3,
      n0,
      _GCIR,
      0,
      [_CI, _II, _PNl],
      [0, 0, 0],
      2
    ];
    var GetCommandInvocationResult$ = [
      3,
      n0,
      _GCIRe,
      0,
      [_CI, _II, _Co, _DN, _DV, _PNl, _RCes, _ESDT, _EETx, _EEDT, _St, _SD, _SOC, _SOU, _SEC, _SEU, _CWOC],
      [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, () => CloudWatchOutputConfig$]
    ];
    var GetConnectionStatusRequest$ = [
      3,
      n0,
      _GCSRet,
      0,
      [_Tar],
      [0],
      1
    ];
    var GetConnectionStatusResponse$ = [
      3,
      n0,
      _GCSReto,
      0,
      [_Tar, _St],
      [0, 0]
    ];
    var GetDefaultPatchBaselineRequest$ = [
      3,
      n0,
      _GDPBR,
      0,
      [_OSp],
      [0]
    ];
    var GetDefaultPatchBaselineResult$ = [
      3,
      n0,
      _GDPBRe,
      0,
      [_BI, _OSp],
      [0, 0]
    ];
    var GetDeployablePatchSnapshotForInstanceRequest$ = [
      3,
      n0,
      _GDPSFIR,
      0,
      [_II, _SIn, _BO, _USDSE],
      [0, 0, [() => BaselineOverride$, 0], 2],
      2
    ];
    var GetDeployablePatchSnapshotForInstanceResult$ = [
      3,
      n0,
      _GDPSFIRe,
      0,
      [_II, _SIn, _SDU, _Prod],
      [0, 0, 0, 0]
    ];
    var GetDocumentRequest$ = [
      3,
      n0,
      _GDR,
      0,
      [_N, _VN, _DV, _DF],
      [0, 0, 0, 0],
      1
    ];
    var GetDocumentResult$ = [
      3,
      n0,
      _GDRe,
      0,
      [_N, _CD, _DNi, _VN, _DV, _St, _SI, _Cont, _DT, _DF, _Req, _ACtt, _RS],
      [0, 4, 0, 0, 0, 0, 0, 0, 0, 0, () => DocumentRequiresList, [() => AttachmentContentList, 0], 0]
    ];
    var GetExecutionPreviewRequest$ = [
      3,
      n0,
      _GEPR,
      0,
      [_EPI],
      [0],
      1
    ];
    var GetExecutionPreviewResponse$ = [
      3,
      n0,
      _GEPRe,
      0,
      [_EPI, _EAn, _St, _SM, _EPx],
      [0, 4, 0, 0, () => ExecutionPreview$]
    ];
    var GetInventoryRequest$ = [
      3,
      n0,
      _GIR,
      0,
      [_Fi, _Ag, _RAes, _NT, _MR],
      [[() => InventoryFilterList, 0], [() => InventoryAggregatorList, 0], [() => ResultAttributeList, 0], 0, 1]
    ];
    var GetInventoryResult$ = [
      3,
      n0,
      _GIRe,
      0,
      [_Enti, _NT],
      [[() => InventoryResultEntityList, 0], 0]
    ];
    var GetInventorySchemaRequest$ = [
      3,
      n0,
      _GISR,
      0,
      [_TN, _NT, _MR, _Agg, _STu],
      [0, 0, 1, 2, 2]
    ];
    var GetInventorySchemaResult$ = [
      3,
      n0,
      _GISRe,
      0,
      [_Sch, _NT],
      [[() => InventoryItemSchemaResultList, 0], 0]
    ];
    var GetMaintenanceWindowExecutionRequest$ = [
      3,
      n0,
      _GMWER,
      0,
      [_WEI],
      [0],
      1
    ];
    var GetMaintenanceWindowExecutionResult$ = [
      3,
      n0,
      _GMWERe,
      0,
      [_WEI, _TIas, _St, _SD, _STt, _ETn],
      [0, 64 | 0, 0, 0, 4, 4]
    ];
    var GetMaintenanceWindowExecutionTaskInvocationRequest$ = [
      3,
      n0,
      _GMWETIR,
      0,
      [_WEI, _TIa, _IInv],
      [0, 0, 0],
      3
    ];
    var GetMaintenanceWindowExecutionTaskInvocationResult$ = [
      3,
      n0,
      _GMWETIRe,
      0,
      [_WEI, _TEI, _IInv, _EI, _TTa, _P, _St, _SD, _STt, _ETn, _OI, _WTI],
      [0, 0, 0, 0, 0, [() => MaintenanceWindowExecutionTaskInvocationParameters, 0], 0, 0, 4, 4, [() => OwnerInformation, 0], 0]
    ];
    var GetMaintenanceWindowExecutionTaskRequest$ = [
      3,
      n0,
      _GMWETR,
      0,
      [_WEI, _TIa],
      [0, 0],
      2
    ];
    var GetMaintenanceWindowExecutionTaskResult$ = [
      3,
      n0,
      _GMWETRe,
      0,
      [_WEI, _TEI, _TAa, _SR, _Ty, _TPa, _Pri, _MC, _ME, _St, _SD, _STt, _ETn, _AC, _TA],
      [0, 0, 0, 0, 0, [() => MaintenanceWindowTaskParametersList, 0], 1, 0, 0, 0, 0, 4, 4, () => AlarmConfiguration$, () => AlarmStateInformationList]
    ];
    var GetMaintenanceWindowRequest$ = [
      3,
      n0,
      _GMWR,
      0,
      [_WI],
      [0],
      1
    ];
    var GetMaintenanceWindowResult$ = [
      3,
      n0,
      _GMWRe,
      0,
      [_WI, _N, _D, _SDt, _EDn, _Sc, _STch, _SO, _NET, _Du, _Cu, _AUT, _Ena, _CD, _MD],
      [0, 0, [() => MaintenanceWindowDescription, 0], 0, 0, 0, 0, 1, 0, 1, 1, 2, 2, 4, 4]
    ];
    var GetMaintenanceWindowTaskRequest$ = [
      3,
      n0,
      _GMWTR,
      0,
      [_WI, _WTIi],
      [0, 0],
      2
    ];
    var GetMaintenanceWindowTaskResult$ = [
      3,
      n0,
      _GMWTRe,
      0,
      [_WI, _WTIi, _Ta, _TAa, _SRA, _TTa, _TPa, _TIP, _Pri, _MC, _ME, _LI, _N, _D, _CB, _AC],
      [0, 0, () => Targets, 0, 0, 0, [() => MaintenanceWindowTaskParameters, 0], [() => MaintenanceWindowTaskInvocationParameters$, 0], 1, 0, 0, () => LoggingInfo$, 0, [() => MaintenanceWindowDescription, 0], 0, () => AlarmConfiguration$]
    ];
    var GetOpsItemRequest$ = [
      3,
      n0,
      _GOIR,
      0,
      [_OII, _OIA],
      [0, 0],
      1
    ];
    var GetOpsItemResponse$ = [
      3,
      n0,
      _GOIRe,
      0,
      [_OIp],
      [() => OpsItem$]
    ];
    var GetOpsMetadataRequest$ = [
      3,
      n0,
      _GOMR,
      0,
      [_OMA, _MR, _NT],
      [0, 1, 0],
      1
    ];
    var GetOpsMetadataResult$ = [
      3,
      n0,
      _GOMRe,
      0,
      [_RI, _Me, _NT],
      [0, () => MetadataMap, 0]
    ];
    var GetOpsSummaryRequest$ = [
      3,
      n0,
      _GOSR,
      0,
      [_SN, _Fi, _Ag, _RAes, _NT, _MR],
      [0, [() => OpsFilterList, 0], [() => OpsAggregatorList, 0], [() => OpsResultAttributeList, 0], 0, 1]
    ];
    var GetOpsSummaryResult$ = [
      3,
      n0,
      _GOSRe,
      0,
      [_Enti, _NT],
      [[() => OpsEntityList, 0], 0]
    ];
    var GetParameterHistoryRequest$ = [
      3,
      n0,
      _GPHR,
      0,
      [_N, _WD, _MR, _NT],
      [0, 2, 1, 0],
      1
    ];
    var GetParameterHistoryResult$ = [
      3,
      n0,
      _GPHRe,
      0,
      [_P, _NT],
      [[() => ParameterHistoryList, 0], 0]
    ];
    var GetParameterRequest$ = [
      3,
      n0,
      _GPR,
      0,
      [_N, _WD],
      [0, 2],
      1
    ];
    var GetParameterResult$ = [
      3,
      n0,
      _GPRe,
      0,
      [_Par],
      [[() => Parameter$, 0]]
    ];
    var GetParametersByPathRequest$ = [
      3,
      n0,
      _GPBPR,
      0,
      [_Path, _Rec, _PF, _WD, _MR, _NT],
      [0, 2, () => ParameterStringFilterList, 2, 1, 0],
      1
    ];
    var GetParametersByPathResult$ = [
      3,
      n0,
      _GPBPRe,
      0,
      [_P, _NT],
      [[() => ParameterList, 0], 0]
    ];
    var GetParametersRequest$ = [
      3,
      n0,
      _GPRet,
      0,
      [_Na, _WD],
      [64 | 0, 2],
      1
    ];
    var GetParametersResult$ = [
      3,
      n0,
      _GPReta,
      0,
      [_P, _IP],
      [[() => ParameterList, 0], 64 | 0]
    ];
    var GetPatchBaselineForPatchGroupRequest$ = [
      3,
      n0,
      _GPBFPGR,
      0,
      [_PG, _OSp],
      [0, 0],
      1
    ];
    var GetPatchBaselineForPatchGroupResult$ = [
      3,
      n0,
      _GPBFPGRe,
      0,
      [_BI, _PG, _OSp],
      [0, 0, 0]
    ];
    var GetPatchBaselineRequest$ = [
      3,
      n0,
      _GPBR,
      0,
      [_BI],
      [0],
      1
    ];
    var GetPatchBaselineResult$ = [
      3,
      n0,
      _GPBRe,
      0,
      [_BI, _N, _OSp, _GF, _AR, _AP, _APCL, _APENS, _RP, _RPA, _PGa, _CD, _MD, _D, _So, _ASUCS],
      [0, 0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 64 | 0, 4, 4, 0, [() => PatchSourceList, 0], 0]
    ];
    var GetResourcePoliciesRequest$ = [
      3,
      n0,
      _GRPR,
      0,
      [_RAe, _NT, _MR],
      [0, 0, 1],
      1
    ];
    var GetResourcePoliciesResponse$ = [
      3,
      n0,
      _GRPRe,
      0,
      [_NT, _Po],
      [0, () => GetResourcePoliciesResponseEntries]
    ];
    var GetResourcePoliciesResponseEntry$ = [
      3,
      n0,
      _GRPRE,
      0,
      [_PI, _PH, _Pol],
      [0, 0, 0]
    ];
    var GetServiceSettingRequest$ = [
      3,
      n0,
      _GSSR,
      0,
      [_SIe],
      [0],
      1
    ];
    var GetServiceSettingResult$ = [
      3,
      n0,
      _GSSRe,
      0,
      [_SSe],
      [() => ServiceSetting$]
    ];
    var InstanceAggregatedAssociationOverview$ = [
      3,
      n0,
      _IAAO,
      0,
      [_DS, _IASAC],
      [0, 128 | 1]
    ];
    var InstanceAssociation$ = [
      3,
      n0,
      _IAns,
      0,
      [_AIs, _II, _Cont, _AV],
      [0, 0, 0, 0]
    ];
    var InstanceAssociationOutputLocation$ = [
      3,
      n0,
      _IAOL,
      0,
      [_SL],
      [() => S3OutputLocation$]
    ];
    var InstanceAssociationOutputUrl$ = [
      3,
      n0,
      _IAOU,
      0,
      [_SOUu],
      [() => S3OutputUrl$]
    ];
    var InstanceAssociationStatusInfo$ = [
      3,
      n0,
      _IASIn,
      0,
      [_AIs, _N, _DV, _AV, _II, _EDx, _St, _DS, _ES, _ECr, _OU, _AN],
      [0, 0, 0, 0, 0, 4, 0, 0, 0, 0, () => InstanceAssociationOutputUrl$, 0]
    ];
    var InstanceInfo$ = [
      3,
      n0,
      _IIns,
      0,
      [_ATg, _AVg, _CNo, _ISn, _IAp, _MS, _N, _PTla, _PNla, _PV, _RTe, _STo, _SIo, _SLo, _AZ, _AZI],
      [0, 0, 0, 0, [() => IPAddress, 0], 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    ];
    var InstanceInformation$ = [
      3,
      n0,
      _IInst,
      0,
      [_II, _PSi, _LPDT, _AVg, _ILV, _PTla, _PNla, _PV, _AIct, _IRa, _RD, _RTe, _N, _IPA, _CNo, _AS, _LAED, _LSAED, _AO, _SIo, _STo, _SLo],
      [0, 0, 4, 0, 2, 0, 0, 0, 0, 0, 4, 0, 0, [() => IPAddress, 0], 0, 0, 4, 4, () => InstanceAggregatedAssociationOverview$, 0, 0, 0]
    ];
    var InstanceInformationFilter$ = [
      3,
      n0,
      _IIF,
      0,
      [_k, _vS],
      [0, [() => InstanceInformationFilterValueSet, 0]],
      2
    ];
    var InstanceInformationStringFilter$ = [
      3,
      n0,
      _IISF,
      0,
      [_K, _Va],
      [0, [() => InstanceInformationFilterValueSet, 0]],
      2
    ];
    var InstancePatchState$ = [
      3,
      n0,
      _IPSn,
      0,
      [_II, _PG, _BI, _OST, _OET, _Op, _SIn, _IOLn, _OI, _IC, _IOC, _IPRC, _IRC, _MCi, _FC, _UNAC, _NAC, _ASUC, _LNRIOT, _ROe, _CNCC, _SNCC, _ONCC],
      [0, 0, 0, 4, 4, 0, 0, 0, [() => OwnerInformation, 0], 1, 1, 1, 1, 1, 1, 1, 1, 1, 4, 0, 1, 1, 1],
      6
    ];
    var InstancePatchStateFilter$ = [
      3,
      n0,
      _IPSF,
      0,
      [_K, _Va, _Ty],
      [0, 64 | 0, 0],
      3
    ];
    var InstanceProperty$ = [
      3,
      n0,
      _IPns,
      0,
      [_N, _II, _ITns, _IRn, _KN, _ISns, _Ar, _IPA, _LTa, _PSi, _LPDT, _AVg, _PTla, _PNla, _PV, _AIct, _IRa, _RD, _RTe, _CNo, _AS, _LAED, _LSAED, _AO, _SIo, _STo, _SLo, _AZ],
      [0, 0, 0, 0, 0, 0, 0, [() => IPAddress, 0], 4, 0, 4, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 4, 4, () => InstanceAggregatedAssociationOverview$, 0, 0, 0, 0]
    ];
    var InstancePropertyFilter$ = [
      3,
      n0,
      _IPF,
      0,
      [_k, _vS],
      [0, [() => InstancePropertyFilterValueSet, 0]],
      2
    ];
    var InstancePropertyStringFilter$ = [
      3,
      n0,
      _IPSFn,
      0,
      [_K, _Va, _Ope],
      [0, [() => InstancePropertyFilterValueSet, 0], 0],
      2
    ];
    var InventoryAggregator$ = [
      3,
      n0,
      _IAnv,
      0,
      [_Ex, _Ag, _G],
      [0, [() => InventoryAggregatorList, 0], [() => InventoryGroupList, 0]]
    ];
    var InventoryDeletionStatusItem$ = [
      3,
      n0,
      _IDSI,
      0,
      [_DI, _TN, _DST, _LS, _LSM, _DSe, _LSUT],
      [0, 0, 4, 0, 0, () => InventoryDeletionSummary$, 4]
    ];
    var InventoryDeletionSummary$ = [
      3,
      n0,
      _IDS,
      0,
      [_TCo, _RCem, _SIu],
      [1, 1, () => InventoryDeletionSummaryItems]
    ];
    var InventoryDeletionSummaryItem$ = [
      3,
      n0,
      _IDSIn,
      0,
      [_Ve, _Cou, _RCem],
      [0, 1, 1]
    ];
    var InventoryFilter$ = [
      3,
      n0,
      _IFn,
      0,
      [_K, _Va, _Ty],
      [0, [() => InventoryFilterValueList, 0], 0],
      2
    ];
    var InventoryGroup$ = [
      3,
      n0,
      _IG,
      0,
      [_N, _Fi],
      [0, [() => InventoryFilterList, 0]],
      2
    ];
    var InventoryItem$ = [
      3,
      n0,
      _IInve,
      0,
      [_TN, _SV, _CTa, _CH, _Cont, _Conte],
      [0, 0, 0, 0, [1, n0, _IIEL, 0, 128 | 0], 128 | 0],
      3
    ];
    var InventoryItemAttribute$ = [
      3,
      n0,
      _IIA,
      0,
      [_N, _DTa],
      [0, 0],
      2
    ];
    var InventoryItemSchema$ = [
      3,
      n0,
      _IIS,
      0,
      [_TN, _Att, _Ve, _DNi],
      [0, [() => InventoryItemAttributeList, 0], 0, 0],
      2
    ];
    var InventoryResultEntity$ = [
      3,
      n0,
      _IRE,
      0,
      [_I, _Dat],
      [0, () => InventoryResultItemMap]
    ];
    var InventoryResultItem$ = [
      3,
      n0,
      _IRIn,
      0,
      [_TN, _SV, _Cont, _CTa, _CH],
      [0, 0, [1, n0, _IIEL, 0, 128 | 0], 0, 0],
      3
    ];
    var LabelParameterVersionRequest$ = [
      3,
      n0,
      _LPVR,
      0,
      [_N, _La, _PVa],
      [0, 64 | 0, 1],
      2
    ];
    var LabelParameterVersionResult$ = [
      3,
      n0,
      _LPVRa,
      0,
      [_IL, _PVa],
      [64 | 0, 1]
    ];
    var ListAssociationsRequest$ = [
      3,
      n0,
      _LAR,
      0,
      [_AFL, _MR, _NT],
      [[() => AssociationFilterList, 0], 1, 0]
    ];
    var ListAssociationsResult$ = [
      3,
      n0,
      _LARi,
      0,
      [_Ass, _NT],
      [[() => AssociationList, 0], 0]
    ];
    var ListAssociationVersionsRequest$ = [
      3,
      n0,
      _LAVR,
      0,
      [_AIs, _MR, _NT],
      [0, 1, 0],
      1
    ];
    var ListAssociationVersionsResult$ = [
      3,
      n0,
      _LAVRi,
      0,
      [_AVs, _NT],
      [[() => AssociationVersionList, 0], 0]
    ];
    var ListCloudConnectorsRequest$ = [
      3,
      n0,
      _LCCR,
      0,
      [_MR, _NT, _Fi],
      [1, 0, () => CloudConnectorFilterList]
    ];
    var ListCloudConnectorsResult$ = [
      3,
      n0,
      _LCCRi,
      0,
      [_CCl, _NT],
      [() => CloudConnectorSummaryList, 0]
    ];
    var ListCommandInvocationsRequest$ = [
      3,
      n0,
      _LCIR,
      0,
      [_CI, _II, _MR, _NT, _Fi, _De],
      [0, 0, 1, 0, () => CommandFilterList, 2]
    ];
    var ListCommandInvocationsResult$ = [
      3,
      n0,
      _LCIRi,
      0,
      [_CIomm, _NT],
      [() => CommandInvocationList, 0]
    ];
    var ListCommandsRequest$ = [
      3,
      n0,
      _LCR,
      0,
      [_CI, _II, _MR, _NT, _Fi],
      [0, 0, 1, 0, () => CommandFilterList]
    ];
    var ListCommandsResult$ = [
      3,
      n0,
      _LCRi,
      0,
      [_Com, _NT],
      [[() => CommandList, 0], 0]
    ];
    var ListComplianceItemsRequest$ = [
      3,
      n0,
      _LCIRis,
      0,
      [_Fi, _RIes, _RT, _NT, _MR],
      [[() => ComplianceStringFilterList, 0], 64 | 0, 64 | 0, 0, 1]
    ];
    var ListComplianceItemsResult$ = [
      3,
      n0,
      _LCIRist,
      0,
      [_CIomp, _NT],
      [[() => ComplianceItemList, 0], 0]
    ];
    var ListComplianceSummariesRequest$ = [
      3,
      n0,
      _LCSR,
      0,
      [_Fi, _NT, _MR],
      [[() => ComplianceStringFilterList, 0], 0, 1]
    ];
    var ListComplianceSummariesResult$ = [
      3,
      n0,
      _LCSRi,
      0,
      [_CSIo, _NT],
      [[() => ComplianceSummaryItemList, 0], 0]
    ];
    var ListDocumentMetadataHistoryRequest$ = [
      3,
      n0,
      _LDMHR,
      0,
      [_N, _Me, _DV, _NT, _MR],
      [0, 0, 0, 0, 1],
      2
    ];
    var ListDocumentMetadataHistoryResponse$ = [
      3,
      n0,
      _LDMHRi,
      0,
      [_N, _DV, _Au, _Me, _NT],
      [0, 0, 0, () => DocumentMetadataResponseInfo$, 0]
    ];
    var ListDocumentsRequest$ = [
      3,
      n0,
      _LDR,
      0,
      [_DFL, _Fi, _MR, _NT],
      [[() => DocumentFilterList, 0], () => DocumentKeyValuesFilterList, 1, 0]
    ];
    var ListDocumentsResult$ = [
      3,
      n0,
      _LDRi,
      0,
      [_DIoc, _NT],
      [[() => DocumentIdentifierList, 0], 0]
    ];
    var ListDocumentVersionsRequest$ = [
      3,
      n0,
      _LDVR,
      0,
      [_N, _MR, _NT],
      [0, 1, 0],
      1
    ];
    var ListDocumentVersionsResult$ = [
      3,
      n0,
      _LDVRi,
      0,
      [_DVo, _NT],
      [() => DocumentVersionList, 0]
    ];
    var ListInventoryEntriesRequest$ = [
      3,
      n0,
      _LIER,
      0,
      [_II, _TN, _Fi, _NT, _MR],
      [0, 0, [() => InventoryFilterList, 0], 0, 1],
      2
    ];
    var ListInventoryEntriesResult$ = [
      3,
      n0,
      _LIERi,
      0,
      [_TN, _II, _SV, _CTa, _En, _NT],
      [0, 0, 0, 0, [1, n0, _IIEL, 0, 128 | 0], 0]
    ];
    var ListNodesRequest$ = [
      3,
      n0,
      _LNR,
      0,
      [_SN, _Fi, _NT, _MR],
      [0, [() => NodeFilterList, 0], 0, 1]
    ];
    var ListNodesResult$ = [
      3,
      n0,
      _LNRi,
      0,
      [_Nod, _NT],
      [[() => NodeList, 0], 0]
    ];
    var ListNodesSummaryRequest$ = [
      3,
      n0,
      _LNSR,
      0,
      [_Ag, _SN, _Fi, _NT, _MR],
      [[() => NodeAggregatorList, 0], 0, [() => NodeFilterList, 0], 0, 1],
      1
    ];
    var ListNodesSummaryResult$ = [
      3,
      n0,
      _LNSRi,
      0,
      [_Sum, _NT],
      [[1, n0, _NSL, 0, 128 | 0], 0]
    ];
    var ListOpsItemEventsRequest$ = [
      3,
      n0,
      _LOIER,
      0,
      [_Fi, _MR, _NT],
      [() => OpsItemEventFilters, 1, 0]
    ];
    var ListOpsItemEventsResponse$ = [
      3,
      n0,
      _LOIERi,
      0,
      [_NT, _Summ],
      [0, () => OpsItemEventSummaries]
    ];
    var ListOpsItemRelatedItemsRequest$ = [
      3,
      n0,
      _LOIRIR,
      0,
      [_OII, _Fi, _MR, _NT],
      [0, () => OpsItemRelatedItemsFilters, 1, 0]
    ];
    var ListOpsItemRelatedItemsResponse$ = [
      3,
      n0,
      _LOIRIRi,
      0,
      [_NT, _Summ],
      [0, () => OpsItemRelatedItemSummaries]
    ];
    var ListOpsMetadataRequest$ = [
      3,
      n0,
      _LOMR,
      0,
      [_Fi, _MR, _NT],
      [() => OpsMetadataFilterList, 1, 0]
    ];
    var ListOpsMetadataResult$ = [
      3,
      n0,
      _LOMRi,
      0,
      [_OML, _NT],
      [() => OpsMetadataList, 0]
    ];
    var ListResourceComplianceSummariesRequest$ = [
      3,
      n0,
      _LRCSR,
      0,
      [_Fi, _NT, _MR],
      [[() => ComplianceStringFilterList, 0], 0, 1]
    ];
    var ListResourceComplianceSummariesResult$ = [
      3,
      n0,
      _LRCSRi,
      0,
      [_RCSI, _NT],
      [[() => ResourceComplianceSummaryItemList, 0], 0]
    ];
    var ListResourceDataSyncRequest$ = [
      3,
      n0,
      _LRDSR,
      0,
      [_ST, _NT, _MR],
      [0, 0, 1]
    ];
    var ListResourceDataSyncResult$ = [
      3,
      n0,
      _LRDSRi,
      0,
      [_RDSI, _NT],
      [() => ResourceDataSyncItemList, 0]
    ];
    var ListTagsForResourceRequest$ = [
      3,
      n0,
      _LTFRR,
      0,
      [_RTe, _RI],
      [0, 0],
      2
    ];
    var ListTagsForResourceResult$ = [
      3,
      n0,
      _LTFRRi,
      0,
      [_TLa],
      [() => TagList]
    ];
    var LoggingInfo$ = [
      3,
      n0,
      _LI,
      0,
      [_SBN, _SRe, _SKP],
      [0, 0, 0],
      2
    ];
    var MaintenanceWindowAutomationParameters$ = [
      3,
      n0,
      _MWAP,
      0,
      [_DV, _P],
      [0, [2, n0, _APM, 0, 0, 64 | 0]]
    ];
    var MaintenanceWindowExecution$ = [
      3,
      n0,
      _MWE,
      0,
      [_WI, _WEI, _St, _SD, _STt, _ETn],
      [0, 0, 0, 0, 4, 4]
    ];
    var MaintenanceWindowExecutionTaskIdentity$ = [
      3,
      n0,
      _MWETI,
      0,
      [_WEI, _TEI, _St, _SD, _STt, _ETn, _TAa, _TTa, _AC, _TA],
      [0, 0, 0, 0, 4, 4, 0, 0, () => AlarmConfiguration$, () => AlarmStateInformationList]
    ];
    var MaintenanceWindowExecutionTaskInvocationIdentity$ = [
      3,
      n0,
      _MWETII,
      0,
      [_WEI, _TEI, _IInv, _EI, _TTa, _P, _St, _SD, _STt, _ETn, _OI, _WTI],
      [0, 0, 0, 0, 0, [() => MaintenanceWindowExecutionTaskInvocationParameters, 0], 0, 0, 4, 4, [() => OwnerInformation, 0], 0]
    ];
    var MaintenanceWindowFilter$ = [
      3,
      n0,
      _MWF,
      0,
      [_K, _Va],
      [0, 64 | 0]
    ];
    var MaintenanceWindowIdentity$ = [
      3,
      n0,
      _MWI,
      0,
      [_WI, _N, _D, _Ena, _Du, _Cu, _Sc, _STch, _SO, _EDn, _SDt, _NET],
      [0, 0, [() => MaintenanceWindowDescription, 0], 2, 1, 1, 0, 0, 1, 0, 0, 0]
    ];
    var MaintenanceWindowIdentityForTarget$ = [
      3,
      n0,
      _MWIFT,
      0,
      [_WI, _N],
      [0, 0]
    ];
    var MaintenanceWindowLambdaParameters$ = [
      3,
      n0,
      _MWLPa,
      0,
      [_CCli, _Q, _Pay],
      [0, 0, [() => MaintenanceWindowLambdaPayload, 0]]
    ];
    var MaintenanceWindowRunCommandParameters$ = [
      3,
      n0,
      _MWRCP,
      0,
      [_Co, _CWOC, _DH, _DHT, _DV, _NC, _OSBN, _OSKP, _P, _SRA, _TSi],
      [0, () => CloudWatchOutputConfig$, 0, 0, 0, () => NotificationConfig$, 0, 0, [() => _Parameters, 0], 0, 1]
    ];
    var MaintenanceWindowStepFunctionsParameters$ = [
      3,
      n0,
      _MWSFP,
      0,
      [_Inp, _N],
      [[() => MaintenanceWindowStepFunctionsInput, 0], 0]
    ];
    var MaintenanceWindowTarget$ = [
      3,
      n0,
      _MWT,
      0,
      [_WI, _WTI, _RTe, _Ta, _OI, _N, _D],
      [0, 0, 0, () => Targets, [() => OwnerInformation, 0], 0, [() => MaintenanceWindowDescription, 0]]
    ];
    var MaintenanceWindowTask$ = [
      3,
      n0,
      _MWTa,
      0,
      [_WI, _WTIi, _TAa, _Ty, _Ta, _TPa, _Pri, _LI, _SRA, _MC, _ME, _N, _D, _CB, _AC],
      [0, 0, 0, 0, () => Targets, [() => MaintenanceWindowTaskParameters, 0], 1, () => LoggingInfo$, 0, 0, 0, 0, [() => MaintenanceWindowDescription, 0], 0, () => AlarmConfiguration$]
    ];
    var MaintenanceWindowTaskInvocationParameters$ = [
      3,
      n0,
      _MWTIP,
      0,
      [_RCu, _Aut, _SF, _Lam],
      [[() => MaintenanceWindowRunCommandParameters$, 0], () => MaintenanceWindowAutomationParameters$, [() => MaintenanceWindowStepFunctionsParameters$, 0], [() => MaintenanceWindowLambdaParameters$, 0]]
    ];
    var MaintenanceWindowTaskParameterValueExpression$ = [
      3,
      n0,
      _MWTPVE,
      8,
      [_Va],
      [[() => MaintenanceWindowTaskParameterValueList, 0]]
    ];
    var MetadataValue$ = [
      3,
      n0,
      _MV,
      0,
      [_V],
      [0]
    ];
    var ModifyDocumentPermissionRequest$ = [
      3,
      n0,
      _MDPR,
      0,
      [_N, _PT, _AITA, _AITR, _SDV],
      [0, 0, [() => AccountIdList, 0], [() => AccountIdList, 0], 0],
      2
    ];
    var ModifyDocumentPermissionResponse$ = [
      3,
      n0,
      _MDPRo,
      0,
      [],
      []
    ];
    var Node$ = [
      3,
      n0,
      _Node,
      0,
      [_CTa, _I, _Ow, _Reg, _NTo],
      [4, 0, () => NodeOwnerInfo$, 0, [() => NodeType$, 0]]
    ];
    var NodeAggregator$ = [
      3,
      n0,
      _NA,
      0,
      [_ATgg, _TN, _ANt, _Ag],
      [0, 0, 0, [() => NodeAggregatorList, 0]],
      3
    ];
    var NodeFilter$ = [
      3,
      n0,
      _NF,
      0,
      [_K, _Va, _Ty],
      [0, [() => NodeFilterValueList, 0], 0],
      2
    ];
    var NodeOwnerInfo$ = [
      3,
      n0,
      _NOI,
      0,
      [_AIc, _OUI, _OUP],
      [0, 0, 0]
    ];
    var NonCompliantSummary$ = [
      3,
      n0,
      _NCS,
      0,
      [_NCC, _SS],
      [1, () => SeveritySummary$]
    ];
    var NotificationConfig$ = [
      3,
      n0,
      _NC,
      0,
      [_NAo, _NE, _NTot],
      [0, 64 | 0, 0]
    ];
    var OpsAggregator$ = [
      3,
      n0,
      _OA,
      0,
      [_ATgg, _TN, _ANt, _Va, _Fi, _Ag],
      [0, 0, 0, 128 | 0, [() => OpsFilterList, 0], [() => OpsAggregatorList, 0]]
    ];
    var OpsEntity$ = [
      3,
      n0,
      _OE,
      0,
      [_I, _Dat],
      [0, () => OpsEntityItemMap]
    ];
    var OpsEntityItem$ = [
      3,
      n0,
      _OEI,
      0,
      [_CTa, _Cont],
      [0, [1, n0, _OEIEL, 0, 128 | 0]]
    ];
    var OpsFilter$ = [
      3,
      n0,
      _OF,
      0,
      [_K, _Va, _Ty],
      [0, [() => OpsFilterValueList, 0], 0],
      2
    ];
    var OpsItem$ = [
      3,
      n0,
      _OIp,
      0,
      [_CBr, _OIT, _CT, _D, _LMB, _LMT, _No, _Pri, _ROI, _St, _OII, _Ve, _Ti, _Sou, _OD, _Ca, _Se, _AST, _AETc, _PST, _PET, _OIA],
      [0, 0, 4, 0, 0, 4, () => OpsItemNotifications, 1, () => RelatedOpsItems, 0, 0, 0, 0, 0, () => OpsItemOperationalData, 0, 0, 4, 4, 4, 4, 0]
    ];
    var OpsItemDataValue$ = [
      3,
      n0,
      _OIDV,
      0,
      [_V, _Ty],
      [0, 0]
    ];
    var OpsItemEventFilter$ = [
      3,
      n0,
      _OIEF,
      0,
      [_K, _Va, _Ope],
      [0, 64 | 0, 0],
      3
    ];
    var OpsItemEventSummary$ = [
      3,
      n0,
      _OIES,
      0,
      [_OII, _EIv, _Sou, _DTe, _Det, _CBr, _CT],
      [0, 0, 0, 0, 0, () => OpsItemIdentity$, 4]
    ];
    var OpsItemFilter$ = [
      3,
      n0,
      _OIFp,
      0,
      [_K, _Va, _Ope],
      [0, 64 | 0, 0],
      3
    ];
    var OpsItemIdentity$ = [
      3,
      n0,
      _OIIp,
      0,
      [_Arn],
      [0]
    ];
    var OpsItemNotification$ = [
      3,
      n0,
      _OIN,
      0,
      [_Arn],
      [0]
    ];
    var OpsItemRelatedItemsFilter$ = [
      3,
      n0,
      _OIRIF,
      0,
      [_K, _Va, _Ope],
      [0, 64 | 0, 0],
      3
    ];
    var OpsItemRelatedItemSummary$ = [
      3,
      n0,
      _OIRIS,
      0,
      [_OII, _AIs, _RTe, _AT, _RU, _CBr, _CT, _LMB, _LMT],
      [0, 0, 0, 0, 0, () => OpsItemIdentity$, 4, () => OpsItemIdentity$, 4]
    ];
    var OpsItemSummary$ = [
      3,
      n0,
      _OISp,
      0,
      [_CBr, _CT, _LMB, _LMT, _Pri, _Sou, _St, _OII, _Ti, _OD, _Ca, _Se, _OIT, _AST, _AETc, _PST, _PET],
      [0, 4, 0, 4, 1, 0, 0, 0, 0, () => OpsItemOperationalData, 0, 0, 0, 4, 4, 4, 4]
    ];
    var OpsMetadata$ = [
      3,
      n0,
      _OM,
      0,
      [_RI, _OMA, _LMD, _LMU, _CDr],
      [0, 0, 4, 0, 4]
    ];
    var OpsMetadataFilter$ = [
      3,
      n0,
      _OMF,
      0,
      [_K, _Va],
      [0, 64 | 0],
      2
    ];
    var OpsResultAttribute$ = [
      3,
      n0,
      _ORA,
      0,
      [_TN],
      [0],
      1
    ];
    var OutputSource$ = [
      3,
      n0,
      _OS,
      0,
      [_OSI, _OSTu],
      [0, 0]
    ];
    var Parameter$ = [
      3,
      n0,
      _Par,
      0,
      [_N, _Ty, _V, _Ve, _Sel, _SRo, _LMD, _ARN, _DTa],
      [0, 0, [() => PSParameterValue, 0], 1, 0, 0, 4, 0, 0]
    ];
    var ParameterHistory$ = [
      3,
      n0,
      _PHa,
      0,
      [_N, _Ty, _KI, _LMD, _LMU, _D, _V, _APl, _Ve, _La, _Tie, _Po, _DTa],
      [0, 0, 0, 4, 0, 0, [() => PSParameterValue, 0], 0, 1, 64 | 0, 0, () => ParameterPolicyList, 0]
    ];
    var ParameterInlinePolicy$ = [
      3,
      n0,
      _PIP,
      0,
      [_PTo, _PTol, _PSo],
      [0, 0, 0]
    ];
    var ParameterMetadata$ = [
      3,
      n0,
      _PM,
      0,
      [_N, _ARN, _Ty, _KI, _LMD, _LMU, _D, _APl, _Ve, _Tie, _Po, _DTa],
      [0, 0, 0, 0, 4, 0, 0, 0, 1, 0, () => ParameterPolicyList, 0]
    ];
    var ParametersFilter$ = [
      3,
      n0,
      _PFa,
      0,
      [_K, _Va],
      [0, 64 | 0],
      2
    ];
    var ParameterStringFilter$ = [
      3,
      n0,
      _PSF,
      0,
      [_K, _Opt, _Va],
      [0, 0, 64 | 0],
      1
    ];
    var ParentStepDetails$ = [
      3,
      n0,
      _PSD,
      0,
      [_SEI, _SNt, _Ac, _It, _IV],
      [0, 0, 0, 1, 0]
    ];
    var Patch$ = [
      3,
      n0,
      _Pat,
      0,
      [_I, _RDe, _Ti, _D, _CU, _Ven, _PFr, _Prod, _Cl, _MSs, _KNb, _MN, _Lan, _AIdv, _BIu, _CVEI, _N, _Ep, _Ve, _Rel, _Arc, _Se, _Rep],
      [0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 64 | 0, 64 | 0, 64 | 0, 0, 1, 0, 0, 0, 0, 0]
    ];
    var PatchBaselineIdentity$ = [
      3,
      n0,
      _PBI,
      0,
      [_BI, _BN, _OSp, _BD, _DB],
      [0, 0, 0, 0, 2]
    ];
    var PatchComplianceData$ = [
      3,
      n0,
      _PCD,
      0,
      [_Ti, _KBI, _Cl, _Se, _S, _ITnst, _CVEI],
      [0, 0, 0, 0, 0, 4, 0],
      6
    ];
    var PatchFilter$ = [
      3,
      n0,
      _PFat,
      0,
      [_K, _Va],
      [0, 64 | 0],
      2
    ];
    var PatchFilterGroup$ = [
      3,
      n0,
      _PFG,
      0,
      [_PFatc],
      [() => PatchFilterList],
      1
    ];
    var PatchGroupPatchBaselineMapping$ = [
      3,
      n0,
      _PGPBM,
      0,
      [_PG, _BIas],
      [0, () => PatchBaselineIdentity$]
    ];
    var PatchOrchestratorFilter$ = [
      3,
      n0,
      _POF,
      0,
      [_K, _Va],
      [0, 64 | 0]
    ];
    var PatchRule$ = [
      3,
      n0,
      _PR,
      0,
      [_PFG, _CL, _AAD, _AUD, _ENS],
      [() => PatchFilterGroup$, 0, 1, 0, 2],
      1
    ];
    var PatchRuleGroup$ = [
      3,
      n0,
      _PRG,
      0,
      [_PRa],
      [() => PatchRuleList],
      1
    ];
    var PatchSource$ = [
      3,
      n0,
      _PSat,
      0,
      [_N, _Produ, _Con],
      [0, 64 | 0, [() => PatchSourceConfiguration, 0]],
      3
    ];
    var PatchStatus$ = [
      3,
      n0,
      _PSa,
      0,
      [_DSep, _CL, _ADp],
      [0, 0, 4]
    ];
    var ProgressCounters$ = [
      3,
      n0,
      _PC,
      0,
      [_TSo, _SSu, _FSa, _CSa, _TOS],
      [1, 1, 1, 1, 1]
    ];
    var PutComplianceItemsRequest$ = [
      3,
      n0,
      _PCIR,
      0,
      [_RI, _RTe, _CTo, _ES, _Ite, _ICH, _UTp],
      [0, 0, 0, () => ComplianceExecutionSummary$, () => ComplianceItemEntryList, 0, 0],
      5
    ];
    var PutComplianceItemsResult$ = [
      3,
      n0,
      _PCIRu,
      0,
      [],
      []
    ];
    var PutInventoryRequest$ = [
      3,
      n0,
      _PIR,
      0,
      [_II, _Ite],
      [0, [() => InventoryItemList, 0]],
      2
    ];
    var PutInventoryResult$ = [
      3,
      n0,
      _PIRu,
      0,
      [_M],
      [0]
    ];
    var PutParameterRequest$ = [
      3,
      n0,
      _PPR,
      0,
      [_N, _V, _D, _Ty, _KI, _Ov, _APl, _T, _Tie, _Po, _DTa],
      [0, [() => PSParameterValue, 0], 0, 0, 0, 2, 0, () => TagList, 0, 0, 0],
      2
    ];
    var PutParameterResult$ = [
      3,
      n0,
      _PPRu,
      0,
      [_Ve, _Tie],
      [1, 0]
    ];
    var PutResourcePolicyRequest$ = [
      3,
      n0,
      _PRPR,
      0,
      [_RAe, _Pol, _PI, _PH],
      [0, 0, 0, 0],
      2
    ];
    var PutResourcePolicyResponse$ = [
      3,
      n0,
      _PRPRu,
      0,
      [_PI, _PH],
      [0, 0]
    ];
    var RegisterDefaultHostManagementConfigurationRequest$ = [
      3,
      n0,
      _RDHMCR,
      0,
      [_PMe, _RA, _Ov],
      [0, 0, 2],
      1
    ];
    var RegisterDefaultHostManagementConfigurationResult$ = [
      3,
      n0,
      _RDHMCRe,
      0,
      [_RA],
      [0]
    ];
    var RegisterDefaultPatchBaselineRequest$ = [
      3,
      n0,
      _RDPBR,
      0,
      [_BI],
      [0],
      1
    ];
    var RegisterDefaultPatchBaselineResult$ = [
      3,
      n0,
      _RDPBRe,
      0,
      [_BI],
      [0]
    ];
    var RegisterPatchBaselineForPatchGroupRequest$ = [
      3,
      n0,
      _RPBFPGR,
      0,
      [_BI, _PG],
      [0, 0],
      2
    ];
    var RegisterPatchBaselineForPatchGroupResult$ = [
      3,
      n0,
      _RPBFPGRe,
      0,
      [_BI, _PG],
      [0, 0]
    ];
    var RegisterTargetWithMaintenanceWindowRequest$ = [
      3,
      n0,
      _RTWMWR,
      0,
      [_WI, _RTe, _Ta, _OI, _N, _D, _CTl],
      [0, 0, () => Targets, [() => OwnerInformation, 0], 0, [() => MaintenanceWindowDescription, 0], [0, 4]],
      3
    ];
    var RegisterTargetWithMaintenanceWindowResult$ = [
      3,
      n0,
      _RTWMWRe,
      0,
      [_WTI],
      [0]
    ];
    var RegisterTaskWithMaintenanceWindowRequest$ = [
      3,
      n0,
      _RTWMWReg,
      0,
      [_WI, _TAa, _TTa, _Ta, _SRA, _TPa, _TIP, _Pri, _MC, _ME, _LI, _N, _D, _CTl, _CB, _AC],
      [0, 0, 0, () => Targets, 0, [() => MaintenanceWindowTaskParameters, 0], [() => MaintenanceWindowTaskInvocationParameters$, 0], 1, 0, 0, () => LoggingInfo$, 0, [() => MaintenanceWindowDescription, 0], [0, 4], 0, () => AlarmConfiguration$],
      3
    ];
    var RegisterTaskWithMaintenanceWindowResult$ = [
      3,
      n0,
      _RTWMWRegi,
      0,
      [_WTIi],
      [0]
    ];
    var RegistrationMetadataItem$ = [
      3,
      n0,
      _RMI,
      0,
      [_K, _V],
      [0, 0],
      2
    ];
    var RelatedOpsItem$ = [
      3,
      n0,
      _ROIe,
      0,
      [_OII],
      [0],
      1
    ];
    var RemoveTagsFromResourceRequest$ = [
      3,
      n0,
      _RTFRR,
      0,
      [_RTe, _RI, _TK],
      [0, 0, 64 | 0],
      3
    ];
    var RemoveTagsFromResourceResult$ = [
      3,
      n0,
      _RTFRRe,
      0,
      [],
      []
    ];
    var ResetServiceSettingRequest$ = [
      3,
      n0,
      _RSSR,
      0,
      [_SIe],
      [0],
      1
    ];
    var ResetServiceSettingResult$ = [
      3,
      n0,
      _RSSRe,
      0,
      [_SSe],
      [() => ServiceSetting$]
    ];
    var ResolvedTargets$ = [
      3,
      n0,
      _RTes,
      0,
      [_PVar, _Tr],
      [64 | 0, 2]
    ];
    var ResourceComplianceSummaryItem$ = [
      3,
      n0,
      _RCSIe,
      0,
      [_CTo, _RTe, _RI, _St, _OSv, _ES, _CSo, _NCS],
      [0, 0, 0, 0, 0, () => ComplianceExecutionSummary$, () => CompliantSummary$, () => NonCompliantSummary$]
    ];
    var ResourceDataSyncAwsOrganizationsSource$ = [
      3,
      n0,
      _RDSAOS,
      0,
      [_OSTr, _OUr],
      [0, () => ResourceDataSyncOrganizationalUnitList],
      1
    ];
    var ResourceDataSyncDestinationDataSharing$ = [
      3,
      n0,
      _RDSDDS,
      0,
      [_DDST],
      [0]
    ];
    var ResourceDataSyncItem$ = [
      3,
      n0,
      _RDSIe,
      0,
      [_SN, _ST, _SSy, _SDe, _LST, _LSST, _SLMT, _LS, _SCT, _LSSM],
      [0, 0, () => ResourceDataSyncSourceWithState$, () => ResourceDataSyncS3Destination$, 4, 4, 4, 0, 4, 0]
    ];
    var ResourceDataSyncOrganizationalUnit$ = [
      3,
      n0,
      _RDSOU,
      0,
      [_OUI],
      [0]
    ];
    var ResourceDataSyncS3Destination$ = [
      3,
      n0,
      _RDSSD,
      0,
      [_BNu, _SFy, _Reg, _Pre, _AWSKMSKARN, _DDS],
      [0, 0, 0, 0, 0, () => ResourceDataSyncDestinationDataSharing$],
      3
    ];
    var ResourceDataSyncSource$ = [
      3,
      n0,
      _RDSS,
      0,
      [_STo, _SRou, _AOS, _IFR, _EAODS],
      [0, 64 | 0, () => ResourceDataSyncAwsOrganizationsSource$, 2, 2],
      2
    ];
    var ResourceDataSyncSourceWithState$ = [
      3,
      n0,
      _RDSSWS,
      0,
      [_STo, _AOS, _SRou, _IFR, _S, _EAODS],
      [0, () => ResourceDataSyncAwsOrganizationsSource$, 64 | 0, 2, 0, 2]
    ];
    var ResultAttribute$ = [
      3,
      n0,
      _RAesu,
      0,
      [_TN],
      [0],
      1
    ];
    var ResumeSessionRequest$ = [
      3,
      n0,
      _RSR,
      0,
      [_SIes],
      [0],
      1
    ];
    var ResumeSessionResponse$ = [
      3,
      n0,
      _RSRe,
      0,
      [_SIes, _TV, _SUt],
      [0, 0, 0]
    ];
    var ReviewInformation$ = [
      3,
      n0,
      _RIe,
      0,
      [_RTev, _St, _Rev],
      [4, 0, 0]
    ];
    var Runbook$ = [
      3,
      n0,
      _Ru,
      0,
      [_DN, _DV, _P, _TPN, _Ta, _TM, _MC, _ME, _TL],
      [0, 0, [2, n0, _APM, 0, 0, 64 | 0], 0, () => Targets, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], 0, 0, () => TargetLocations],
      1
    ];
    var S3OutputLocation$ = [
      3,
      n0,
      _SOL,
      0,
      [_OSR, _OSBN, _OSKP],
      [0, 0, 0]
    ];
    var S3OutputUrl$ = [
      3,
      n0,
      _SOUu,
      0,
      [_OU],
      [0]
    ];
    var ScheduledWindowExecution$ = [
      3,
      n0,
      _SWEc,
      0,
      [_WI, _N, _ET],
      [0, 0, 0]
    ];
    var SendAutomationSignalRequest$ = [
      3,
      n0,
      _SASR,
      0,
      [_AEI, _STi, _Pay],
      [0, 0, [2, n0, _APM, 0, 0, 64 | 0]],
      2
    ];
    var SendAutomationSignalResult$ = [
      3,
      n0,
      _SASRe,
      0,
      [],
      []
    ];
    var SendCommandRequest$ = [
      3,
      n0,
      _SCR,
      0,
      [_DN, _IIn, _Ta, _DV, _DH, _DHT, _TSi, _Co, _P, _OSR, _OSBN, _OSKP, _MC, _ME, _SRA, _NC, _CWOC, _AC],
      [0, 64 | 0, () => Targets, 0, 0, 0, 1, 0, [() => _Parameters, 0], 0, 0, 0, 0, 0, 0, () => NotificationConfig$, () => CloudWatchOutputConfig$, () => AlarmConfiguration$],
      1
    ];
    var SendCommandResult$ = [
      3,
      n0,
      _SCRe,
      0,
      [_C],
      [[() => Command$, 0]]
    ];
    var ServiceSetting$ = [
      3,
      n0,
      _SSe,
      0,
      [_SIe, _SVe, _LMD, _LMU, _ARN, _St],
      [0, 0, 4, 0, 0, 0]
    ];
    var Session$ = [
      3,
      n0,
      _Sess,
      0,
      [_SIes, _Tar, _St, _SDt, _EDn, _DN, _Ow, _Rea, _De, _OU, _MSD, _ATc],
      [0, 0, 0, 4, 4, 0, 0, 0, 0, () => SessionManagerOutputUrl$, 0, 0]
    ];
    var SessionFilter$ = [
      3,
      n0,
      _SFe,
      0,
      [_k, _v],
      [0, 0],
      2
    ];
    var SessionManagerOutputUrl$ = [
      3,
      n0,
      _SMOU,
      0,
      [_SOUu, _CWOU],
      [0, 0]
    ];
    var SeveritySummary$ = [
      3,
      n0,
      _SS,
      0,
      [_CCr, _HC, _MCe, _LC, _ICn, _UC],
      [1, 1, 1, 1, 1, 1]
    ];
    var StartAccessRequestRequest$ = [
      3,
      n0,
      _SARR,
      0,
      [_Rea, _Ta, _T],
      [0, () => Targets, () => TagList],
      2
    ];
    var StartAccessRequestResponse$ = [
      3,
      n0,
      _SARRt,
      0,
      [_ARI],
      [0]
    ];
    var StartAssociationsOnceRequest$ = [
      3,
      n0,
      _SAOR,
      0,
      [_AIss],
      [64 | 0],
      1
    ];
    var StartAssociationsOnceResult$ = [
      3,
      n0,
      _SAORt,
      0,
      [],
      []
    ];
    var StartAutomationExecutionRequest$ = [
      3,
      n0,
      _SAER,
      0,
      [_DN, _DV, _P, _CTl, _Mo, _TPN, _Ta, _TM, _MC, _ME, _TL, _T, _AC, _TLURL],
      [0, 0, [2, n0, _APM, 0, 0, 64 | 0], 0, 0, 0, () => AutomationTargets, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], 0, 0, () => TargetLocations, () => TagList, () => AlarmConfiguration$, 0],
      1
    ];
    var StartAutomationExecutionResult$ = [
      3,
      n0,
      _SAERt,
      0,
      [_AEI],
      [0]
    ];
    var StartChangeRequestExecutionRequest$ = [
      3,
      n0,
      _SCRER,
      0,
      [_DN, _R, _STc, _DV, _P, _CRN, _CTl, _AA, _T, _SETc, _CDh],
      [0, () => Runbooks, 4, 0, [2, n0, _APM, 0, 0, 64 | 0], 0, 0, 2, () => TagList, 4, 0],
      2
    ];
    var StartChangeRequestExecutionResult$ = [
      3,
      n0,
      _SCRERt,
      0,
      [_AEI],
      [0]
    ];
    var StartExecutionPreviewRequest$ = [
      3,
      n0,
      _SEPR,
      0,
      [_DN, _DV, _EIx],
      [0, 0, () => ExecutionInputs$],
      1
    ];
    var StartExecutionPreviewResponse$ = [
      3,
      n0,
      _SEPRt,
      0,
      [_EPI],
      [0]
    ];
    var StartSessionRequest$ = [
      3,
      n0,
      _SSR,
      0,
      [_Tar, _DN, _Rea, _P],
      [0, 0, 0, [2, n0, _SMP, 0, 0, 64 | 0]],
      1
    ];
    var StartSessionResponse$ = [
      3,
      n0,
      _SSRt,
      0,
      [_SIes, _TV, _SUt],
      [0, 0, 0]
    ];
    var StepExecution$ = [
      3,
      n0,
      _SEte,
      0,
      [_SNt, _Ac, _TSi, _OFn, _MA, _EST, _EET, _SSt, _RCes, _Inpu, _Ou, _Res, _FM, _WM, _FD, _SEI, _OP, _IE, _NS, _ICs, _VNS, _Ta, _TLar, _TA, _PSD],
      [0, 0, 1, 0, 1, 4, 4, 0, 0, 128 | 0, [2, n0, _APM, 0, 0, 64 | 0], 0, 0, 0, () => FailureDetails$, 0, [2, n0, _APM, 0, 0, 64 | 0], 2, 0, 2, 64 | 0, () => Targets, () => TargetLocation$, () => AlarmStateInformationList, () => ParentStepDetails$]
    ];
    var StepExecutionFilter$ = [
      3,
      n0,
      _SEF,
      0,
      [_K, _Va],
      [0, 64 | 0],
      2
    ];
    var StopAutomationExecutionRequest$ = [
      3,
      n0,
      _SAERto,
      0,
      [_AEI, _Ty],
      [0, 0],
      1
    ];
    var StopAutomationExecutionResult$ = [
      3,
      n0,
      _SAERtop,
      0,
      [],
      []
    ];
    var Tag$ = [
      3,
      n0,
      _Tag,
      0,
      [_K, _V],
      [0, 0],
      2
    ];
    var Target$ = [
      3,
      n0,
      _Tar,
      0,
      [_K, _Va],
      [0, 64 | 0]
    ];
    var TargetLocation$ = [
      3,
      n0,
      _TLar,
      0,
      [_Acc, _Re, _TLMC, _TLME, _ERN, _TLAC, _ICOU, _EAx, _Ta, _TMC, _TME],
      [64 | 0, 64 | 0, 0, 0, 0, () => AlarmConfiguration$, 2, 64 | 0, () => AutomationTargets, 0, 0]
    ];
    var TargetPreview$ = [
      3,
      n0,
      _TPar,
      0,
      [_Cou, _TT],
      [1, 0]
    ];
    var TargetsSummary$ = [
      3,
      n0,
      _TS,
      0,
      [_TCo, _SCt, _CC, _SCu, _FC],
      [1, 1, 1, 1, 1]
    ];
    var TerminateSessionRequest$ = [
      3,
      n0,
      _TSR,
      0,
      [_SIes],
      [0],
      1
    ];
    var TerminateSessionResponse$ = [
      3,
      n0,
      _TSRe,
      0,
      [_SIes],
      [0]
    ];
    var UnlabelParameterVersionRequest$ = [
      3,
      n0,
      _UPVR,
      0,
      [_N, _PVa, _La],
      [0, 1, 64 | 0],
      3
    ];
    var UnlabelParameterVersionResult$ = [
      3,
      n0,
      _UPVRn,
      0,
      [_RLe, _IL],
      [64 | 0, 64 | 0]
    ];
    var UpdateAssociationRequest$ = [
      3,
      n0,
      _UAR,
      0,
      [_AIs, _P, _DV, _SE, _OL, _N, _Ta, _AN, _AV, _ATPN, _ME, _MC, _CS, _SCy, _AOACI, _CN, _TL, _SO, _Du, _TM, _AC, _ADAR],
      [0, [() => _Parameters, 0], 0, 0, () => InstanceAssociationOutputLocation$, 0, () => Targets, 0, 0, 0, 0, 0, 0, 0, 2, 64 | 0, () => TargetLocations, 1, 1, [1, n0, _TM, 0, [2, n0, _TMa, 0, 0, 64 | 0]], () => AlarmConfiguration$, 0],
      1
    ];
    var UpdateAssociationResult$ = [
      3,
      n0,
      _UARp,
      0,
      [_AD],
      [[() => AssociationDescription$, 0]]
    ];
    var UpdateAssociationStatusRequest$ = [
      3,
      n0,
      _UASR,
      0,
      [_N, _II, _AS],
      [0, 0, () => AssociationStatus$],
      3
    ];
    var UpdateAssociationStatusResult$ = [
      3,
      n0,
      _UASRp,
      0,
      [_AD],
      [[() => AssociationDescription$, 0]]
    ];
    var UpdateCloudConnectorRequest$ = [
      3,
      n0,
      _UCCR,
      0,
      [_CCI, _DNi, _Con, _D],
      [0, 0, () => CloudConnectorConfiguration$, 0],
      1
    ];
    var UpdateCloudConnectorResult$ = [
      3,
      n0,
      _UCCRp,
      0,
      [_CCI],
      [0]
    ];
    var UpdateDocumentDefaultVersionRequest$ = [
      3,
      n0,
      _UDDVR,
      0,
      [_N, _DV],
      [0, 0],
      2
    ];
    var UpdateDocumentDefaultVersionResult$ = [
      3,
      n0,
      _UDDVRp,
      0,
      [_D],
      [() => DocumentDefaultVersionDescription$]
    ];
    var UpdateDocumentMetadataRequest$ = [
      3,
      n0,
      _UDMR,
      0,
      [_N, _DRoc, _DV],
      [0, () => DocumentReviews$, 0],
      2
    ];
    var UpdateDocumentMetadataResponse$ = [
      3,
      n0,
      _UDMRp,
      0,
      [],
      []
    ];
    var UpdateDocumentRequest$ = [
      3,
      n0,
      _UDR,
      0,
      [_Cont, _N, _At, _DNi, _VN, _DV, _DF, _TT],
      [0, 0, () => AttachmentsSourceList, 0, 0, 0, 0, 0],
      2
    ];
    var UpdateDocumentResult$ = [
      3,
      n0,
      _UDRp,
      0,
      [_DD],
      [[() => DocumentDescription$, 0]]
    ];
    var UpdateMaintenanceWindowRequest$ = [
      3,
      n0,
      _UMWR,
      0,
      [_WI, _N, _D, _SDt, _EDn, _Sc, _STch, _SO, _Du, _Cu, _AUT, _Ena, _Repl],
      [0, 0, [() => MaintenanceWindowDescription, 0], 0, 0, 0, 0, 1, 1, 1, 2, 2, 2],
      1
    ];
    var UpdateMaintenanceWindowResult$ = [
      3,
      n0,
      _UMWRp,
      0,
      [_WI, _N, _D, _SDt, _EDn, _Sc, _STch, _SO, _Du, _Cu, _AUT, _Ena],
      [0, 0, [() => MaintenanceWindowDescription, 0], 0, 0, 0, 0, 1, 1, 1, 2, 2]
    ];
    var UpdateMaintenanceWindowTargetRequest$ = [
      3,
      n0,
      _UMWTR,
      0,
      [_WI, _WTI, _Ta, _OI, _N, _D, _Repl],
      [0, 0, () => Targets, [() => OwnerInformation, 0], 0, [() => MaintenanceWindowDescription, 0], 2],
      2
    ];
    var UpdateMaintenanceWindowTargetResult$ = [
      3,
      n0,
      _UMWTRp,
      0,
      [_WI, _WTI, _Ta, _OI, _N, _D],
      [0, 0, () => Targets, [() => OwnerInformation, 0], 0, [() => MaintenanceWindowDescription, 0]]
    ];
    var UpdateMaintenanceWindowTaskRequest$ = [
      3,
      n0,
      _UMWTRpd,
      0,
      [_WI, _WTIi, _Ta, _TAa, _SRA, _TPa, _TIP, _Pri, _MC, _ME, _LI, _N, _D, _Repl, _CB, _AC],
      [0, 0, () => Targets, 0, 0, [() => MaintenanceWindowTaskParameters, 0], [() => MaintenanceWindowTaskInvocationParameters$, 0], 1, 0, 0, () => LoggingInfo$, 0, [() => MaintenanceWindowDescription, 0], 2, 0, () => AlarmConfiguration$],
      2
    ];
    var UpdateMaintenanceWindowTaskResult$ = [
      3,
      n0,
      _UMWTRpda,
      0,
      [_WI, _WTIi, _Ta, _TAa, _SRA, _TPa, _TIP, _Pri, _MC, _ME, _LI, _N, _D, _CB, _AC],
      [0, 0, () => Targets, 0, 0, [() => MaintenanceWindowTaskParameters, 0], [() => MaintenanceWindowTaskInvocationParameters$, 0], 1, 0, 0, () => LoggingInfo$, 0, [() => MaintenanceWindowDescription, 0], 0, () => AlarmConfiguration$]
    ];
    var UpdateManagedInstanceRoleRequest$ = [
      3,
      n0,
      _UMIRR,
      0,
      [_II, _IRa],
      [0, 0],
      2
    ];
    var UpdateManagedInstanceRoleResult$ = [
      3,
      n0,
      _UMIRRp,
      0,
      [],
      []
    ];
    var UpdateOpsItemRequest$ = [
      3,
      n0,
      _UOIR,
      0,
      [_OII, _D, _OD, _ODTD, _No, _Pri, _ROI, _St, _Ti, _Ca, _Se, _AST, _AETc, _PST, _PET, _OIA],
      [0, 0, () => OpsItemOperationalData, 64 | 0, () => OpsItemNotifications, 1, () => RelatedOpsItems, 0, 0, 0, 0, 4, 4, 4, 4, 0],
      1
    ];
    var UpdateOpsItemResponse$ = [
      3,
      n0,
      _UOIRp,
      0,
      [],
      []
    ];
    var UpdateOpsMetadataRequest$ = [
      3,
      n0,
      _UOMR,
      0,
      [_OMA, _MTU, _KTD],
      [0, () => MetadataMap, 64 | 0],
      1
    ];
    var UpdateOpsMetadataResult$ = [
      3,
      n0,
      _UOMRp,
      0,
      [_OMA],
      [0]
    ];
    var UpdatePatchBaselineRequest$ = [
      3,
      n0,
      _UPBR,
      0,
      [_BI, _N, _GF, _AR, _AP, _APCL, _APENS, _RP, _RPA, _D, _So, _ASUCS, _Repl],
      [0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 0, [() => PatchSourceList, 0], 0, 2],
      1
    ];
    var UpdatePatchBaselineResult$ = [
      3,
      n0,
      _UPBRp,
      0,
      [_BI, _N, _OSp, _GF, _AR, _AP, _APCL, _APENS, _RP, _RPA, _CD, _MD, _D, _So, _ASUCS],
      [0, 0, 0, () => PatchFilterGroup$, () => PatchRuleGroup$, 64 | 0, 0, 2, 64 | 0, 0, 4, 4, 0, [() => PatchSourceList, 0], 0]
    ];
    var UpdateResourceDataSyncRequest$ = [
      3,
      n0,
      _URDSR,
      0,
      [_SN, _ST, _SSy],
      [0, 0, () => ResourceDataSyncSource$],
      3
    ];
    var UpdateResourceDataSyncResult$ = [
      3,
      n0,
      _URDSRp,
      0,
      [],
      []
    ];
    var UpdateServiceSettingRequest$ = [
      3,
      n0,
      _USSR,
      0,
      [_SIe, _SVe],
      [0, 0],
      2
    ];
    var UpdateServiceSettingResult$ = [
      3,
      n0,
      _USSRp,
      0,
      [],
      []
    ];
    var ValidateCloudConnectorRequest$ = [
      3,
      n0,
      _VCCR,
      0,
      [_CCI, _MR, _NT],
      [0, 1, 0],
      1
    ];
    var ValidateCloudConnectorResult$ = [
      3,
      n0,
      _VCCRa,
      0,
      [_VF, _NT],
      [() => ValidationFindingList, 0]
    ];
    var ValidationFinding$ = [
      3,
      n0,
      _VFa,
      0,
      [_Ty, _Cod, _M, _PMr, _Sco],
      [0, 0, 0, 0, () => ValidationFindingScope$]
    ];
    var ValidationFindingScope$ = [
      3,
      n0,
      _VFS,
      0,
      [_Ty, _I],
      [0, 0]
    ];
    var AccountIdList = [
      1,
      n0,
      _AIL,
      0,
      [
        0,
        { [_xN]: _AIc }
      ]
    ];
    var AccountSharingInfoList = [
      1,
      n0,
      _ASIL,
      0,
      [
        () => AccountSharingInfo$,
        { [_xN]: _ASI }
      ]
    ];
    var ActivationList = [
      1,
      n0,
      _AL,
      0,
      () => Activation$
    ];
    var AlarmList = [
      1,
      n0,
      _ALl,
      0,
      () => Alarm$
    ];
    var AlarmStateInformationList = [
      1,
      n0,
      _ASILl,
      0,
      () => AlarmStateInformation$
    ];
    var AssociationDescriptionList = [
      1,
      n0,
      _ADL,
      0,
      [
        () => AssociationDescription$,
        { [_xN]: _AD }
      ]
    ];
    var AssociationExecutionFilterList = [
      1,
      n0,
      _AEFL,
      0,
      [
        () => AssociationExecutionFilter$,
        { [_xN]: _AEF }
      ]
    ];
    var AssociationExecutionsList = [
      1,
      n0,
      _AEL,
      0,
      [
        () => AssociationExecution$,
        { [_xN]: _AE }
      ]
    ];
    var AssociationExecutionTargetsFilterList = [
      1,
      n0,
      _AETFL,
      0,
      [
        () => AssociationExecutionTargetsFilter$,
        { [_xN]: _AETF }
      ]
    ];
    var AssociationExecutionTargetsList = [
      1,
      n0,
      _AETL,
      0,
      [
        () => AssociationExecutionTarget$,
        { [_xN]: _AET }
      ]
    ];
    var AssociationFilterList = [
      1,
      n0,
      _AFL,
      0,
      [
        () => AssociationFilter$,
        { [_xN]: _AF }
      ]
    ];
    var AssociationList = [
      1,
      n0,
      _ALs,
      0,
      [
        () => Association$,
        { [_xN]: _As }
      ]
    ];
    var AssociationVersionList = [
      1,
      n0,
      _AVL,
      0,
      [
        () => AssociationVersionInfo$,
        0
      ]
    ];
    var AttachmentContentList = [
      1,
      n0,
      _ACL,
      0,
      [
        () => AttachmentContent$,
        { [_xN]: _ACt }
      ]
    ];
    var AttachmentInformationList = [
      1,
      n0,
      _AILt,
      0,
      [
        () => AttachmentInformation$,
        { [_xN]: _AIt }
      ]
    ];
    var AttachmentsSourceList = [
      1,
      n0,
      _ASL,
      0,
      () => AttachmentsSource$
    ];
    var AutomationExecutionFilterList = [
      1,
      n0,
      _AEFLu,
      0,
      () => AutomationExecutionFilter$
    ];
    var AutomationExecutionMetadataList = [
      1,
      n0,
      _AEML,
      0,
      () => AutomationExecutionMetadata$
    ];
    var AutomationTargets = [
      1,
      n0,
      _ATut,
      0,
      () => Target$
    ];
    var AzureSubscriptionList = [
      1,
      n0,
      _ASLz,
      0,
      () => AzureSubscription$
    ];
    var CloudConnectorFilterList = [
      1,
      n0,
      _CCFL,
      0,
      () => CloudConnectorFilter$
    ];
    var CloudConnectorSummaryList = [
      1,
      n0,
      _CCSL,
      0,
      () => CloudConnectorSummary$
    ];
    var CommandFilterList = [
      1,
      n0,
      _CFL,
      0,
      () => CommandFilter$
    ];
    var CommandInvocationList = [
      1,
      n0,
      _CIL,
      0,
      () => CommandInvocation$
    ];
    var CommandList = [
      1,
      n0,
      _CLo,
      0,
      [
        () => Command$,
        0
      ]
    ];
    var CommandPluginList = [
      1,
      n0,
      _CPL,
      0,
      () => CommandPlugin$
    ];
    var ComplianceItemEntryList = [
      1,
      n0,
      _CIEL,
      0,
      () => ComplianceItemEntry$
    ];
    var ComplianceItemList = [
      1,
      n0,
      _CILo,
      0,
      [
        () => ComplianceItem$,
        { [_xN]: _Item }
      ]
    ];
    var ComplianceStringFilterList = [
      1,
      n0,
      _CSFL,
      0,
      [
        () => ComplianceStringFilter$,
        { [_xN]: _CFo }
      ]
    ];
    var ComplianceStringFilterValueList = [
      1,
      n0,
      _CSFVL,
      0,
      [
        0,
        { [_xN]: _FVi }
      ]
    ];
    var ComplianceSummaryItemList = [
      1,
      n0,
      _CSIL,
      0,
      [
        () => ComplianceSummaryItem$,
        { [_xN]: _Item }
      ]
    ];
    var CreateAssociationBatchRequestEntries = [
      1,
      n0,
      _CABREr,
      0,
      [
        () => CreateAssociationBatchRequestEntry$,
        { [_xN]: _en }
      ]
    ];
    var DescribeActivationsFilterList = [
      1,
      n0,
      _DAFL,
      0,
      () => DescribeActivationsFilter$
    ];
    var DocumentFilterList = [
      1,
      n0,
      _DFL,
      0,
      [
        () => DocumentFilter$,
        { [_xN]: _DFo }
      ]
    ];
    var DocumentIdentifierList = [
      1,
      n0,
      _DIL,
      0,
      [
        () => DocumentIdentifier$,
        { [_xN]: _DIo }
      ]
    ];
    var DocumentKeyValuesFilterList = [
      1,
      n0,
      _DKVFL,
      0,
      () => DocumentKeyValuesFilter$
    ];
    var DocumentParameterList = [
      1,
      n0,
      _DPLo,
      0,
      [
        () => DocumentParameter$,
        { [_xN]: _DPo }
      ]
    ];
    var DocumentRequiresList = [
      1,
      n0,
      _DRL,
      0,
      () => DocumentRequires$
    ];
    var DocumentReviewCommentList = [
      1,
      n0,
      _DRCL,
      0,
      () => DocumentReviewCommentSource$
    ];
    var DocumentReviewerResponseList = [
      1,
      n0,
      _DRRL,
      0,
      () => DocumentReviewerResponseSource$
    ];
    var DocumentVersionList = [
      1,
      n0,
      _DVL,
      0,
      () => DocumentVersionInfo$
    ];
    var EffectivePatchList = [
      1,
      n0,
      _EPL,
      0,
      () => EffectivePatch$
    ];
    var FailedCreateAssociationList = [
      1,
      n0,
      _FCAL,
      0,
      [
        () => FailedCreateAssociation$,
        { [_xN]: _FCAE }
      ]
    ];
    var GcpProjectList = [
      1,
      n0,
      _GPL,
      0,
      () => GcpProject$
    ];
    var GetResourcePoliciesResponseEntries = [
      1,
      n0,
      _GRPREe,
      0,
      () => GetResourcePoliciesResponseEntry$
    ];
    var InstanceAssociationList = [
      1,
      n0,
      _IAL,
      0,
      () => InstanceAssociation$
    ];
    var InstanceAssociationStatusInfos = [
      1,
      n0,
      _IASI,
      0,
      () => InstanceAssociationStatusInfo$
    ];
    var InstanceInformationFilterList = [
      1,
      n0,
      _IIFL,
      0,
      [
        () => InstanceInformationFilter$,
        { [_xN]: _IIF }
      ]
    ];
    var InstanceInformationFilterValueSet = [
      1,
      n0,
      _IIFVS,
      0,
      [
        0,
        { [_xN]: _IIFV }
      ]
    ];
    var InstanceInformationList = [
      1,
      n0,
      _IIL,
      0,
      [
        () => InstanceInformation$,
        { [_xN]: _IInst }
      ]
    ];
    var InstanceInformationStringFilterList = [
      1,
      n0,
      _IISFL,
      0,
      [
        () => InstanceInformationStringFilter$,
        { [_xN]: _IISF }
      ]
    ];
    var InstancePatchStateFilterList = [
      1,
      n0,
      _IPSFL,
      0,
      () => InstancePatchStateFilter$
    ];
    var InstancePatchStateList = [
      1,
      n0,
      _IPSL,
      0,
      [
        () => InstancePatchState$,
        0
      ]
    ];
    var InstancePatchStatesList = [
      1,
      n0,
      _IPSLn,
      0,
      [
        () => InstancePatchState$,
        0
      ]
    ];
    var InstanceProperties = [
      1,
      n0,
      _IPn,
      0,
      [
        () => InstanceProperty$,
        { [_xN]: _IPns }
      ]
    ];
    var InstancePropertyFilterList = [
      1,
      n0,
      _IPFL,
      0,
      [
        () => InstancePropertyFilter$,
        { [_xN]: _IPF }
      ]
    ];
    var InstancePropertyFilterValueSet = [
      1,
      n0,
      _IPFVS,
      0,
      [
        0,
        { [_xN]: _IPFV }
      ]
    ];
    var InstancePropertyStringFilterList = [
      1,
      n0,
      _IPSFLn,
      0,
      [
        () => InstancePropertyStringFilter$,
        { [_xN]: _IPSFn }
      ]
    ];
    var InventoryAggregatorList = [
      1,
      n0,
      _IALn,
      0,
      [
        () => InventoryAggregator$,
        { [_xN]: _Agg }
      ]
    ];
    var InventoryDeletionsList = [
      1,
      n0,
      _IDL,
      0,
      () => InventoryDeletionStatusItem$
    ];
    var InventoryDeletionSummaryItems = [
      1,
      n0,
      _IDSInv,
      0,
      () => InventoryDeletionSummaryItem$
    ];
    var InventoryFilterList = [
      1,
      n0,
      _IFL,
      0,
      [
        () => InventoryFilter$,
        { [_xN]: _IFn }
      ]
    ];
    var InventoryFilterValueList = [
      1,
      n0,
      _IFVL,
      0,
      [
        0,
        { [_xN]: _FVi }
      ]
    ];
    var InventoryGroupList = [
      1,
      n0,
      _IGL,
      0,
      [
        () => InventoryGroup$,
        { [_xN]: _IG }
      ]
    ];
    var InventoryItemAttributeList = [
      1,
      n0,
      _IIAL,
      0,
      [
        () => InventoryItemAttribute$,
        { [_xN]: _Attr }
      ]
    ];
    var InventoryItemList = [
      1,
      n0,
      _IILn,
      0,
      [
        () => InventoryItem$,
        { [_xN]: _Item }
      ]
    ];
    var InventoryItemSchemaResultList = [
      1,
      n0,
      _IISRL,
      0,
      [
        () => InventoryItemSchema$,
        0
      ]
    ];
    var InventoryResultEntityList = [
      1,
      n0,
      _IREL,
      0,
      [
        () => InventoryResultEntity$,
        { [_xN]: _Entit }
      ]
    ];
    var MaintenanceWindowExecutionList = [
      1,
      n0,
      _MWEL,
      0,
      () => MaintenanceWindowExecution$
    ];
    var MaintenanceWindowExecutionTaskIdentityList = [
      1,
      n0,
      _MWETIL,
      0,
      () => MaintenanceWindowExecutionTaskIdentity$
    ];
    var MaintenanceWindowExecutionTaskInvocationIdentityList = [
      1,
      n0,
      _MWETIIL,
      0,
      [
        () => MaintenanceWindowExecutionTaskInvocationIdentity$,
        0
      ]
    ];
    var MaintenanceWindowFilterList = [
      1,
      n0,
      _MWFL,
      0,
      () => MaintenanceWindowFilter$
    ];
    var MaintenanceWindowIdentityList = [
      1,
      n0,
      _MWIL,
      0,
      [
        () => MaintenanceWindowIdentity$,
        0
      ]
    ];
    var MaintenanceWindowsForTargetList = [
      1,
      n0,
      _MWFTL,
      0,
      () => MaintenanceWindowIdentityForTarget$
    ];
    var MaintenanceWindowTargetList = [
      1,
      n0,
      _MWTL,
      0,
      [
        () => MaintenanceWindowTarget$,
        0
      ]
    ];
    var MaintenanceWindowTaskList = [
      1,
      n0,
      _MWTLa,
      0,
      [
        () => MaintenanceWindowTask$,
        0
      ]
    ];
    var MaintenanceWindowTaskParametersList = [
      1,
      n0,
      _MWTPL,
      8,
      [
        () => MaintenanceWindowTaskParameters,
        0
      ]
    ];
    var MaintenanceWindowTaskParameterValueList = [
      1,
      n0,
      _MWTPVL,
      8,
      [
        () => MaintenanceWindowTaskParameterValue,
        0
      ]
    ];
    var NodeAggregatorList = [
      1,
      n0,
      _NAL,
      0,
      [
        () => NodeAggregator$,
        { [_xN]: _NA }
      ]
    ];
    var NodeFilterList = [
      1,
      n0,
      _NFL,
      0,
      [
        () => NodeFilter$,
        { [_xN]: _NF }
      ]
    ];
    var NodeFilterValueList = [
      1,
      n0,
      _NFVL,
      0,
      [
        0,
        { [_xN]: _FVi }
      ]
    ];
    var NodeList = [
      1,
      n0,
      _NL,
      0,
      [
        () => Node$,
        0
      ]
    ];
    var OpsAggregatorList = [
      1,
      n0,
      _OAL,
      0,
      [
        () => OpsAggregator$,
        { [_xN]: _Agg }
      ]
    ];
    var OpsEntityList = [
      1,
      n0,
      _OEL,
      0,
      [
        () => OpsEntity$,
        { [_xN]: _Entit }
      ]
    ];
    var OpsFilterList = [
      1,
      n0,
      _OFL,
      0,
      [
        () => OpsFilter$,
        { [_xN]: _OF }
      ]
    ];
    var OpsFilterValueList = [
      1,
      n0,
      _OFVL,
      0,
      [
        0,
        { [_xN]: _FVi }
      ]
    ];
    var OpsItemEventFilters = [
      1,
      n0,
      _OIEFp,
      0,
      () => OpsItemEventFilter$
    ];
    var OpsItemEventSummaries = [
      1,
      n0,
      _OIESp,
      0,
      () => OpsItemEventSummary$
    ];
    var OpsItemFilters = [
      1,
      n0,
      _OIF,
      0,
      () => OpsItemFilter$
    ];
    var OpsItemNotifications = [
      1,
      n0,
      _OINp,
      0,
      () => OpsItemNotification$
    ];
    var OpsItemRelatedItemsFilters = [
      1,
      n0,
      _OIRIFp,
      0,
      () => OpsItemRelatedItemsFilter$
    ];
    var OpsItemRelatedItemSummaries = [
      1,
      n0,
      _OIRISp,
      0,
      () => OpsItemRelatedItemSummary$
    ];
    var OpsItemSummaries = [
      1,
      n0,
      _OIS,
      0,
      () => OpsItemSummary$
    ];
    var OpsMetadataFilterList = [
      1,
      n0,
      _OMFL,
      0,
      () => OpsMetadataFilter$
    ];
    var OpsMetadataList = [
      1,
      n0,
      _OML,
      0,
      () => OpsMetadata$
    ];
    var OpsResultAttributeList = [
      1,
      n0,
      _ORAL,
      0,
      [
        () => OpsResultAttribute$,
        { [_xN]: _ORA }
      ]
    ];
    var ParameterHistoryList = [
      1,
      n0,
      _PHL,
      0,
      [
        () => ParameterHistory$,
        0
      ]
    ];
    var ParameterList = [
      1,
      n0,
      _PL,
      0,
      [
        () => Parameter$,
        0
      ]
    ];
    var ParameterMetadataList = [
      1,
      n0,
      _PML,
      0,
      () => ParameterMetadata$
    ];
    var ParameterPolicyList = [
      1,
      n0,
      _PPLa,
      0,
      () => ParameterInlinePolicy$
    ];
    var ParametersFilterList = [
      1,
      n0,
      _PFL,
      0,
      () => ParametersFilter$
    ];
    var ParameterStringFilterList = [
      1,
      n0,
      _PSFL,
      0,
      () => ParameterStringFilter$
    ];
    var PatchBaselineIdentityList = [
      1,
      n0,
      _PBIL,
      0,
      () => PatchBaselineIdentity$
    ];
    var PatchComplianceDataList = [
      1,
      n0,
      _PCDL,
      0,
      () => PatchComplianceData$
    ];
    var PatchFilterList = [
      1,
      n0,
      _PFLa,
      0,
      () => PatchFilter$
    ];
    var PatchGroupPatchBaselineMappingList = [
      1,
      n0,
      _PGPBML,
      0,
      () => PatchGroupPatchBaselineMapping$
    ];
    var PatchList = [
      1,
      n0,
      _PLa,
      0,
      () => Patch$
    ];
    var PatchOrchestratorFilterList = [
      1,
      n0,
      _POFL,
      0,
      () => PatchOrchestratorFilter$
    ];
    var PatchRuleList = [
      1,
      n0,
      _PRL,
      0,
      () => PatchRule$
    ];
    var PatchSourceList = [
      1,
      n0,
      _PSL,
      0,
      [
        () => PatchSource$,
        0
      ]
    ];
    var PlatformTypeList = [
      1,
      n0,
      _PTL,
      0,
      [
        0,
        { [_xN]: _PTla }
      ]
    ];
    var RegistrationMetadataList = [
      1,
      n0,
      _RML,
      0,
      () => RegistrationMetadataItem$
    ];
    var RelatedOpsItems = [
      1,
      n0,
      _ROI,
      0,
      () => RelatedOpsItem$
    ];
    var ResourceComplianceSummaryItemList = [
      1,
      n0,
      _RCSIL,
      0,
      [
        () => ResourceComplianceSummaryItem$,
        { [_xN]: _Item }
      ]
    ];
    var ResourceDataSyncItemList = [
      1,
      n0,
      _RDSIL,
      0,
      () => ResourceDataSyncItem$
    ];
    var ResourceDataSyncOrganizationalUnitList = [
      1,
      n0,
      _RDSOUL,
      0,
      () => ResourceDataSyncOrganizationalUnit$
    ];
    var ResultAttributeList = [
      1,
      n0,
      _RAL,
      0,
      [
        () => ResultAttribute$,
        { [_xN]: _RAesu }
      ]
    ];
    var ReviewInformationList = [
      1,
      n0,
      _RIL,
      0,
      [
        () => ReviewInformation$,
        { [_xN]: _RIe }
      ]
    ];
    var Runbooks = [
      1,
      n0,
      _R,
      0,
      () => Runbook$
    ];
    var ScheduledWindowExecutionList = [
      1,
      n0,
      _SWEL,
      0,
      () => ScheduledWindowExecution$
    ];
    var SessionFilterList = [
      1,
      n0,
      _SFL,
      0,
      () => SessionFilter$
    ];
    var SessionList = [
      1,
      n0,
      _SLe,
      0,
      () => Session$
    ];
    var StepExecutionFilterList = [
      1,
      n0,
      _SEFL,
      0,
      () => StepExecutionFilter$
    ];
    var StepExecutionList = [
      1,
      n0,
      _SEL,
      0,
      () => StepExecution$
    ];
    var TagList = [
      1,
      n0,
      _TLa,
      0,
      () => Tag$
    ];
    var TargetLocations = [
      1,
      n0,
      _TL,
      0,
      () => TargetLocation$
    ];
    var TargetPreviewList = [
      1,
      n0,
      _TPL,
      0,
      () => TargetPreview$
    ];
    var Targets = [
      1,
      n0,
      _Ta,
      0,
      () => Target$
    ];
    var ValidationFindingList = [
      1,
      n0,
      _VFL,
      0,
      () => ValidationFinding$
    ];
    var InventoryResultItemMap = [
      2,
      n0,
      _IRIM,
      0,
      0,
      () => InventoryResultItem$
    ];
    var MaintenanceWindowTaskParameters = [
      2,
      n0,
      _MWTP,
      8,
      [
        0,
        0
      ],
      [
        () => MaintenanceWindowTaskParameterValueExpression$,
        0
      ]
    ];
    var MetadataMap = [
      2,
      n0,
      _MM,
      0,
      0,
      () => MetadataValue$
    ];
    var OpsEntityItemMap = [
      2,
      n0,
      _OEIM,
      0,
      0,
      () => OpsEntityItem$
    ];
    var OpsItemOperationalData = [
      2,
      n0,
      _OIOD,
      0,
      0,
      () => OpsItemDataValue$
    ];
    var _Parameters = [
      2,
      n0,
      _P,
      8,
      0,
      64 | 0
    ];
    var CloudConnectorConfiguration$ = [
      4,
      n0,
      _CCC,
      0,
      [_ACz, _GC],
      [() => AzureConfiguration$, () => GcpConfiguration$]
    ];
    var ConfigurationTargets$ = [
      4,
      n0,
      _CTon,
      0,
      [_Sub],
      [() => AzureSubscriptionList]
    ];
    var ExecutionInputs$ = [
      4,
      n0,
      _EIx,
      0,
      [_Aut],
      [() => AutomationExecutionInputs$]
    ];
    var ExecutionPreview$ = [
      4,
      n0,
      _EPx,
      0,
      [_Aut],
      [() => AutomationExecutionPreview$]
    ];
    var GcpConfigurationTargets$ = [
      4,
      n0,
      _GCT,
      0,
      [_Proj],
      [() => GcpProjectList]
    ];
    var NodeType$ = [
      4,
      n0,
      _NTo,
      0,
      [_Ins],
      [[() => InstanceInfo$, 0]]
    ];
    var AddTagsToResource$ = [
      9,
      n0,
      _ATTR,
      0,
      () => AddTagsToResourceRequest$,
      () => AddTagsToResourceResult$
    ];
    var AssociateOpsItemRelatedItem$ = [
      9,
      n0,
      _AOIRI,
      0,
      () => AssociateOpsItemRelatedItemRequest$,
      () => AssociateOpsItemRelatedItemResponse$
    ];
    var CancelCommand$ = [
      9,
      n0,
      _CCa,
      0,
      () => CancelCommandRequest$,
      () => CancelCommandResult$
    ];
    var CancelMaintenanceWindowExecution$ = [
      9,
      n0,
      _CMWE,
      0,
      () => CancelMaintenanceWindowExecutionRequest$,
      () => CancelMaintenanceWindowExecutionResult$
    ];
    var CreateActivation$ = [
      9,
      n0,
      _CAre,
      0,
      () => CreateActivationRequest$,
      () => CreateActivationResult$
    ];
    var CreateAssociation$ = [
      9,
      n0,
      _CArea,
      0,
      () => CreateAssociationRequest$,
      () => CreateAssociationResult$
    ];
    var CreateAssociationBatch$ = [
      9,
      n0,
      _CAB,
      0,
      () => CreateAssociationBatchRequest$,
      () => CreateAssociationBatchResult$
    ];
    var CreateCloudConnector$ = [
      9,
      n0,
      _CCCr,
      0,
      () => CreateCloudConnectorRequest$,
      () => CreateCloudConnectorResult$
    ];
    var CreateDocument$ = [
      9,
      n0,
      _CDre,
      0,
      () => CreateDocumentRequest$,
      () => CreateDocumentResult$
    ];
    var CreateMaintenanceWindow$ = [
      9,
      n0,
      _CMW,
      0,
      () => CreateMaintenanceWindowRequest$,
      () => CreateMaintenanceWindowResult$
    ];
    var CreateOpsItem$ = [
      9,
      n0,
      _COI,
      0,
      () => CreateOpsItemRequest$,
      () => CreateOpsItemResponse$
    ];
    var CreateOpsMetadata$ = [
      9,
      n0,
      _COM,
      0,
      () => CreateOpsMetadataRequest$,
      () => CreateOpsMetadataResult$
    ];
    var CreatePatchBaseline$ = [
      9,
      n0,
      _CPB,
      0,
      () => CreatePatchBaselineRequest$,
      () => CreatePatchBaselineResult$
    ];
    var CreateResourceDataSync$ = [
      9,
      n0,
      _CRDS,
      0,
      () => CreateResourceDataSyncRequest$,
      () => CreateResourceDataSyncResult$
    ];
    var DeleteActivation$ = [
      9,
      n0,
      _DA,
      0,
      () => DeleteActivationRequest$,
      () => DeleteActivationResult$
    ];
    var DeleteAssociation$ = [
      9,
      n0,
      _DAe,
      0,
      () => DeleteAssociationRequest$,
      () => DeleteAssociationResult$
    ];
    var DeleteCloudConnector$ = [
      9,
      n0,
      _DCC,
      0,
      () => DeleteCloudConnectorRequest$,
      () => DeleteCloudConnectorResult$
    ];
    var DeleteDocument$ = [
      9,
      n0,
      _DDe,
      0,
      () => DeleteDocumentRequest$,
      () => DeleteDocumentResult$
    ];
    var DeleteInventory$ = [
      9,
      n0,
      _DIe,
      0,
      () => DeleteInventoryRequest$,
      () => DeleteInventoryResult$
    ];
    var DeleteMaintenanceWindow$ = [
      9,
      n0,
      _DMW,
      0,
      () => DeleteMaintenanceWindowRequest$,
      () => DeleteMaintenanceWindowResult$
    ];
    var DeleteOpsItem$ = [
      9,
      n0,
      _DOI,
      0,
      () => DeleteOpsItemRequest$,
      () => DeleteOpsItemResponse$
    ];
    var DeleteOpsMetadata$ = [
      9,
      n0,
      _DOM,
      0,
      () => DeleteOpsMetadataRequest$,
      () => DeleteOpsMetadataResult$
    ];
    var DeleteParameter$ = [
      9,
      n0,
      _DPe,
      0,
      () => DeleteParameterRequest$,
      () => DeleteParameterResult$
    ];
    var DeleteParameters$ = [
      9,
      n0,
      _DPel,
      0,
      () => DeleteParametersRequest$,
      () => DeleteParametersResult$
    ];
    var DeletePatchBaseline$ = [
      9,
      n0,
      _DPB,
      0,
      () => DeletePatchBaselineRequest$,
      () => DeletePatchBaselineResult$
    ];
    var DeleteResourceDataSync$ = [
      9,
      n0,
      _DRDS,
      0,
      () => DeleteResourceDataSyncRequest$,
      () => DeleteResourceDataSyncResult$
    ];
    var DeleteResourcePolicy$ = [
      9,
      n0,
      _DRP,
      0,
      () => DeleteResourcePolicyRequest$,
      () => DeleteResourcePolicyResponse$
    ];
    var DeregisterDefaultHostManagementConfiguration$ = [
      9,
      n0,
      _DDHMC,
      2,
      () => DeregisterDefaultHostManagementConfigurationRequest$,
      () => DeregisterDefaultHostManagementConfigurationResult$
    ];
    var DeregisterManagedInstance$ = [
      9,
      n0,
      _DMI,
      0,
      () => DeregisterManagedInstanceRequest$,
      () => DeregisterManagedInstanceResult$
    ];
    var DeregisterPatchBaselineForPatchGroup$ = [
      9,
      n0,
      _DPBFPG,
      0,
      () => DeregisterPatchBaselineForPatchGroupRequest$,
      () => DeregisterPatchBaselineForPatchGroupResult$
    ];
    var DeregisterTargetFromMaintenanceWindow$ = [
      9,
      n0,
      _DTFMW,
      0,
      () => DeregisterTargetFromMaintenanceWindowRequest$,
      () => DeregisterTargetFromMaintenanceWindowResult$
    ];
    var DeregisterTaskFromMaintenanceWindow$ = [
      9,
      n0,
      _DTFMWe,
      0,
      () => DeregisterTaskFromMaintenanceWindowRequest$,
      () => DeregisterTaskFromMaintenanceWindowResult$
    ];
    var DescribeActivations$ = [
      9,
      n0,
      _DAes,
      0,
      () => DescribeActivationsRequest$,
      () => DescribeActivationsResult$
    ];
    var DescribeAssociation$ = [
      9,
      n0,
      _DAesc,
      0,
      () => DescribeAssociationRequest$,
      () => DescribeAssociationResult$
    ];
    var DescribeAssociationExecutions$ = [
      9,
      n0,
      _DAEe,
      0,
      () => DescribeAssociationExecutionsRequest$,
      () => DescribeAssociationExecutionsResult$
    ];
    var DescribeAssociationExecutionTargets$ = [
      9,
      n0,
      _DAET,
      0,
      () => DescribeAssociationExecutionTargetsRequest$,
      () => DescribeAssociationExecutionTargetsResult$
    ];
    var DescribeAutomationExecutions$ = [
      9,
      n0,
      _DAEes,
      0,
      () => DescribeAutomationExecutionsRequest$,
      () => DescribeAutomationExecutionsResult$
    ];
    var DescribeAutomationStepExecutions$ = [
      9,
      n0,
      _DASE,
      0,
      () => DescribeAutomationStepExecutionsRequest$,
      () => DescribeAutomationStepExecutionsResult$
    ];
    var DescribeAvailablePatches$ = [
      9,
      n0,
      _DAP,
      0,
      () => DescribeAvailablePatchesRequest$,
      () => DescribeAvailablePatchesResult$
    ];
    var DescribeDocument$ = [
      9,
      n0,
      _DDes,
      0,
      () => DescribeDocumentRequest$,
      () => DescribeDocumentResult$
    ];
    var DescribeDocumentPermission$ = [
      9,
      n0,
      _DDP,
      0,
      () => DescribeDocumentPermissionRequest$,
      () => DescribeDocumentPermissionResponse$
    ];
    var DescribeEffectiveInstanceAssociations$ = [
      9,
      n0,
      _DEIA,
      0,
      () => DescribeEffectiveInstanceAssociationsRequest$,
      () => DescribeEffectiveInstanceAssociationsResult$
    ];
    var DescribeEffectivePatchesForPatchBaseline$ = [
      9,
      n0,
      _DEPFPB,
      0,
      () => DescribeEffectivePatchesForPatchBaselineRequest$,
      () => DescribeEffectivePatchesForPatchBaselineResult$
    ];
    var DescribeInstanceAssociationsStatus$ = [
      9,
      n0,
      _DIAS,
      0,
      () => DescribeInstanceAssociationsStatusRequest$,
      () => DescribeInstanceAssociationsStatusResult$
    ];
    var DescribeInstanceInformation$ = [
      9,
      n0,
      _DIIe,
      0,
      () => DescribeInstanceInformationRequest$,
      () => DescribeInstanceInformationResult$
    ];
    var DescribeInstancePatches$ = [
      9,
      n0,
      _DIP,
      0,
      () => DescribeInstancePatchesRequest$,
      () => DescribeInstancePatchesResult$
    ];
    var DescribeInstancePatchStates$ = [
      9,
      n0,
      _DIPS,
      0,
      () => DescribeInstancePatchStatesRequest$,
      () => DescribeInstancePatchStatesResult$
    ];
    var DescribeInstancePatchStatesForPatchGroup$ = [
      9,
      n0,
      _DIPSFPG,
      0,
      () => DescribeInstancePatchStatesForPatchGroupRequest$,
      () => DescribeInstancePatchStatesForPatchGroupResult$
    ];
    var DescribeInstanceProperties$ = [
      9,
      n0,
      _DIPe,
      0,
      () => DescribeInstancePropertiesRequest$,
      () => DescribeInstancePropertiesResult$
    ];
    var DescribeInventoryDeletions$ = [
      9,
      n0,
      _DID,
      0,
      () => DescribeInventoryDeletionsRequest$,
      () => DescribeInventoryDeletionsResult$
    ];
    var DescribeMaintenanceWindowExecutions$ = [
      9,
      n0,
      _DMWE,
      0,
      () => DescribeMaintenanceWindowExecutionsRequest$,
      () => DescribeMaintenanceWindowExecutionsResult$
    ];
    var DescribeMaintenanceWindowExecutionTaskInvocations$ = [
      9,
      n0,
      _DMWETI,
      0,
      () => DescribeMaintenanceWindowExecutionTaskInvocationsRequest$,
      () => DescribeMaintenanceWindowExecutionTaskInvocationsResult$
    ];
    var DescribeMaintenanceWindowExecutionTasks$ = [
      9,
      n0,
      _DMWET,
      0,
      () => DescribeMaintenanceWindowExecutionTasksRequest$,
      () => DescribeMaintenanceWindowExecutionTasksResult$
    ];
    var DescribeMaintenanceWindows$ = [
      9,
      n0,
      _DMWe,
      0,
      () => DescribeMaintenanceWindowsRequest$,
      () => DescribeMaintenanceWindowsResult$
    ];
    var DescribeMaintenanceWindowSchedule$ = [
      9,
      n0,
      _DMWS,
      0,
      () => DescribeMaintenanceWindowScheduleRequest$,
      () => DescribeMaintenanceWindowScheduleResult$
    ];
    var DescribeMaintenanceWindowsForTarget$ = [
      9,
      n0,
      _DMWFT,
      0,
      () => DescribeMaintenanceWindowsForTargetRequest$,
      () => DescribeMaintenanceWindowsForTargetResult$
    ];
    var DescribeMaintenanceWindowTargets$ = [
      9,
      n0,
      _DMWT,
      0,
      () => DescribeMaintenanceWindowTargetsRequest$,
      () => DescribeMaintenanceWindowTargetsResult$
    ];
    var DescribeMaintenanceWindowTasks$ = [
      9,
      n0,
      _DMWTe,
      0,
      () => DescribeMaintenanceWindowTasksRequest$,
      () => DescribeMaintenanceWindowTasksResult$
    ];
    var DescribeOpsItems$ = [
      9,
      n0,
      _DOIe,
      0,
      () => DescribeOpsItemsRequest$,
      () => DescribeOpsItemsResponse$
    ];
    var DescribeParameters$ = [
      9,
      n0,
      _DPes,
      0,
      () => DescribeParametersRequest$,
      () => DescribeParametersResult$
    ];
    var DescribePatchBaselines$ = [
      9,
      n0,
      _DPBe,
      0,
      () => DescribePatchBaselinesRequest$,
      () => DescribePatchBaselinesResult$
    ];
    var DescribePatchGroups$ = [
      9,
      n0,
      _DPG,
      0,
      () => DescribePatchGroupsRequest$,
      () => DescribePatchGroupsResult$
    ];
    var DescribePatchGroupState$ = [
      9,
      n0,
      _DPGS,
      0,
      () => DescribePatchGroupStateRequest$,
      () => DescribePatchGroupStateResult$
    ];
    var DescribePatchProperties$ = [
      9,
      n0,
      _DPP,
      0,
      () => DescribePatchPropertiesRequest$,
      () => DescribePatchPropertiesResult$
    ];
    var DescribeSessions$ = [
      9,
      n0,
      _DSes,
      0,
      () => DescribeSessionsRequest$,
      () => DescribeSessionsResponse$
    ];
    var DisassociateOpsItemRelatedItem$ = [
      9,
      n0,
      _DOIRI,
      0,
      () => DisassociateOpsItemRelatedItemRequest$,
      () => DisassociateOpsItemRelatedItemResponse$
    ];
    var GetAccessToken$ = [
      9,
      n0,
      _GAT,
      0,
      () => GetAccessTokenRequest$,
      () => GetAccessTokenResponse$
    ];
    var GetAutomationExecution$ = [
      9,
      n0,
      _GAE,
      0,
      () => GetAutomationExecutionRequest$,
      () => GetAutomationExecutionResult$
    ];
    var GetCalendarState$ = [
      9,
      n0,
      _GCS,
      0,
      () => GetCalendarStateRequest$,
      () => GetCalendarStateResponse$
    ];
    var GetCloudConnector$ = [
      9,
      n0,
      _GCC,
      0,
      () => GetCloudConnectorRequest$,
      () => GetCloudConnectorResult$
    ];
    var GetCommandInvocation$ = [
      9,
      n0,
      _GCI,
      0,
      () => GetCommandInvocationRequest$,
      () => GetCommandInvocationResult$
    ];
    var GetConnectionStatus$ = [
      9,
      n0,
      _GCSe,
      0,
      () => GetConnectionStatusRequest$,
      () => GetConnectionStatusResponse$
    ];
    var GetDefaultPatchBaseline$ = [
      9,
      n0,
      _GDPB,
      0,
      () => GetDefaultPatchBaselineRequest$,
      () => GetDefaultPatchBaselineResult$
    ];
    var GetDeployablePatchSnapshotForInstance$ = [
      9,
      n0,
      _GDPSFI,
      0,
      () => GetDeployablePatchSnapshotForInstanceRequest$,
      () => GetDeployablePatchSnapshotForInstanceResult$
    ];
    var GetDocument$ = [
      9,
      n0,
      _GD,
      0,
      () => GetDocumentRequest$,
      () => GetDocumentResult$
    ];
    var GetExecutionPreview$ = [
      9,
      n0,
      _GEP,
      0,
      () => GetExecutionPreviewRequest$,
      () => GetExecutionPreviewResponse$
    ];
    var GetInventory$ = [
      9,
      n0,
      _GI,
      0,
      () => GetInventoryRequest$,
      () => GetInventoryResult$
    ];
    var GetInventorySchema$ = [
      9,
      n0,
      _GIS,
      0,
      () => GetInventorySchemaRequest$,
      () => GetInventorySchemaResult$
    ];
    var GetMaintenanceWindow$ = [
      9,
      n0,
      _GMW,
      0,
      () => GetMaintenanceWindowRequest$,
      () => GetMaintenanceWindowResult$
    ];
    var GetMaintenanceWindowExecution$ = [
      9,
      n0,
      _GMWE,
      0,
      () => GetMaintenanceWindowExecutionRequest$,
      () => GetMaintenanceWindowExecutionResult$
    ];
    var GetMaintenanceWindowExecutionTask$ = [
      9,
      n0,
      _GMWET,
      0,
      () => GetMaintenanceWindowExecutionTaskRequest$,
      () => GetMaintenanceWindowExecutionTaskResult$
    ];
    var GetMaintenanceWindowExecutionTaskInvocation$ = [
      9,
      n0,
      _GMWETI,
      0,
      () => GetMaintenanceWindowExecutionTaskInvocationRequest$,
      () => GetMaintenanceWindowExecutionTaskInvocationResult$
    ];
    var GetMaintenanceWindowTask$ = [
      9,
      n0,
      _GMWT,
      0,
      () => GetMaintenanceWindowTaskRequest$,
      () => GetMaintenanceWindowTaskResult$
    ];
    var GetOpsItem$ = [
      9,
      n0,
      _GOI,
      0,
      () => GetOpsItemRequest$,
      () => GetOpsItemResponse$
    ];
    var GetOpsMetadata$ = [
      9,
      n0,
      _GOM,
      0,
      () => GetOpsMetadataRequest$,
      () => GetOpsMetadataResult$
    ];
    var GetOpsSummary$ = [
      9,
      n0,
      _GOS,
      0,
      () => GetOpsSummaryRequest$,
      () => GetOpsSummaryResult$
    ];
    var GetParameter$ = [
      9,
      n0,
      _GPe,
      0,
      () => GetParameterRequest$,
      () => GetParameterResult$
    ];
    var GetParameterHistory$ = [
      9,
      n0,
      _GPH,
      0,
      () => GetParameterHistoryRequest$,
      () => GetParameterHistoryResult$
    ];
    var GetParameters$ = [
      9,
      n0,
      _GPet,
      0,
      () => GetParametersRequest$,
      () => GetParametersResult$
    ];
    var GetParametersByPath$ = [
      9,
      n0,
      _GPBP,
      0,
      () => GetParametersByPathRequest$,
      () => GetParametersByPathResult$
    ];
    var GetPatchBaseline$ = [
      9,
      n0,
      _GPB,
      0,
      () => GetPatchBaselineRequest$,
      () => GetPatchBaselineResult$
    ];
    var GetPatchBaselineForPatchGroup$ = [
      9,
      n0,
      _GPBFPG,
      0,
      () => GetPatchBaselineForPatchGroupRequest$,
      () => GetPatchBaselineForPatchGroupResult$
    ];
    var GetResourcePolicies$ = [
      9,
      n0,
      _GRP,
      0,
      () => GetResourcePoliciesRequest$,
      () => GetResourcePoliciesResponse$
    ];
    var GetServiceSetting$ = [
      9,
      n0,
      _GSS,
      0,
      () => GetServiceSettingRequest$,
      () => GetServiceSettingResult$
    ];
    var LabelParameterVersion$ = [
      9,
      n0,
      _LPV,
      0,
      () => LabelParameterVersionRequest$,
      () => LabelParameterVersionResult$
    ];
    var ListAssociations$ = [
      9,
      n0,
      _LA,
      0,
      () => ListAssociationsRequest$,
      () => ListAssociationsResult$
    ];
    var ListAssociationVersions$ = [
      9,
      n0,
      _LAV,
      0,
      () => ListAssociationVersionsRequest$,
      () => ListAssociationVersionsResult$
    ];
    var ListCloudConnectors$ = [
      9,
      n0,
      _LCC,
      0,
      () => ListCloudConnectorsRequest$,
      () => ListCloudConnectorsResult$
    ];
    var ListCommandInvocations$ = [
      9,
      n0,
      _LCI,
      0,
      () => ListCommandInvocationsRequest$,
      () => ListCommandInvocationsResult$
    ];
    var ListCommands$ = [
      9,
      n0,
      _LCi,
      0,
      () => ListCommandsRequest$,
      () => ListCommandsResult$
    ];
    var ListComplianceItems$ = [
      9,
      n0,
      _LCIi,
      0,
      () => ListComplianceItemsRequest$,
      () => ListComplianceItemsResult$
    ];
    var ListComplianceSummaries$ = [
      9,
      n0,
      _LCS,
      0,
      () => ListComplianceSummariesRequest$,
      () => ListComplianceSummariesResult$
    ];
    var ListDocumentMetadataHistory$ = [
      9,
      n0,
      _LDMH,
      0,
      () => ListDocumentMetadataHistoryRequest$,
      () => ListDocumentMetadataHistoryResponse$
    ];
    var ListDocuments$ = [
      9,
      n0,
      _LD,
      0,
      () => ListDocumentsRequest$,
      () => ListDocumentsResult$
    ];
    var ListDocumentVersions$ = [
      9,
      n0,
      _LDV,
      0,
      () => ListDocumentVersionsRequest$,
      () => ListDocumentVersionsResult$
    ];
    var ListInventoryEntries$ = [
      9,
      n0,
      _LIE,
      0,
      () => ListInventoryEntriesRequest$,
      () => ListInventoryEntriesResult$
    ];
    var ListNodes$ = [
      9,
      n0,
      _LN,
      0,
      () => ListNodesRequest$,
      () => ListNodesResult$
    ];
    var ListNodesSummary$ = [
      9,
      n0,
      _LNS,
      0,
      () => ListNodesSummaryRequest$,
      () => ListNodesSummaryResult$
    ];
    var ListOpsItemEvents$ = [
      9,
      n0,
      _LOIE,
      0,
      () => ListOpsItemEventsRequest$,
      () => ListOpsItemEventsResponse$
    ];
    var ListOpsItemRelatedItems$ = [
      9,
      n0,
      _LOIRI,
      0,
      () => ListOpsItemRelatedItemsRequest$,
      () => ListOpsItemRelatedItemsResponse$
    ];
    var ListOpsMetadata$ = [
      9,
      n0,
      _LOM,
      0,
      () => ListOpsMetadataRequest$,
      () => ListOpsMetadataResult$
    ];
    var ListResourceComplianceSummaries$ = [
      9,
      n0,
      _LRCS,
      0,
      () => ListResourceComplianceSummariesRequest$,
      () => ListResourceComplianceSummariesResult$
    ];
    var ListResourceDataSync$ = [
      9,
      n0,
      _LRDS,
      0,
      () => ListResourceDataSyncRequest$,
      () => ListResourceDataSyncResult$
    ];
    var ListTagsForResource$ = [
      9,
      n0,
      _LTFR,
      0,
      () => ListTagsForResourceRequest$,
      () => ListTagsForResourceResult$
    ];
    var ModifyDocumentPermission$ = [
      9,
      n0,
      _MDP,
      0,
      () => ModifyDocumentPermissionRequest$,
      () => ModifyDocumentPermissionResponse$
    ];
    var PutComplianceItems$ = [
      9,
      n0,
      _PCI,
      0,
      () => PutComplianceItemsRequest$,
      () => PutComplianceItemsResult$
    ];
    var PutInventory$ = [
      9,
      n0,
      _PIu,
      0,
      () => PutInventoryRequest$,
      () => PutInventoryResult$
    ];
    var PutParameter$ = [
      9,
      n0,
      _PP,
      0,
      () => PutParameterRequest$,
      () => PutParameterResult$
    ];
    var PutResourcePolicy$ = [
      9,
      n0,
      _PRP,
      0,
      () => PutResourcePolicyRequest$,
      () => PutResourcePolicyResponse$
    ];
    var RegisterDefaultHostManagementConfiguration$ = [
      9,
      n0,
      _RDHMC,
      2,
      () => RegisterDefaultHostManagementConfigurationRequest$,
      () => RegisterDefaultHostManagementConfigurationResult$
    ];
    var RegisterDefaultPatchBaseline$ = [
      9,
      n0,
      _RDPB,
      0,
      () => RegisterDefaultPatchBaselineRequest$,
      () => RegisterDefaultPatchBaselineResult$
    ];
    var RegisterPatchBaselineForPatchGroup$ = [
      9,
      n0,
      _RPBFPG,
      0,
      () => RegisterPatchBaselineForPatchGroupRequest$,
      () => RegisterPatchBaselineForPatchGroupResult$
    ];
    var RegisterTargetWithMaintenanceWindow$ = [
      9,
      n0,
      _RTWMW,
      0,
      () => RegisterTargetWithMaintenanceWindowRequest$,
      () => RegisterTargetWithMaintenanceWindowResult$
    ];
    var RegisterTaskWithMaintenanceWindow$ = [
      9,
      n0,
      _RTWMWe,
      0,
      () => RegisterTaskWithMaintenanceWindowRequest$,
      () => RegisterTaskWithMaintenanceWindowResult$
    ];
    var RemoveTagsFromResource$ = [
      9,
      n0,
      _RTFR,
      0,
      () => RemoveTagsFromResourceRequest$,
      () => RemoveTagsFromResourceResult$
    ];
    var ResetServiceSetting$ = [
      9,
      n0,
      _RSS,
      0,
      () => ResetServiceSettingRequest$,
      () => ResetServiceSettingResult$
    ];
    var ResumeSession$ = [
      9,
      n0,
      _RSe,
      0,
      () => ResumeSessionRequest$,
      () => ResumeSessionResponse$
    ];
    var SendAutomationSignal$ = [
      9,
      n0,
      _SAS,
      0,
      () => SendAutomationSignalRequest$,
      () => SendAutomationSignalResult$
    ];
    var SendCommand$ = [
      9,
      n0,
      _SCe,
      0,
      () => SendCommandRequest$,
      () => SendCommandResult$
    ];
    var StartAccessRequest$ = [
      9,
      n0,
      _SAR,
      0,
      () => StartAccessRequestRequest$,
      () => StartAccessRequestResponse$
    ];
    var StartAssociationsOnce$ = [
      9,
      n0,
      _SAO,
      0,
      () => StartAssociationsOnceRequest$,
      () => StartAssociationsOnceResult$
    ];
    var StartAutomationExecution$ = [
      9,
      n0,
      _SAEt,
      0,
      () => StartAutomationExecutionRequest$,
      () => StartAutomationExecutionResult$
    ];
    var StartChangeRequestExecution$ = [
      9,
      n0,
      _SCRE,
      0,
      () => StartChangeRequestExecutionRequest$,
      () => StartChangeRequestExecutionResult$
    ];
    var StartExecutionPreview$ = [
      9,
      n0,
      _SEP,
      0,
      () => StartExecutionPreviewRequest$,
      () => StartExecutionPreviewResponse$
    ];
    var StartSession$ = [
      9,
      n0,
      _SSta,
      0,
      () => StartSessionRequest$,
      () => StartSessionResponse$
    ];
    var StopAutomationExecution$ = [
      9,
      n0,
      _SAEto,
      0,
      () => StopAutomationExecutionRequest$,
      () => StopAutomationExecutionResult$
    ];
    var TerminateSession$ = [
      9,
      n0,
      _TSe,
      0,
      () => TerminateSessionRequest$,
      () => TerminateSessionResponse$
    ];
    var UnlabelParameterVersion$ = [
      9,
      n0,
      _UPV,
      0,
      () => UnlabelParameterVersionRequest$,
      () => UnlabelParameterVersionResult$
    ];
    var UpdateAssociation$ = [
      9,
      n0,
      _UAp,
      0,
      () => UpdateAssociationRequest$,
      () => UpdateAssociationResult$
    ];
    var UpdateAssociationStatus$ = [
      9,
      n0,
      _UAS,
      0,
      () => UpdateAssociationStatusRequest$,
      () => UpdateAssociationStatusResult$
    ];
    var UpdateCloudConnector$ = [
      9,
      n0,
      _UCC,
      0,
      () => UpdateCloudConnectorRequest$,
      () => UpdateCloudConnectorResult$
    ];
    var UpdateDocument$ = [
      9,
      n0,
      _UD,
      0,
      () => UpdateDocumentRequest$,
      () => UpdateDocumentResult$
    ];
    var UpdateDocumentDefaultVersion$ = [
      9,
      n0,
      _UDDV,
      0,
      () => UpdateDocumentDefaultVersionRequest$,
      () => UpdateDocumentDefaultVersionResult$
    ];
    var UpdateDocumentMetadata$ = [
      9,
      n0,
      _UDM,
      0,
      () => UpdateDocumentMetadataRequest$,
      () => UpdateDocumentMetadataResponse$
    ];
    var UpdateMaintenanceWindow$ = [
      9,
      n0,
      _UMW,
      0,
      () => UpdateMaintenanceWindowRequest$,
      () => UpdateMaintenanceWindowResult$
    ];
    var UpdateMaintenanceWindowTarget$ = [
      9,
      n0,
      _UMWT,
      0,
      () => UpdateMaintenanceWindowTargetRequest$,
      () => UpdateMaintenanceWindowTargetResult$
    ];
    var UpdateMaintenanceWindowTask$ = [
      9,
      n0,
      _UMWTp,
      0,
      () => UpdateMaintenanceWindowTaskRequest$,
      () => UpdateMaintenanceWindowTaskResult$
    ];
    var UpdateManagedInstanceRole$ = [
      9,
      n0,
      _UMIR,
      0,
      () => UpdateManagedInstanceRoleRequest$,
      () => UpdateManagedInstanceRoleResult$
    ];
    var UpdateOpsItem$ = [
      9,
      n0,
      _UOI,
      0,
      () => UpdateOpsItemRequest$,
      () => UpdateOpsItemResponse$
    ];
    var UpdateOpsMetadata$ = [
      9,
      n0,
      _UOM,
      0,
      () => UpdateOpsMetadataRequest$,
      () => UpdateOpsMetadataResult$
    ];
    var UpdatePatchBaseline$ = [
      9,
      n0,
      _UPB,
      0,
      () => UpdatePatchBaselineRequest$,
      () => UpdatePatchBaselineResult$
    ];
    var UpdateResourceDataSync$ = [
      9,
      n0,
      _URDS,
      0,
      () => UpdateResourceDataSyncRequest$,
      () => UpdateResourceDataSyncResult$
    ];
    var UpdateServiceSetting$ = [
      9,
      n0,
      _USS,
      0,
      () => UpdateServiceSettingRequest$,
      () => UpdateServiceSettingResult$
    ];
    var ValidateCloudConnector$ = [
      9,
      n0,
      _VCC,
      0,
      () => ValidateCloudConnectorRequest$,
      () => ValidateCloudConnectorResult$
    ];
    var getRuntimeConfig$1 = (config) => {
      return {
        apiVersion: "2014-11-06",
        base64Decoder: config?.base64Decoder ?? fromBase64,
        base64Encoder: config?.base64Encoder ?? toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultSSMHttpAuthSchemeProvider,
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
          defaultNamespace: "com.amazonaws.ssm",
          errorTypeRegistries,
          xmlNamespace: "http://ssm.amazonaws.com/doc/2014-11-06/",
          version: "2014-11-06",
          serviceTarget: "AmazonSSM"
        },
        serviceId: config?.serviceId ?? "SSM",
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
        defaultSocketTimeout: getDefaultSocketTimeout(config?.requestHandler, 9e5),
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
    var SSMClient = class extends Client {
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
          httpAuthSchemeParametersProvider: defaultSSMHttpAuthSchemeParametersProvider,
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
    var command = makeBuilder(commonParams, "AmazonSSM", "SSMClient", getEndpointPlugin);
    var _ep0 = {};
    var _mw0 = (Command, cs, config, o) => [];
    var AddTagsToResourceCommand = class extends command(_ep0, _mw0, "AddTagsToResource", AddTagsToResource$) {
    };
    var AssociateOpsItemRelatedItemCommand = class extends command(_ep0, _mw0, "AssociateOpsItemRelatedItem", AssociateOpsItemRelatedItem$) {
    };
    var CancelCommandCommand = class extends command(_ep0, _mw0, "CancelCommand", CancelCommand$) {
    };
    var CancelMaintenanceWindowExecutionCommand = class extends command(_ep0, _mw0, "CancelMaintenanceWindowExecution", CancelMaintenanceWindowExecution$) {
    };
    var CreateActivationCommand = class extends command(_ep0, _mw0, "CreateActivation", CreateActivation$) {
    };
    var CreateAssociationBatchCommand = class extends command(_ep0, _mw0, "CreateAssociationBatch", CreateAssociationBatch$) {
    };
    var CreateAssociationCommand = class extends command(_ep0, _mw0, "CreateAssociation", CreateAssociation$) {
    };
    var CreateCloudConnectorCommand = class extends command(_ep0, _mw0, "CreateCloudConnector", CreateCloudConnector$) {
    };
    var CreateDocumentCommand = class extends command(_ep0, _mw0, "CreateDocument", CreateDocument$) {
    };
    var CreateMaintenanceWindowCommand = class extends command(_ep0, _mw0, "CreateMaintenanceWindow", CreateMaintenanceWindow$) {
    };
    var CreateOpsItemCommand = class extends command(_ep0, _mw0, "CreateOpsItem", CreateOpsItem$) {
    };
    var CreateOpsMetadataCommand = class extends command(_ep0, _mw0, "CreateOpsMetadata", CreateOpsMetadata$) {
    };
    var CreatePatchBaselineCommand = class extends command(_ep0, _mw0, "CreatePatchBaseline", CreatePatchBaseline$) {
    };
    var CreateResourceDataSyncCommand = class extends command(_ep0, _mw0, "CreateResourceDataSync", CreateResourceDataSync$) {
    };
    var DeleteActivationCommand = class extends command(_ep0, _mw0, "DeleteActivation", DeleteActivation$) {
    };
    var DeleteAssociationCommand = class extends command(_ep0, _mw0, "DeleteAssociation", DeleteAssociation$) {
    };
    var DeleteCloudConnectorCommand = class extends command(_ep0, _mw0, "DeleteCloudConnector", DeleteCloudConnector$) {
    };
    var DeleteDocumentCommand = class extends command(_ep0, _mw0, "DeleteDocument", DeleteDocument$) {
    };
    var DeleteInventoryCommand = class extends command(_ep0, _mw0, "DeleteInventory", DeleteInventory$) {
    };
    var DeleteMaintenanceWindowCommand = class extends command(_ep0, _mw0, "DeleteMaintenanceWindow", DeleteMaintenanceWindow$) {
    };
    var DeleteOpsItemCommand = class extends command(_ep0, _mw0, "DeleteOpsItem", DeleteOpsItem$) {
    };
    var DeleteOpsMetadataCommand = class extends command(_ep0, _mw0, "DeleteOpsMetadata", DeleteOpsMetadata$) {
    };
    var DeleteParameterCommand = class extends command(_ep0, _mw0, "DeleteParameter", DeleteParameter$) {
    };
    var DeleteParametersCommand = class extends command(_ep0, _mw0, "DeleteParameters", DeleteParameters$) {
    };
    var DeletePatchBaselineCommand = class extends command(_ep0, _mw0, "DeletePatchBaseline", DeletePatchBaseline$) {
    };
    var DeleteResourceDataSyncCommand = class extends command(_ep0, _mw0, "DeleteResourceDataSync", DeleteResourceDataSync$) {
    };
    var DeleteResourcePolicyCommand = class extends command(_ep0, _mw0, "DeleteResourcePolicy", DeleteResourcePolicy$) {
    };
    var DeregisterDefaultHostManagementConfigurationCommand = class extends command(_ep0, _mw0, "DeregisterDefaultHostManagementConfiguration", DeregisterDefaultHostManagementConfiguration$) {
    };
    var DeregisterManagedInstanceCommand = class extends command(_ep0, _mw0, "DeregisterManagedInstance", DeregisterManagedInstance$) {
    };
    var DeregisterPatchBaselineForPatchGroupCommand = class extends command(_ep0, _mw0, "DeregisterPatchBaselineForPatchGroup", DeregisterPatchBaselineForPatchGroup$) {
    };
    var DeregisterTargetFromMaintenanceWindowCommand = class extends command(_ep0, _mw0, "DeregisterTargetFromMaintenanceWindow", DeregisterTargetFromMaintenanceWindow$) {
    };
    var DeregisterTaskFromMaintenanceWindowCommand = class extends command(_ep0, _mw0, "DeregisterTaskFromMaintenanceWindow", DeregisterTaskFromMaintenanceWindow$) {
    };
    var DescribeActivationsCommand = class extends command(_ep0, _mw0, "DescribeActivations", DescribeActivations$) {
    };
    var DescribeAssociationCommand = class extends command(_ep0, _mw0, "DescribeAssociation", DescribeAssociation$) {
    };
    var DescribeAssociationExecutionsCommand = class extends command(_ep0, _mw0, "DescribeAssociationExecutions", DescribeAssociationExecutions$) {
    };
    var DescribeAssociationExecutionTargetsCommand = class extends command(_ep0, _mw0, "DescribeAssociationExecutionTargets", DescribeAssociationExecutionTargets$) {
    };
    var DescribeAutomationExecutionsCommand = class extends command(_ep0, _mw0, "DescribeAutomationExecutions", DescribeAutomationExecutions$) {
    };
    var DescribeAutomationStepExecutionsCommand = class extends command(_ep0, _mw0, "DescribeAutomationStepExecutions", DescribeAutomationStepExecutions$) {
    };
    var DescribeAvailablePatchesCommand = class extends command(_ep0, _mw0, "DescribeAvailablePatches", DescribeAvailablePatches$) {
    };
    var DescribeDocumentCommand = class extends command(_ep0, _mw0, "DescribeDocument", DescribeDocument$) {
    };
    var DescribeDocumentPermissionCommand = class extends command(_ep0, _mw0, "DescribeDocumentPermission", DescribeDocumentPermission$) {
    };
    var DescribeEffectiveInstanceAssociationsCommand = class extends command(_ep0, _mw0, "DescribeEffectiveInstanceAssociations", DescribeEffectiveInstanceAssociations$) {
    };
    var DescribeEffectivePatchesForPatchBaselineCommand = class extends command(_ep0, _mw0, "DescribeEffectivePatchesForPatchBaseline", DescribeEffectivePatchesForPatchBaseline$) {
    };
    var DescribeInstanceAssociationsStatusCommand = class extends command(_ep0, _mw0, "DescribeInstanceAssociationsStatus", DescribeInstanceAssociationsStatus$) {
    };
    var DescribeInstanceInformationCommand = class extends command(_ep0, _mw0, "DescribeInstanceInformation", DescribeInstanceInformation$) {
    };
    var DescribeInstancePatchesCommand = class extends command(_ep0, _mw0, "DescribeInstancePatches", DescribeInstancePatches$) {
    };
    var DescribeInstancePatchStatesCommand = class extends command(_ep0, _mw0, "DescribeInstancePatchStates", DescribeInstancePatchStates$) {
    };
    var DescribeInstancePatchStatesForPatchGroupCommand = class extends command(_ep0, _mw0, "DescribeInstancePatchStatesForPatchGroup", DescribeInstancePatchStatesForPatchGroup$) {
    };
    var DescribeInstancePropertiesCommand = class extends command(_ep0, _mw0, "DescribeInstanceProperties", DescribeInstanceProperties$) {
    };
    var DescribeInventoryDeletionsCommand = class extends command(_ep0, _mw0, "DescribeInventoryDeletions", DescribeInventoryDeletions$) {
    };
    var DescribeMaintenanceWindowExecutionsCommand = class extends command(_ep0, _mw0, "DescribeMaintenanceWindowExecutions", DescribeMaintenanceWindowExecutions$) {
    };
    var DescribeMaintenanceWindowExecutionTaskInvocationsCommand = class extends command(_ep0, _mw0, "DescribeMaintenanceWindowExecutionTaskInvocations", DescribeMaintenanceWindowExecutionTaskInvocations$) {
    };
    var DescribeMaintenanceWindowExecutionTasksCommand = class extends command(_ep0, _mw0, "DescribeMaintenanceWindowExecutionTasks", DescribeMaintenanceWindowExecutionTasks$) {
    };
    var DescribeMaintenanceWindowScheduleCommand = class extends command(_ep0, _mw0, "DescribeMaintenanceWindowSchedule", DescribeMaintenanceWindowSchedule$) {
    };
    var DescribeMaintenanceWindowsCommand = class extends command(_ep0, _mw0, "DescribeMaintenanceWindows", DescribeMaintenanceWindows$) {
    };
    var DescribeMaintenanceWindowsForTargetCommand = class extends command(_ep0, _mw0, "DescribeMaintenanceWindowsForTarget", DescribeMaintenanceWindowsForTarget$) {
    };
    var DescribeMaintenanceWindowTargetsCommand = class extends command(_ep0, _mw0, "DescribeMaintenanceWindowTargets", DescribeMaintenanceWindowTargets$) {
    };
    var DescribeMaintenanceWindowTasksCommand = class extends command(_ep0, _mw0, "DescribeMaintenanceWindowTasks", DescribeMaintenanceWindowTasks$) {
    };
    var DescribeOpsItemsCommand = class extends command(_ep0, _mw0, "DescribeOpsItems", DescribeOpsItems$) {
    };
    var DescribeParametersCommand = class extends command(_ep0, _mw0, "DescribeParameters", DescribeParameters$) {
    };
    var DescribePatchBaselinesCommand = class extends command(_ep0, _mw0, "DescribePatchBaselines", DescribePatchBaselines$) {
    };
    var DescribePatchGroupsCommand = class extends command(_ep0, _mw0, "DescribePatchGroups", DescribePatchGroups$) {
    };
    var DescribePatchGroupStateCommand = class extends command(_ep0, _mw0, "DescribePatchGroupState", DescribePatchGroupState$) {
    };
    var DescribePatchPropertiesCommand = class extends command(_ep0, _mw0, "DescribePatchProperties", DescribePatchProperties$) {
    };
    var DescribeSessionsCommand = class extends command(_ep0, _mw0, "DescribeSessions", DescribeSessions$) {
    };
    var DisassociateOpsItemRelatedItemCommand = class extends command(_ep0, _mw0, "DisassociateOpsItemRelatedItem", DisassociateOpsItemRelatedItem$) {
    };
    var GetAccessTokenCommand = class extends command(_ep0, _mw0, "GetAccessToken", GetAccessToken$) {
    };
    var GetAutomationExecutionCommand = class extends command(_ep0, _mw0, "GetAutomationExecution", GetAutomationExecution$) {
    };
    var GetCalendarStateCommand = class extends command(_ep0, _mw0, "GetCalendarState", GetCalendarState$) {
    };
    var GetCloudConnectorCommand = class extends command(_ep0, _mw0, "GetCloudConnector", GetCloudConnector$) {
    };
    var GetCommandInvocationCommand = class extends command(_ep0, _mw0, "GetCommandInvocation", GetCommandInvocation$) {
    };
    var GetConnectionStatusCommand = class extends command(_ep0, _mw0, "GetConnectionStatus", GetConnectionStatus$) {
    };
    var GetDefaultPatchBaselineCommand = class extends command(_ep0, _mw0, "GetDefaultPatchBaseline", GetDefaultPatchBaseline$) {
    };
    var GetDeployablePatchSnapshotForInstanceCommand = class extends command(_ep0, _mw0, "GetDeployablePatchSnapshotForInstance", GetDeployablePatchSnapshotForInstance$) {
    };
    var GetDocumentCommand = class extends command(_ep0, _mw0, "GetDocument", GetDocument$) {
    };
    var GetExecutionPreviewCommand = class extends command(_ep0, _mw0, "GetExecutionPreview", GetExecutionPreview$) {
    };
    var GetInventoryCommand = class extends command(_ep0, _mw0, "GetInventory", GetInventory$) {
    };
    var GetInventorySchemaCommand = class extends command(_ep0, _mw0, "GetInventorySchema", GetInventorySchema$) {
    };
    var GetMaintenanceWindowCommand = class extends command(_ep0, _mw0, "GetMaintenanceWindow", GetMaintenanceWindow$) {
    };
    var GetMaintenanceWindowExecutionCommand = class extends command(_ep0, _mw0, "GetMaintenanceWindowExecution", GetMaintenanceWindowExecution$) {
    };
    var GetMaintenanceWindowExecutionTaskCommand = class extends command(_ep0, _mw0, "GetMaintenanceWindowExecutionTask", GetMaintenanceWindowExecutionTask$) {
    };
    var GetMaintenanceWindowExecutionTaskInvocationCommand = class extends command(_ep0, _mw0, "GetMaintenanceWindowExecutionTaskInvocation", GetMaintenanceWindowExecutionTaskInvocation$) {
    };
    var GetMaintenanceWindowTaskCommand = class extends command(_ep0, _mw0, "GetMaintenanceWindowTask", GetMaintenanceWindowTask$) {
    };
    var GetOpsItemCommand = class extends command(_ep0, _mw0, "GetOpsItem", GetOpsItem$) {
    };
    var GetOpsMetadataCommand = class extends command(_ep0, _mw0, "GetOpsMetadata", GetOpsMetadata$) {
    };
    var GetOpsSummaryCommand = class extends command(_ep0, _mw0, "GetOpsSummary", GetOpsSummary$) {
    };
    var GetParameterCommand = class extends command(_ep0, _mw0, "GetParameter", GetParameter$) {
    };
    var GetParameterHistoryCommand = class extends command(_ep0, _mw0, "GetParameterHistory", GetParameterHistory$) {
    };
    var GetParametersByPathCommand = class extends command(_ep0, _mw0, "GetParametersByPath", GetParametersByPath$) {
    };
    var GetParametersCommand = class extends command(_ep0, _mw0, "GetParameters", GetParameters$) {
    };
    var GetPatchBaselineCommand = class extends command(_ep0, _mw0, "GetPatchBaseline", GetPatchBaseline$) {
    };
    var GetPatchBaselineForPatchGroupCommand = class extends command(_ep0, _mw0, "GetPatchBaselineForPatchGroup", GetPatchBaselineForPatchGroup$) {
    };
    var GetResourcePoliciesCommand = class extends command(_ep0, _mw0, "GetResourcePolicies", GetResourcePolicies$) {
    };
    var GetServiceSettingCommand = class extends command(_ep0, _mw0, "GetServiceSetting", GetServiceSetting$) {
    };
    var LabelParameterVersionCommand = class extends command(_ep0, _mw0, "LabelParameterVersion", LabelParameterVersion$) {
    };
    var ListAssociationsCommand = class extends command(_ep0, _mw0, "ListAssociations", ListAssociations$) {
    };
    var ListAssociationVersionsCommand = class extends command(_ep0, _mw0, "ListAssociationVersions", ListAssociationVersions$) {
    };
    var ListCloudConnectorsCommand = class extends command(_ep0, _mw0, "ListCloudConnectors", ListCloudConnectors$) {
    };
    var ListCommandInvocationsCommand = class extends command(_ep0, _mw0, "ListCommandInvocations", ListCommandInvocations$) {
    };
    var ListCommandsCommand = class extends command(_ep0, _mw0, "ListCommands", ListCommands$) {
    };
    var ListComplianceItemsCommand = class extends command(_ep0, _mw0, "ListComplianceItems", ListComplianceItems$) {
    };
    var ListComplianceSummariesCommand = class extends command(_ep0, _mw0, "ListComplianceSummaries", ListComplianceSummaries$) {
    };
    var ListDocumentMetadataHistoryCommand = class extends command(_ep0, _mw0, "ListDocumentMetadataHistory", ListDocumentMetadataHistory$) {
    };
    var ListDocumentsCommand = class extends command(_ep0, _mw0, "ListDocuments", ListDocuments$) {
    };
    var ListDocumentVersionsCommand = class extends command(_ep0, _mw0, "ListDocumentVersions", ListDocumentVersions$) {
    };
    var ListInventoryEntriesCommand = class extends command(_ep0, _mw0, "ListInventoryEntries", ListInventoryEntries$) {
    };
    var ListNodesCommand = class extends command(_ep0, _mw0, "ListNodes", ListNodes$) {
    };
    var ListNodesSummaryCommand = class extends command(_ep0, _mw0, "ListNodesSummary", ListNodesSummary$) {
    };
    var ListOpsItemEventsCommand = class extends command(_ep0, _mw0, "ListOpsItemEvents", ListOpsItemEvents$) {
    };
    var ListOpsItemRelatedItemsCommand = class extends command(_ep0, _mw0, "ListOpsItemRelatedItems", ListOpsItemRelatedItems$) {
    };
    var ListOpsMetadataCommand = class extends command(_ep0, _mw0, "ListOpsMetadata", ListOpsMetadata$) {
    };
    var ListResourceComplianceSummariesCommand = class extends command(_ep0, _mw0, "ListResourceComplianceSummaries", ListResourceComplianceSummaries$) {
    };
    var ListResourceDataSyncCommand = class extends command(_ep0, _mw0, "ListResourceDataSync", ListResourceDataSync$) {
    };
    var ListTagsForResourceCommand = class extends command(_ep0, _mw0, "ListTagsForResource", ListTagsForResource$) {
    };
    var ModifyDocumentPermissionCommand = class extends command(_ep0, _mw0, "ModifyDocumentPermission", ModifyDocumentPermission$) {
    };
    var PutComplianceItemsCommand = class extends command(_ep0, _mw0, "PutComplianceItems", PutComplianceItems$) {
    };
    var PutInventoryCommand = class extends command(_ep0, _mw0, "PutInventory", PutInventory$) {
    };
    var PutParameterCommand = class extends command(_ep0, _mw0, "PutParameter", PutParameter$) {
    };
    var PutResourcePolicyCommand = class extends command(_ep0, _mw0, "PutResourcePolicy", PutResourcePolicy$) {
    };
    var RegisterDefaultHostManagementConfigurationCommand = class extends command(_ep0, _mw0, "RegisterDefaultHostManagementConfiguration", RegisterDefaultHostManagementConfiguration$) {
    };
    var RegisterDefaultPatchBaselineCommand = class extends command(_ep0, _mw0, "RegisterDefaultPatchBaseline", RegisterDefaultPatchBaseline$) {
    };
    var RegisterPatchBaselineForPatchGroupCommand = class extends command(_ep0, _mw0, "RegisterPatchBaselineForPatchGroup", RegisterPatchBaselineForPatchGroup$) {
    };
    var RegisterTargetWithMaintenanceWindowCommand = class extends command(_ep0, _mw0, "RegisterTargetWithMaintenanceWindow", RegisterTargetWithMaintenanceWindow$) {
    };
    var RegisterTaskWithMaintenanceWindowCommand = class extends command(_ep0, _mw0, "RegisterTaskWithMaintenanceWindow", RegisterTaskWithMaintenanceWindow$) {
    };
    var RemoveTagsFromResourceCommand = class extends command(_ep0, _mw0, "RemoveTagsFromResource", RemoveTagsFromResource$) {
    };
    var ResetServiceSettingCommand = class extends command(_ep0, _mw0, "ResetServiceSetting", ResetServiceSetting$) {
    };
    var ResumeSessionCommand = class extends command(_ep0, _mw0, "ResumeSession", ResumeSession$) {
    };
    var SendAutomationSignalCommand = class extends command(_ep0, _mw0, "SendAutomationSignal", SendAutomationSignal$) {
    };
    var SendCommandCommand = class extends command(_ep0, _mw0, "SendCommand", SendCommand$) {
    };
    var StartAccessRequestCommand = class extends command(_ep0, _mw0, "StartAccessRequest", StartAccessRequest$) {
    };
    var StartAssociationsOnceCommand = class extends command(_ep0, _mw0, "StartAssociationsOnce", StartAssociationsOnce$) {
    };
    var StartAutomationExecutionCommand = class extends command(_ep0, _mw0, "StartAutomationExecution", StartAutomationExecution$) {
    };
    var StartChangeRequestExecutionCommand = class extends command(_ep0, _mw0, "StartChangeRequestExecution", StartChangeRequestExecution$) {
    };
    var StartExecutionPreviewCommand = class extends command(_ep0, _mw0, "StartExecutionPreview", StartExecutionPreview$) {
    };
    var StartSessionCommand = class extends command(_ep0, _mw0, "StartSession", StartSession$) {
    };
    var StopAutomationExecutionCommand = class extends command(_ep0, _mw0, "StopAutomationExecution", StopAutomationExecution$) {
    };
    var TerminateSessionCommand = class extends command(_ep0, _mw0, "TerminateSession", TerminateSession$) {
    };
    var UnlabelParameterVersionCommand = class extends command(_ep0, _mw0, "UnlabelParameterVersion", UnlabelParameterVersion$) {
    };
    var UpdateAssociationCommand = class extends command(_ep0, _mw0, "UpdateAssociation", UpdateAssociation$) {
    };
    var UpdateAssociationStatusCommand = class extends command(_ep0, _mw0, "UpdateAssociationStatus", UpdateAssociationStatus$) {
    };
    var UpdateCloudConnectorCommand = class extends command(_ep0, _mw0, "UpdateCloudConnector", UpdateCloudConnector$) {
    };
    var UpdateDocumentCommand = class extends command(_ep0, _mw0, "UpdateDocument", UpdateDocument$) {
    };
    var UpdateDocumentDefaultVersionCommand = class extends command(_ep0, _mw0, "UpdateDocumentDefaultVersion", UpdateDocumentDefaultVersion$) {
    };
    var UpdateDocumentMetadataCommand = class extends command(_ep0, _mw0, "UpdateDocumentMetadata", UpdateDocumentMetadata$) {
    };
    var UpdateMaintenanceWindowCommand = class extends command(_ep0, _mw0, "UpdateMaintenanceWindow", UpdateMaintenanceWindow$) {
    };
    var UpdateMaintenanceWindowTargetCommand = class extends command(_ep0, _mw0, "UpdateMaintenanceWindowTarget", UpdateMaintenanceWindowTarget$) {
    };
    var UpdateMaintenanceWindowTaskCommand = class extends command(_ep0, _mw0, "UpdateMaintenanceWindowTask", UpdateMaintenanceWindowTask$) {
    };
    var UpdateManagedInstanceRoleCommand = class extends command(_ep0, _mw0, "UpdateManagedInstanceRole", UpdateManagedInstanceRole$) {
    };
    var UpdateOpsItemCommand = class extends command(_ep0, _mw0, "UpdateOpsItem", UpdateOpsItem$) {
    };
    var UpdateOpsMetadataCommand = class extends command(_ep0, _mw0, "UpdateOpsMetadata", UpdateOpsMetadata$) {
    };
    var UpdatePatchBaselineCommand = class extends command(_ep0, _mw0, "UpdatePatchBaseline", UpdatePatchBaseline$) {
    };
    var UpdateResourceDataSyncCommand = class extends command(_ep0, _mw0, "UpdateResourceDataSync", UpdateResourceDataSync$) {
    };
    var UpdateServiceSettingCommand = class extends command(_ep0, _mw0, "UpdateServiceSetting", UpdateServiceSetting$) {
    };
    var ValidateCloudConnectorCommand = class extends command(_ep0, _mw0, "ValidateCloudConnector", ValidateCloudConnector$) {
    };
    var paginateDescribeActivations = createPaginator(SSMClient, DescribeActivationsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeAssociationExecutions = createPaginator(SSMClient, DescribeAssociationExecutionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeAssociationExecutionTargets = createPaginator(SSMClient, DescribeAssociationExecutionTargetsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeAutomationExecutions = createPaginator(SSMClient, DescribeAutomationExecutionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeAutomationStepExecutions = createPaginator(SSMClient, DescribeAutomationStepExecutionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeAvailablePatches = createPaginator(SSMClient, DescribeAvailablePatchesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeEffectiveInstanceAssociations = createPaginator(SSMClient, DescribeEffectiveInstanceAssociationsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeEffectivePatchesForPatchBaseline = createPaginator(SSMClient, DescribeEffectivePatchesForPatchBaselineCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeInstanceAssociationsStatus = createPaginator(SSMClient, DescribeInstanceAssociationsStatusCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeInstanceInformation = createPaginator(SSMClient, DescribeInstanceInformationCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeInstancePatches = createPaginator(SSMClient, DescribeInstancePatchesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeInstancePatchStatesForPatchGroup = createPaginator(SSMClient, DescribeInstancePatchStatesForPatchGroupCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeInstancePatchStates = createPaginator(SSMClient, DescribeInstancePatchStatesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeInstanceProperties = createPaginator(SSMClient, DescribeInstancePropertiesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeInventoryDeletions = createPaginator(SSMClient, DescribeInventoryDeletionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeMaintenanceWindowExecutions = createPaginator(SSMClient, DescribeMaintenanceWindowExecutionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeMaintenanceWindowExecutionTaskInvocations = createPaginator(SSMClient, DescribeMaintenanceWindowExecutionTaskInvocationsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeMaintenanceWindowExecutionTasks = createPaginator(SSMClient, DescribeMaintenanceWindowExecutionTasksCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeMaintenanceWindowSchedule = createPaginator(SSMClient, DescribeMaintenanceWindowScheduleCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeMaintenanceWindowsForTarget = createPaginator(SSMClient, DescribeMaintenanceWindowsForTargetCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeMaintenanceWindows = createPaginator(SSMClient, DescribeMaintenanceWindowsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeMaintenanceWindowTargets = createPaginator(SSMClient, DescribeMaintenanceWindowTargetsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeMaintenanceWindowTasks = createPaginator(SSMClient, DescribeMaintenanceWindowTasksCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeOpsItems = createPaginator(SSMClient, DescribeOpsItemsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeParameters = createPaginator(SSMClient, DescribeParametersCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribePatchBaselines = createPaginator(SSMClient, DescribePatchBaselinesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribePatchGroups = createPaginator(SSMClient, DescribePatchGroupsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribePatchProperties = createPaginator(SSMClient, DescribePatchPropertiesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateDescribeSessions = createPaginator(SSMClient, DescribeSessionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetInventory = createPaginator(SSMClient, GetInventoryCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetInventorySchema = createPaginator(SSMClient, GetInventorySchemaCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetOpsSummary = createPaginator(SSMClient, GetOpsSummaryCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetParameterHistory = createPaginator(SSMClient, GetParameterHistoryCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetParametersByPath = createPaginator(SSMClient, GetParametersByPathCommand, "NextToken", "NextToken", "MaxResults");
    var paginateGetResourcePolicies = createPaginator(SSMClient, GetResourcePoliciesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAssociations = createPaginator(SSMClient, ListAssociationsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListAssociationVersions = createPaginator(SSMClient, ListAssociationVersionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListCloudConnectors = createPaginator(SSMClient, ListCloudConnectorsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListCommandInvocations = createPaginator(SSMClient, ListCommandInvocationsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListCommands = createPaginator(SSMClient, ListCommandsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListComplianceItems = createPaginator(SSMClient, ListComplianceItemsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListComplianceSummaries = createPaginator(SSMClient, ListComplianceSummariesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDocuments = createPaginator(SSMClient, ListDocumentsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListDocumentVersions = createPaginator(SSMClient, ListDocumentVersionsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListNodes = createPaginator(SSMClient, ListNodesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListNodesSummary = createPaginator(SSMClient, ListNodesSummaryCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListOpsItemEvents = createPaginator(SSMClient, ListOpsItemEventsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListOpsItemRelatedItems = createPaginator(SSMClient, ListOpsItemRelatedItemsCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListOpsMetadata = createPaginator(SSMClient, ListOpsMetadataCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListResourceComplianceSummaries = createPaginator(SSMClient, ListResourceComplianceSummariesCommand, "NextToken", "NextToken", "MaxResults");
    var paginateListResourceDataSync = createPaginator(SSMClient, ListResourceDataSyncCommand, "NextToken", "NextToken", "MaxResults");
    var paginateValidateCloudConnector = createPaginator(SSMClient, ValidateCloudConnectorCommand, "NextToken", "NextToken", "MaxResults");
    var checkState = async (client, input) => {
      let reason;
      try {
        let result = await client.send(new GetCommandInvocationCommand(input));
        reason = result;
        try {
          const returnComparator = () => {
            return result.Status;
          };
          if (returnComparator() === "Pending") {
            return { state: WaiterState.RETRY, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.Status;
          };
          if (returnComparator() === "InProgress") {
            return { state: WaiterState.RETRY, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.Status;
          };
          if (returnComparator() === "Delayed") {
            return { state: WaiterState.RETRY, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.Status;
          };
          if (returnComparator() === "Success") {
            return { state: WaiterState.SUCCESS, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.Status;
          };
          if (returnComparator() === "Cancelled") {
            return { state: WaiterState.FAILURE, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.Status;
          };
          if (returnComparator() === "TimedOut") {
            return { state: WaiterState.FAILURE, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.Status;
          };
          if (returnComparator() === "Failed") {
            return { state: WaiterState.FAILURE, reason };
          }
        } catch (e2) {
        }
        try {
          const returnComparator = () => {
            return result.Status;
          };
          if (returnComparator() === "Cancelling") {
            return { state: WaiterState.FAILURE, reason };
          }
        } catch (e2) {
        }
      } catch (exception) {
        reason = exception;
        if (exception.name === "InvocationDoesNotExist") {
          return { state: WaiterState.RETRY, reason };
        }
      }
      return { state: WaiterState.RETRY, reason };
    };
    var waitForCommandExecuted = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      return createWaiter({ ...serviceDefaults, ...params }, input, checkState);
    };
    var waitUntilCommandExecuted = async (params, input) => {
      const serviceDefaults = { minDelay: 5, maxDelay: 120 };
      const result = await createWaiter({ ...serviceDefaults, ...params }, input, checkState);
      return checkExceptions(result);
    };
    var commands = {
      AddTagsToResourceCommand,
      AssociateOpsItemRelatedItemCommand,
      CancelCommandCommand,
      CancelMaintenanceWindowExecutionCommand,
      CreateActivationCommand,
      CreateAssociationCommand,
      CreateAssociationBatchCommand,
      CreateCloudConnectorCommand,
      CreateDocumentCommand,
      CreateMaintenanceWindowCommand,
      CreateOpsItemCommand,
      CreateOpsMetadataCommand,
      CreatePatchBaselineCommand,
      CreateResourceDataSyncCommand,
      DeleteActivationCommand,
      DeleteAssociationCommand,
      DeleteCloudConnectorCommand,
      DeleteDocumentCommand,
      DeleteInventoryCommand,
      DeleteMaintenanceWindowCommand,
      DeleteOpsItemCommand,
      DeleteOpsMetadataCommand,
      DeleteParameterCommand,
      DeleteParametersCommand,
      DeletePatchBaselineCommand,
      DeleteResourceDataSyncCommand,
      DeleteResourcePolicyCommand,
      DeregisterDefaultHostManagementConfigurationCommand,
      DeregisterManagedInstanceCommand,
      DeregisterPatchBaselineForPatchGroupCommand,
      DeregisterTargetFromMaintenanceWindowCommand,
      DeregisterTaskFromMaintenanceWindowCommand,
      DescribeActivationsCommand,
      DescribeAssociationCommand,
      DescribeAssociationExecutionsCommand,
      DescribeAssociationExecutionTargetsCommand,
      DescribeAutomationExecutionsCommand,
      DescribeAutomationStepExecutionsCommand,
      DescribeAvailablePatchesCommand,
      DescribeDocumentCommand,
      DescribeDocumentPermissionCommand,
      DescribeEffectiveInstanceAssociationsCommand,
      DescribeEffectivePatchesForPatchBaselineCommand,
      DescribeInstanceAssociationsStatusCommand,
      DescribeInstanceInformationCommand,
      DescribeInstancePatchesCommand,
      DescribeInstancePatchStatesCommand,
      DescribeInstancePatchStatesForPatchGroupCommand,
      DescribeInstancePropertiesCommand,
      DescribeInventoryDeletionsCommand,
      DescribeMaintenanceWindowExecutionsCommand,
      DescribeMaintenanceWindowExecutionTaskInvocationsCommand,
      DescribeMaintenanceWindowExecutionTasksCommand,
      DescribeMaintenanceWindowsCommand,
      DescribeMaintenanceWindowScheduleCommand,
      DescribeMaintenanceWindowsForTargetCommand,
      DescribeMaintenanceWindowTargetsCommand,
      DescribeMaintenanceWindowTasksCommand,
      DescribeOpsItemsCommand,
      DescribeParametersCommand,
      DescribePatchBaselinesCommand,
      DescribePatchGroupsCommand,
      DescribePatchGroupStateCommand,
      DescribePatchPropertiesCommand,
      DescribeSessionsCommand,
      DisassociateOpsItemRelatedItemCommand,
      GetAccessTokenCommand,
      GetAutomationExecutionCommand,
      GetCalendarStateCommand,
      GetCloudConnectorCommand,
      GetCommandInvocationCommand,
      GetConnectionStatusCommand,
      GetDefaultPatchBaselineCommand,
      GetDeployablePatchSnapshotForInstanceCommand,
      GetDocumentCommand,
      GetExecutionPreviewCommand,
      GetInventoryCommand,
      GetInventorySchemaCommand,
      GetMaintenanceWindowCommand,
      GetMaintenanceWindowExecutionCommand,
      GetMaintenanceWindowExecutionTaskCommand,
      GetMaintenanceWindowExecutionTaskInvocationCommand,
      GetMaintenanceWindowTaskCommand,
      GetOpsItemCommand,
      GetOpsMetadataCommand,
      GetOpsSummaryCommand,
      GetParameterCommand,
      GetParameterHistoryCommand,
      GetParametersCommand,
      GetParametersByPathCommand,
      GetPatchBaselineCommand,
      GetPatchBaselineForPatchGroupCommand,
      GetResourcePoliciesCommand,
      GetServiceSettingCommand,
      LabelParameterVersionCommand,
      ListAssociationsCommand,
      ListAssociationVersionsCommand,
      ListCloudConnectorsCommand,
      ListCommandInvocationsCommand,
      ListCommandsCommand,
      ListComplianceItemsCommand,
      ListComplianceSummariesCommand,
      ListDocumentMetadataHistoryCommand,
      ListDocumentsCommand,
      ListDocumentVersionsCommand,
      ListInventoryEntriesCommand,
      ListNodesCommand,
      ListNodesSummaryCommand,
      ListOpsItemEventsCommand,
      ListOpsItemRelatedItemsCommand,
      ListOpsMetadataCommand,
      ListResourceComplianceSummariesCommand,
      ListResourceDataSyncCommand,
      ListTagsForResourceCommand,
      ModifyDocumentPermissionCommand,
      PutComplianceItemsCommand,
      PutInventoryCommand,
      PutParameterCommand,
      PutResourcePolicyCommand,
      RegisterDefaultHostManagementConfigurationCommand,
      RegisterDefaultPatchBaselineCommand,
      RegisterPatchBaselineForPatchGroupCommand,
      RegisterTargetWithMaintenanceWindowCommand,
      RegisterTaskWithMaintenanceWindowCommand,
      RemoveTagsFromResourceCommand,
      ResetServiceSettingCommand,
      ResumeSessionCommand,
      SendAutomationSignalCommand,
      SendCommandCommand,
      StartAccessRequestCommand,
      StartAssociationsOnceCommand,
      StartAutomationExecutionCommand,
      StartChangeRequestExecutionCommand,
      StartExecutionPreviewCommand,
      StartSessionCommand,
      StopAutomationExecutionCommand,
      TerminateSessionCommand,
      UnlabelParameterVersionCommand,
      UpdateAssociationCommand,
      UpdateAssociationStatusCommand,
      UpdateCloudConnectorCommand,
      UpdateDocumentCommand,
      UpdateDocumentDefaultVersionCommand,
      UpdateDocumentMetadataCommand,
      UpdateMaintenanceWindowCommand,
      UpdateMaintenanceWindowTargetCommand,
      UpdateMaintenanceWindowTaskCommand,
      UpdateManagedInstanceRoleCommand,
      UpdateOpsItemCommand,
      UpdateOpsMetadataCommand,
      UpdatePatchBaselineCommand,
      UpdateResourceDataSyncCommand,
      UpdateServiceSettingCommand,
      ValidateCloudConnectorCommand
    };
    var paginators = {
      paginateDescribeActivations,
      paginateDescribeAssociationExecutions,
      paginateDescribeAssociationExecutionTargets,
      paginateDescribeAutomationExecutions,
      paginateDescribeAutomationStepExecutions,
      paginateDescribeAvailablePatches,
      paginateDescribeEffectiveInstanceAssociations,
      paginateDescribeEffectivePatchesForPatchBaseline,
      paginateDescribeInstanceAssociationsStatus,
      paginateDescribeInstanceInformation,
      paginateDescribeInstancePatches,
      paginateDescribeInstancePatchStates,
      paginateDescribeInstancePatchStatesForPatchGroup,
      paginateDescribeInstanceProperties,
      paginateDescribeInventoryDeletions,
      paginateDescribeMaintenanceWindowExecutions,
      paginateDescribeMaintenanceWindowExecutionTaskInvocations,
      paginateDescribeMaintenanceWindowExecutionTasks,
      paginateDescribeMaintenanceWindows,
      paginateDescribeMaintenanceWindowSchedule,
      paginateDescribeMaintenanceWindowsForTarget,
      paginateDescribeMaintenanceWindowTargets,
      paginateDescribeMaintenanceWindowTasks,
      paginateDescribeOpsItems,
      paginateDescribeParameters,
      paginateDescribePatchBaselines,
      paginateDescribePatchGroups,
      paginateDescribePatchProperties,
      paginateDescribeSessions,
      paginateGetInventory,
      paginateGetInventorySchema,
      paginateGetOpsSummary,
      paginateGetParameterHistory,
      paginateGetParametersByPath,
      paginateGetResourcePolicies,
      paginateListAssociations,
      paginateListAssociationVersions,
      paginateListCloudConnectors,
      paginateListCommandInvocations,
      paginateListCommands,
      paginateListComplianceItems,
      paginateListComplianceSummaries,
      paginateListDocuments,
      paginateListDocumentVersions,
      paginateListNodes,
      paginateListNodesSummary,
      paginateListOpsItemEvents,
      paginateListOpsItemRelatedItems,
      paginateListOpsMetadata,
      paginateListResourceComplianceSummaries,
      paginateListResourceDataSync,
      paginateValidateCloudConnector
    };
    var waiters = {
      waitUntilCommandExecuted
    };
    var SSM = class extends SSMClient {
    };
    createAggregatedClient(commands, SSM, { paginators, waiters });
    var AccessRequestStatus = {
      APPROVED: "Approved",
      EXPIRED: "Expired",
      PENDING: "Pending",
      REJECTED: "Rejected",
      REVOKED: "Revoked"
    };
    var AccessType = {
      JUSTINTIME: "JustInTime",
      STANDARD: "Standard"
    };
    var ResourceTypeForTagging = {
      ASSOCIATION: "Association",
      AUTOMATION: "Automation",
      CLOUD_CONNECTOR: "CloudConnector",
      DOCUMENT: "Document",
      MAINTENANCE_WINDOW: "MaintenanceWindow",
      MANAGED_INSTANCE: "ManagedInstance",
      OPSMETADATA: "OpsMetadata",
      OPS_ITEM: "OpsItem",
      PARAMETER: "Parameter",
      PATCH_BASELINE: "PatchBaseline"
    };
    var ExternalAlarmState = {
      ALARM: "ALARM",
      UNKNOWN: "UNKNOWN"
    };
    var AssociationComplianceSeverity = {
      Critical: "CRITICAL",
      High: "HIGH",
      Low: "LOW",
      Medium: "MEDIUM",
      Unspecified: "UNSPECIFIED"
    };
    var AssociationSyncCompliance = {
      Auto: "AUTO",
      Manual: "MANUAL"
    };
    var AssociationStatusName = {
      Failed: "Failed",
      Pending: "Pending",
      Success: "Success"
    };
    var Fault = {
      Client: "Client",
      Server: "Server",
      Unknown: "Unknown"
    };
    var AttachmentsSourceKey = {
      AttachmentReference: "AttachmentReference",
      S3FileUrl: "S3FileUrl",
      SourceUrl: "SourceUrl"
    };
    var DocumentFormat = {
      JSON: "JSON",
      TEXT: "TEXT",
      YAML: "YAML"
    };
    var DocumentType = {
      ApplicationConfiguration: "ApplicationConfiguration",
      ApplicationConfigurationSchema: "ApplicationConfigurationSchema",
      AutoApprovalPolicy: "AutoApprovalPolicy",
      Automation: "Automation",
      ChangeCalendar: "ChangeCalendar",
      ChangeTemplate: "Automation.ChangeTemplate",
      CloudFormation: "CloudFormation",
      Command: "Command",
      ConformancePackTemplate: "ConformancePackTemplate",
      DeploymentStrategy: "DeploymentStrategy",
      ManualApprovalPolicy: "ManualApprovalPolicy",
      Package: "Package",
      Policy: "Policy",
      ProblemAnalysis: "ProblemAnalysis",
      ProblemAnalysisTemplate: "ProblemAnalysisTemplate",
      QuickSetup: "QuickSetup",
      Session: "Session"
    };
    var DocumentHashType = {
      SHA1: "Sha1",
      SHA256: "Sha256"
    };
    var DocumentParameterType = {
      String: "String",
      StringList: "StringList"
    };
    var PlatformType = {
      LINUX: "Linux",
      MACOS: "MacOS",
      WINDOWS: "Windows"
    };
    var ReviewStatus = {
      APPROVED: "APPROVED",
      NOT_REVIEWED: "NOT_REVIEWED",
      PENDING: "PENDING",
      REJECTED: "REJECTED"
    };
    var DocumentStatus = {
      Active: "Active",
      Creating: "Creating",
      Deleting: "Deleting",
      Failed: "Failed",
      Updating: "Updating"
    };
    var OpsItemDataType = {
      SEARCHABLE_STRING: "SearchableString",
      STRING: "String"
    };
    var PatchComplianceLevel = {
      Critical: "CRITICAL",
      High: "HIGH",
      Informational: "INFORMATIONAL",
      Low: "LOW",
      Medium: "MEDIUM",
      Unspecified: "UNSPECIFIED"
    };
    var PatchFilterKey = {
      AdvisoryId: "ADVISORY_ID",
      Arch: "ARCH",
      BugzillaId: "BUGZILLA_ID",
      CVEId: "CVE_ID",
      Classification: "CLASSIFICATION",
      Epoch: "EPOCH",
      MsrcSeverity: "MSRC_SEVERITY",
      Name: "NAME",
      PatchId: "PATCH_ID",
      PatchSet: "PATCH_SET",
      Priority: "PRIORITY",
      Product: "PRODUCT",
      ProductFamily: "PRODUCT_FAMILY",
      Release: "RELEASE",
      Repository: "REPOSITORY",
      Section: "SECTION",
      Security: "SECURITY",
      Severity: "SEVERITY",
      Version: "VERSION"
    };
    var PatchComplianceStatus = {
      Compliant: "COMPLIANT",
      NonCompliant: "NON_COMPLIANT"
    };
    var OperatingSystem = {
      AlmaLinux: "ALMA_LINUX",
      AmazonLinux: "AMAZON_LINUX",
      AmazonLinux2: "AMAZON_LINUX_2",
      AmazonLinux2022: "AMAZON_LINUX_2022",
      AmazonLinux2023: "AMAZON_LINUX_2023",
      CentOS: "CENTOS",
      Debian: "DEBIAN",
      MacOS: "MACOS",
      OracleLinux: "ORACLE_LINUX",
      Raspbian: "RASPBIAN",
      RedhatEnterpriseLinux: "REDHAT_ENTERPRISE_LINUX",
      Rocky_Linux: "ROCKY_LINUX",
      Suse: "SUSE",
      Ubuntu: "UBUNTU",
      Windows: "WINDOWS"
    };
    var PatchAction = {
      AllowAsDependency: "ALLOW_AS_DEPENDENCY",
      Block: "BLOCK"
    };
    var ResourceDataSyncS3Format = {
      JSON_SERDE: "JsonSerDe"
    };
    var InventorySchemaDeleteOption = {
      DELETE_SCHEMA: "DeleteSchema",
      DISABLE_SCHEMA: "DisableSchema"
    };
    var DeletionMode = {
      RemoveSharing: "RemoveSharing",
      RollbackMigration: "RollbackMigration"
    };
    var DescribeActivationsFilterKeys = {
      ACTIVATION_IDS: "ActivationIds",
      DEFAULT_INSTANCE_NAME: "DefaultInstanceName",
      IAM_ROLE: "IamRole"
    };
    var AssociationExecutionFilterKey = {
      CreatedTime: "CreatedTime",
      ExecutionId: "ExecutionId",
      Status: "Status"
    };
    var AssociationFilterOperatorType = {
      Equal: "EQUAL",
      GreaterThan: "GREATER_THAN",
      LessThan: "LESS_THAN"
    };
    var AssociationExecutionTargetsFilterKey = {
      ResourceId: "ResourceId",
      ResourceType: "ResourceType",
      Status: "Status"
    };
    var AutomationExecutionFilterKey = {
      AUTOMATION_SUBTYPE: "AutomationSubtype",
      AUTOMATION_TYPE: "AutomationType",
      CURRENT_ACTION: "CurrentAction",
      DOCUMENT_NAME_PREFIX: "DocumentNamePrefix",
      EXECUTION_ID: "ExecutionId",
      EXECUTION_STATUS: "ExecutionStatus",
      OPS_ITEM_ID: "OpsItemId",
      PARENT_EXECUTION_ID: "ParentExecutionId",
      START_TIME_AFTER: "StartTimeAfter",
      START_TIME_BEFORE: "StartTimeBefore",
      TAG_KEY: "TagKey",
      TARGET_RESOURCE_GROUP: "TargetResourceGroup"
    };
    var AutomationExecutionStatus = {
      APPROVED: "Approved",
      CANCELLED: "Cancelled",
      CANCELLING: "Cancelling",
      CHANGE_CALENDAR_OVERRIDE_APPROVED: "ChangeCalendarOverrideApproved",
      CHANGE_CALENDAR_OVERRIDE_REJECTED: "ChangeCalendarOverrideRejected",
      COMPLETED_WITH_FAILURE: "CompletedWithFailure",
      COMPLETED_WITH_SUCCESS: "CompletedWithSuccess",
      EXITED: "Exited",
      FAILED: "Failed",
      INPROGRESS: "InProgress",
      PENDING: "Pending",
      PENDING_APPROVAL: "PendingApproval",
      PENDING_CHANGE_CALENDAR_OVERRIDE: "PendingChangeCalendarOverride",
      REJECTED: "Rejected",
      RUNBOOK_INPROGRESS: "RunbookInProgress",
      SCHEDULED: "Scheduled",
      SUCCESS: "Success",
      TIMEDOUT: "TimedOut",
      WAITING: "Waiting"
    };
    var AutomationSubtype = {
      AccessRequest: "AccessRequest",
      ChangeRequest: "ChangeRequest"
    };
    var AutomationType = {
      CrossAccount: "CrossAccount",
      Local: "Local"
    };
    var ExecutionMode = {
      Auto: "Auto",
      Interactive: "Interactive"
    };
    var StepExecutionFilterKey = {
      ACTION: "Action",
      PARENT_STEP_EXECUTION_ID: "ParentStepExecutionId",
      PARENT_STEP_ITERATION: "ParentStepIteration",
      PARENT_STEP_ITERATOR_VALUE: "ParentStepIteratorValue",
      START_TIME_AFTER: "StartTimeAfter",
      START_TIME_BEFORE: "StartTimeBefore",
      STEP_EXECUTION_ID: "StepExecutionId",
      STEP_EXECUTION_STATUS: "StepExecutionStatus",
      STEP_NAME: "StepName"
    };
    var DocumentPermissionType = {
      SHARE: "Share"
    };
    var PatchDeploymentStatus = {
      Approved: "APPROVED",
      ExplicitApproved: "EXPLICIT_APPROVED",
      ExplicitRejected: "EXPLICIT_REJECTED",
      PendingApproval: "PENDING_APPROVAL"
    };
    var InstanceInformationFilterKey = {
      ACTIVATION_IDS: "ActivationIds",
      AGENT_VERSION: "AgentVersion",
      ASSOCIATION_STATUS: "AssociationStatus",
      IAM_ROLE: "IamRole",
      INSTANCE_IDS: "InstanceIds",
      PING_STATUS: "PingStatus",
      PLATFORM_TYPES: "PlatformTypes",
      RESOURCE_TYPE: "ResourceType"
    };
    var PingStatus = {
      CONNECTION_LOST: "ConnectionLost",
      INACTIVE: "Inactive",
      ONLINE: "Online"
    };
    var ResourceType = {
      EC2_INSTANCE: "EC2Instance",
      MANAGED_INSTANCE: "ManagedInstance"
    };
    var SourceType = {
      AWS_EC2_INSTANCE: "AWS::EC2::Instance",
      AWS_IOT_THING: "AWS::IoT::Thing",
      AWS_SSM_MANAGEDINSTANCE: "AWS::SSM::ManagedInstance",
      AZURE_INSTANCE: "Microsoft.Compute/virtualMachines",
      GCP_INSTANCE: "compute.googleapis.com/Instance"
    };
    var PatchComplianceDataState = {
      AvailableSecurityUpdate: "AVAILABLE_SECURITY_UPDATE",
      Failed: "FAILED",
      Installed: "INSTALLED",
      InstalledOther: "INSTALLED_OTHER",
      InstalledPendingReboot: "INSTALLED_PENDING_REBOOT",
      InstalledRejected: "INSTALLED_REJECTED",
      Missing: "MISSING",
      NotApplicable: "NOT_APPLICABLE"
    };
    var PatchOperationType = {
      INSTALL: "Install",
      SCAN: "Scan"
    };
    var RebootOption = {
      NO_REBOOT: "NoReboot",
      REBOOT_IF_NEEDED: "RebootIfNeeded"
    };
    var InstancePatchStateOperatorType = {
      EQUAL: "Equal",
      GREATER_THAN: "GreaterThan",
      LESS_THAN: "LessThan",
      NOT_EQUAL: "NotEqual"
    };
    var InstancePropertyFilterOperator = {
      BEGIN_WITH: "BeginWith",
      EQUAL: "Equal",
      GREATER_THAN: "GreaterThan",
      LESS_THAN: "LessThan",
      NOT_EQUAL: "NotEqual"
    };
    var InstancePropertyFilterKey = {
      ACTIVATION_IDS: "ActivationIds",
      AGENT_VERSION: "AgentVersion",
      ASSOCIATION_STATUS: "AssociationStatus",
      DOCUMENT_NAME: "DocumentName",
      IAM_ROLE: "IamRole",
      INSTANCE_IDS: "InstanceIds",
      PING_STATUS: "PingStatus",
      PLATFORM_TYPES: "PlatformTypes",
      RESOURCE_TYPE: "ResourceType"
    };
    var InventoryDeletionStatus = {
      COMPLETE: "Complete",
      IN_PROGRESS: "InProgress"
    };
    var MaintenanceWindowExecutionStatus = {
      Cancelled: "CANCELLED",
      Cancelling: "CANCELLING",
      Failed: "FAILED",
      InProgress: "IN_PROGRESS",
      Pending: "PENDING",
      SkippedOverlapping: "SKIPPED_OVERLAPPING",
      Success: "SUCCESS",
      TimedOut: "TIMED_OUT"
    };
    var MaintenanceWindowTaskType = {
      Automation: "AUTOMATION",
      Lambda: "LAMBDA",
      RunCommand: "RUN_COMMAND",
      StepFunctions: "STEP_FUNCTIONS"
    };
    var MaintenanceWindowResourceType = {
      Instance: "INSTANCE",
      ResourceGroup: "RESOURCE_GROUP"
    };
    var MaintenanceWindowTaskCutoffBehavior = {
      CancelTask: "CANCEL_TASK",
      ContinueTask: "CONTINUE_TASK"
    };
    var OpsItemFilterKey = {
      ACCESS_REQUEST_APPROVER_ARN: "AccessRequestByApproverArn",
      ACCESS_REQUEST_APPROVER_ID: "AccessRequestByApproverId",
      ACCESS_REQUEST_IS_REPLICA: "AccessRequestByIsReplica",
      ACCESS_REQUEST_REQUESTER_ARN: "AccessRequestByRequesterArn",
      ACCESS_REQUEST_REQUESTER_ID: "AccessRequestByRequesterId",
      ACCESS_REQUEST_SOURCE_ACCOUNT_ID: "AccessRequestBySourceAccountId",
      ACCESS_REQUEST_SOURCE_OPS_ITEM_ID: "AccessRequestBySourceOpsItemId",
      ACCESS_REQUEST_SOURCE_REGION: "AccessRequestBySourceRegion",
      ACCESS_REQUEST_TARGET_RESOURCE_ID: "AccessRequestByTargetResourceId",
      ACCOUNT_ID: "AccountId",
      ACTUAL_END_TIME: "ActualEndTime",
      ACTUAL_START_TIME: "ActualStartTime",
      AUTOMATION_ID: "AutomationId",
      CATEGORY: "Category",
      CHANGE_REQUEST_APPROVER_ARN: "ChangeRequestByApproverArn",
      CHANGE_REQUEST_APPROVER_NAME: "ChangeRequestByApproverName",
      CHANGE_REQUEST_REQUESTER_ARN: "ChangeRequestByRequesterArn",
      CHANGE_REQUEST_REQUESTER_NAME: "ChangeRequestByRequesterName",
      CHANGE_REQUEST_TARGETS_RESOURCE_GROUP: "ChangeRequestByTargetsResourceGroup",
      CHANGE_REQUEST_TEMPLATE: "ChangeRequestByTemplate",
      CREATED_BY: "CreatedBy",
      CREATED_TIME: "CreatedTime",
      INSIGHT_TYPE: "InsightByType",
      LAST_MODIFIED_TIME: "LastModifiedTime",
      OPERATIONAL_DATA: "OperationalData",
      OPERATIONAL_DATA_KEY: "OperationalDataKey",
      OPERATIONAL_DATA_VALUE: "OperationalDataValue",
      OPSITEM_ID: "OpsItemId",
      OPSITEM_TYPE: "OpsItemType",
      PLANNED_END_TIME: "PlannedEndTime",
      PLANNED_START_TIME: "PlannedStartTime",
      PRIORITY: "Priority",
      RESOURCE_ID: "ResourceId",
      SEVERITY: "Severity",
      SOURCE: "Source",
      STATUS: "Status",
      TITLE: "Title"
    };
    var OpsItemFilterOperator = {
      CONTAINS: "Contains",
      EQUAL: "Equal",
      GREATER_THAN: "GreaterThan",
      LESS_THAN: "LessThan"
    };
    var OpsItemStatus = {
      APPROVED: "Approved",
      CANCELLED: "Cancelled",
      CANCELLING: "Cancelling",
      CHANGE_CALENDAR_OVERRIDE_APPROVED: "ChangeCalendarOverrideApproved",
      CHANGE_CALENDAR_OVERRIDE_REJECTED: "ChangeCalendarOverrideRejected",
      CLOSED: "Closed",
      COMPLETED_WITH_FAILURE: "CompletedWithFailure",
      COMPLETED_WITH_SUCCESS: "CompletedWithSuccess",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      OPEN: "Open",
      PENDING: "Pending",
      PENDING_APPROVAL: "PendingApproval",
      PENDING_CHANGE_CALENDAR_OVERRIDE: "PendingChangeCalendarOverride",
      REJECTED: "Rejected",
      RESOLVED: "Resolved",
      REVOKED: "Revoked",
      RUNBOOK_IN_PROGRESS: "RunbookInProgress",
      SCHEDULED: "Scheduled",
      TIMED_OUT: "TimedOut"
    };
    var ParametersFilterKey = {
      KEY_ID: "KeyId",
      NAME: "Name",
      TYPE: "Type"
    };
    var ParameterTier = {
      ADVANCED: "Advanced",
      INTELLIGENT_TIERING: "Intelligent-Tiering",
      STANDARD: "Standard"
    };
    var ParameterType = {
      SECURE_STRING: "SecureString",
      STRING: "String",
      STRING_LIST: "StringList"
    };
    var PatchSet = {
      Application: "APPLICATION",
      Os: "OS"
    };
    var PatchProperty = {
      PatchClassification: "CLASSIFICATION",
      PatchMsrcSeverity: "MSRC_SEVERITY",
      PatchPriority: "PRIORITY",
      PatchProductFamily: "PRODUCT_FAMILY",
      PatchSeverity: "SEVERITY",
      Product: "PRODUCT"
    };
    var SessionFilterKey = {
      ACCESS_TYPE: "AccessType",
      INVOKED_AFTER: "InvokedAfter",
      INVOKED_BEFORE: "InvokedBefore",
      OWNER: "Owner",
      SESSION_ID: "SessionId",
      STATUS: "Status",
      TARGET_ID: "Target"
    };
    var SessionState = {
      ACTIVE: "Active",
      HISTORY: "History"
    };
    var SessionStatus = {
      CONNECTED: "Connected",
      CONNECTING: "Connecting",
      DISCONNECTED: "Disconnected",
      FAILED: "Failed",
      TERMINATED: "Terminated",
      TERMINATING: "Terminating"
    };
    var CalendarState = {
      CLOSED: "CLOSED",
      OPEN: "OPEN"
    };
    var CommandInvocationStatus = {
      CANCELLED: "Cancelled",
      CANCELLING: "Cancelling",
      DELAYED: "Delayed",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      PENDING: "Pending",
      SUCCESS: "Success",
      TIMED_OUT: "TimedOut"
    };
    var ConnectionStatus = {
      CONNECTED: "connected",
      NOT_CONNECTED: "notconnected"
    };
    var AttachmentHashType = {
      SHA256: "Sha256"
    };
    var ImpactType = {
      MUTATING: "Mutating",
      NON_MUTATING: "NonMutating",
      UNDETERMINED: "Undetermined"
    };
    var ExecutionPreviewStatus = {
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      PENDING: "Pending",
      SUCCESS: "Success"
    };
    var InventoryQueryOperatorType = {
      BEGIN_WITH: "BeginWith",
      EQUAL: "Equal",
      EXISTS: "Exists",
      GREATER_THAN: "GreaterThan",
      LESS_THAN: "LessThan",
      NOT_EQUAL: "NotEqual"
    };
    var InventoryAttributeDataType = {
      NUMBER: "number",
      STRING: "string"
    };
    var NotificationEvent = {
      ALL: "All",
      CANCELLED: "Cancelled",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      SUCCESS: "Success",
      TIMED_OUT: "TimedOut"
    };
    var NotificationType = {
      Command: "Command",
      Invocation: "Invocation"
    };
    var OpsFilterOperatorType = {
      BEGIN_WITH: "BeginWith",
      EQUAL: "Equal",
      EXISTS: "Exists",
      GREATER_THAN: "GreaterThan",
      LESS_THAN: "LessThan",
      NOT_EQUAL: "NotEqual"
    };
    var AssociationFilterKey = {
      AssociationId: "AssociationId",
      AssociationName: "AssociationName",
      CloudConnectorId: "CloudConnectorId",
      InstanceId: "InstanceId",
      LastExecutedAfter: "LastExecutedAfter",
      LastExecutedBefore: "LastExecutedBefore",
      Name: "Name",
      ResourceGroupName: "ResourceGroupName",
      Status: "AssociationStatusName"
    };
    var CloudConnectorFilterKey = {
      OrganizationId: "OrganizationId",
      ProjectId: "ProjectId",
      SubscriptionId: "SubscriptionId",
      TenantId: "TenantId"
    };
    var Provider = {
      AZURE: "Azure",
      GCP: "GCP"
    };
    var CommandFilterKey = {
      DOCUMENT_NAME: "DocumentName",
      EXECUTION_STAGE: "ExecutionStage",
      INVOKED_AFTER: "InvokedAfter",
      INVOKED_BEFORE: "InvokedBefore",
      STATUS: "Status"
    };
    var CommandPluginStatus = {
      CANCELLED: "Cancelled",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      PENDING: "Pending",
      SUCCESS: "Success",
      TIMED_OUT: "TimedOut"
    };
    var CommandStatus = {
      CANCELLED: "Cancelled",
      CANCELLING: "Cancelling",
      FAILED: "Failed",
      IN_PROGRESS: "InProgress",
      PENDING: "Pending",
      SUCCESS: "Success",
      TIMED_OUT: "TimedOut"
    };
    var ComplianceQueryOperatorType = {
      BeginWith: "BEGIN_WITH",
      Equal: "EQUAL",
      GreaterThan: "GREATER_THAN",
      LessThan: "LESS_THAN",
      NotEqual: "NOT_EQUAL"
    };
    var ComplianceSeverity = {
      Critical: "CRITICAL",
      High: "HIGH",
      Informational: "INFORMATIONAL",
      Low: "LOW",
      Medium: "MEDIUM",
      Unspecified: "UNSPECIFIED"
    };
    var ComplianceStatus = {
      Compliant: "COMPLIANT",
      NonCompliant: "NON_COMPLIANT"
    };
    var DocumentMetadataEnum = {
      DocumentReviews: "DocumentReviews"
    };
    var DocumentReviewCommentType = {
      Comment: "Comment"
    };
    var DocumentFilterKey = {
      DocumentType: "DocumentType",
      Name: "Name",
      Owner: "Owner",
      PlatformTypes: "PlatformTypes"
    };
    var NodeFilterKey = {
      ACCOUNT_ID: "AccountId",
      AGENT_TYPE: "AgentType",
      AGENT_VERSION: "AgentVersion",
      AVAILABILITY_ZONE: "AvailabilityZone",
      AVAILABILITY_ZONE_ID: "AvailabilityZoneId",
      COMPUTER_NAME: "ComputerName",
      INSTANCE_ID: "InstanceId",
      INSTANCE_STATUS: "InstanceStatus",
      IP_ADDRESS: "IpAddress",
      MANAGED_STATUS: "ManagedStatus",
      ORGANIZATIONAL_UNIT_ID: "OrganizationalUnitId",
      ORGANIZATIONAL_UNIT_PATH: "OrganizationalUnitPath",
      PLATFORM_NAME: "PlatformName",
      PLATFORM_TYPE: "PlatformType",
      PLATFORM_VERSION: "PlatformVersion",
      REGION: "Region",
      RESOURCE_TYPE: "ResourceType",
      SOURCE_ID: "SourceId",
      SOURCE_LOCATION: "SourceLocation",
      SOURCE_TYPE: "SourceType"
    };
    var NodeFilterOperatorType = {
      BEGIN_WITH: "BeginWith",
      EQUAL: "Equal",
      NOT_EQUAL: "NotEqual"
    };
    var ManagedStatus = {
      ALL: "All",
      MANAGED: "Managed",
      UNMANAGED: "Unmanaged"
    };
    var NodeAggregatorType = {
      COUNT: "Count"
    };
    var NodeAttributeName = {
      AGENT_VERSION: "AgentVersion",
      AVAILABILITY_ZONE: "AvailabilityZone",
      PLATFORM_NAME: "PlatformName",
      PLATFORM_TYPE: "PlatformType",
      PLATFORM_VERSION: "PlatformVersion",
      REGION: "Region",
      RESOURCE_TYPE: "ResourceType",
      SOURCE_TYPE: "SourceType"
    };
    var NodeTypeName = {
      INSTANCE: "Instance"
    };
    var OpsItemEventFilterKey = {
      OPSITEM_ID: "OpsItemId"
    };
    var OpsItemEventFilterOperator = {
      EQUAL: "Equal"
    };
    var OpsItemRelatedItemsFilterKey = {
      ASSOCIATION_ID: "AssociationId",
      RESOURCE_TYPE: "ResourceType",
      RESOURCE_URI: "ResourceUri"
    };
    var OpsItemRelatedItemsFilterOperator = {
      EQUAL: "Equal"
    };
    var LastResourceDataSyncStatus = {
      FAILED: "Failed",
      INPROGRESS: "InProgress",
      SUCCESSFUL: "Successful"
    };
    var ComplianceUploadType = {
      Complete: "COMPLETE",
      Partial: "PARTIAL"
    };
    var DHMCPermissionModel = {
      SELF_MANAGED: "SELF_MANAGED",
      SERVICE_MANAGED: "SERVICE_MANAGED"
    };
    var SignalType = {
      APPROVE: "Approve",
      REJECT: "Reject",
      RESUME: "Resume",
      REVOKE: "Revoke",
      START_STEP: "StartStep",
      STOP_STEP: "StopStep"
    };
    var StopType = {
      CANCEL: "Cancel",
      COMPLETE: "Complete"
    };
    var DocumentReviewAction = {
      Approve: "Approve",
      Reject: "Reject",
      SendForReview: "SendForReview",
      UpdateReview: "UpdateReview"
    };
    var ValidationFindingCode = {
      AWS_ROLE_ASSUMPTION_FAILED: "AwsRoleAssumptionFailed",
      OUTBOUND_WEB_IDENTITY_FEDERATION_DISABLED: "OutboundWebIdentityFederationDisabled",
      PROVIDER_CREDENTIAL_CREATION_FAILED: "ProviderCredentialCreationFailed",
      SUBSCRIPTION_ACCESSIBLE: "SubscriptionAccessible",
      TARGET_API_DISABLED: "TargetApiDisabled",
      TARGET_INACCESSIBLE: "TargetInaccessible",
      TARGET_MISSING_PERMISSIONS: "TargetMissingPermissions",
      TARGET_STATE_WARNING: "TargetStateWarning",
      TARGET_UNUSABLE: "TargetUnusable",
      TENANT_SUMMARY: "TenantSummary",
      WEB_IDENTITY_TOKEN_FAILED: "WebIdentityTokenFailed"
    };
    var ValidationFindingScopeType = {
      AZURE_SUBSCRIPTION: "azure:subscription",
      AZURE_TENANT: "azure:tenant",
      GCP_ORGANIZATION: "gcp:organization",
      GCP_PROJECT: "gcp:project"
    };
    var ValidationFindingType = {
      ERROR: "ERROR",
      INFO: "INFO",
      WARN: "WARN"
    };
    exports.AccessDeniedException = AccessDeniedException;
    exports.AccessDeniedException$ = AccessDeniedException$;
    exports.AccessRequestStatus = AccessRequestStatus;
    exports.AccessType = AccessType;
    exports.AccountSharingInfo$ = AccountSharingInfo$;
    exports.Activation$ = Activation$;
    exports.AddTagsToResource$ = AddTagsToResource$;
    exports.AddTagsToResourceCommand = AddTagsToResourceCommand;
    exports.AddTagsToResourceRequest$ = AddTagsToResourceRequest$;
    exports.AddTagsToResourceResult$ = AddTagsToResourceResult$;
    exports.Alarm$ = Alarm$;
    exports.AlarmConfiguration$ = AlarmConfiguration$;
    exports.AlarmStateInformation$ = AlarmStateInformation$;
    exports.AlreadyExistsException = AlreadyExistsException;
    exports.AlreadyExistsException$ = AlreadyExistsException$;
    exports.AssociateOpsItemRelatedItem$ = AssociateOpsItemRelatedItem$;
    exports.AssociateOpsItemRelatedItemCommand = AssociateOpsItemRelatedItemCommand;
    exports.AssociateOpsItemRelatedItemRequest$ = AssociateOpsItemRelatedItemRequest$;
    exports.AssociateOpsItemRelatedItemResponse$ = AssociateOpsItemRelatedItemResponse$;
    exports.AssociatedInstances = AssociatedInstances;
    exports.AssociatedInstances$ = AssociatedInstances$;
    exports.Association$ = Association$;
    exports.AssociationAlreadyExists = AssociationAlreadyExists;
    exports.AssociationAlreadyExists$ = AssociationAlreadyExists$;
    exports.AssociationComplianceSeverity = AssociationComplianceSeverity;
    exports.AssociationDescription$ = AssociationDescription$;
    exports.AssociationDoesNotExist = AssociationDoesNotExist;
    exports.AssociationDoesNotExist$ = AssociationDoesNotExist$;
    exports.AssociationExecution$ = AssociationExecution$;
    exports.AssociationExecutionDoesNotExist = AssociationExecutionDoesNotExist;
    exports.AssociationExecutionDoesNotExist$ = AssociationExecutionDoesNotExist$;
    exports.AssociationExecutionFilter$ = AssociationExecutionFilter$;
    exports.AssociationExecutionFilterKey = AssociationExecutionFilterKey;
    exports.AssociationExecutionTarget$ = AssociationExecutionTarget$;
    exports.AssociationExecutionTargetsFilter$ = AssociationExecutionTargetsFilter$;
    exports.AssociationExecutionTargetsFilterKey = AssociationExecutionTargetsFilterKey;
    exports.AssociationFilter$ = AssociationFilter$;
    exports.AssociationFilterKey = AssociationFilterKey;
    exports.AssociationFilterOperatorType = AssociationFilterOperatorType;
    exports.AssociationLimitExceeded = AssociationLimitExceeded;
    exports.AssociationLimitExceeded$ = AssociationLimitExceeded$;
    exports.AssociationOverview$ = AssociationOverview$;
    exports.AssociationStatus$ = AssociationStatus$;
    exports.AssociationStatusName = AssociationStatusName;
    exports.AssociationSyncCompliance = AssociationSyncCompliance;
    exports.AssociationVersionInfo$ = AssociationVersionInfo$;
    exports.AssociationVersionLimitExceeded = AssociationVersionLimitExceeded;
    exports.AssociationVersionLimitExceeded$ = AssociationVersionLimitExceeded$;
    exports.AttachmentContent$ = AttachmentContent$;
    exports.AttachmentHashType = AttachmentHashType;
    exports.AttachmentInformation$ = AttachmentInformation$;
    exports.AttachmentsSource$ = AttachmentsSource$;
    exports.AttachmentsSourceKey = AttachmentsSourceKey;
    exports.AutomationDefinitionNotApprovedException = AutomationDefinitionNotApprovedException;
    exports.AutomationDefinitionNotApprovedException$ = AutomationDefinitionNotApprovedException$;
    exports.AutomationDefinitionNotFoundException = AutomationDefinitionNotFoundException;
    exports.AutomationDefinitionNotFoundException$ = AutomationDefinitionNotFoundException$;
    exports.AutomationDefinitionVersionNotFoundException = AutomationDefinitionVersionNotFoundException;
    exports.AutomationDefinitionVersionNotFoundException$ = AutomationDefinitionVersionNotFoundException$;
    exports.AutomationExecution$ = AutomationExecution$;
    exports.AutomationExecutionFilter$ = AutomationExecutionFilter$;
    exports.AutomationExecutionFilterKey = AutomationExecutionFilterKey;
    exports.AutomationExecutionInputs$ = AutomationExecutionInputs$;
    exports.AutomationExecutionLimitExceededException = AutomationExecutionLimitExceededException;
    exports.AutomationExecutionLimitExceededException$ = AutomationExecutionLimitExceededException$;
    exports.AutomationExecutionMetadata$ = AutomationExecutionMetadata$;
    exports.AutomationExecutionNotFoundException = AutomationExecutionNotFoundException;
    exports.AutomationExecutionNotFoundException$ = AutomationExecutionNotFoundException$;
    exports.AutomationExecutionPreview$ = AutomationExecutionPreview$;
    exports.AutomationExecutionStatus = AutomationExecutionStatus;
    exports.AutomationStepNotFoundException = AutomationStepNotFoundException;
    exports.AutomationStepNotFoundException$ = AutomationStepNotFoundException$;
    exports.AutomationSubtype = AutomationSubtype;
    exports.AutomationType = AutomationType;
    exports.AzureConfiguration$ = AzureConfiguration$;
    exports.AzureSubscription$ = AzureSubscription$;
    exports.BaselineOverride$ = BaselineOverride$;
    exports.CalendarState = CalendarState;
    exports.CancelCommand$ = CancelCommand$;
    exports.CancelCommandCommand = CancelCommandCommand;
    exports.CancelCommandRequest$ = CancelCommandRequest$;
    exports.CancelCommandResult$ = CancelCommandResult$;
    exports.CancelMaintenanceWindowExecution$ = CancelMaintenanceWindowExecution$;
    exports.CancelMaintenanceWindowExecutionCommand = CancelMaintenanceWindowExecutionCommand;
    exports.CancelMaintenanceWindowExecutionRequest$ = CancelMaintenanceWindowExecutionRequest$;
    exports.CancelMaintenanceWindowExecutionResult$ = CancelMaintenanceWindowExecutionResult$;
    exports.CloudConnectorConfiguration$ = CloudConnectorConfiguration$;
    exports.CloudConnectorFilter$ = CloudConnectorFilter$;
    exports.CloudConnectorFilterKey = CloudConnectorFilterKey;
    exports.CloudConnectorSummary$ = CloudConnectorSummary$;
    exports.CloudWatchOutputConfig$ = CloudWatchOutputConfig$;
    exports.Command$ = Command$;
    exports.CommandFilter$ = CommandFilter$;
    exports.CommandFilterKey = CommandFilterKey;
    exports.CommandInvocation$ = CommandInvocation$;
    exports.CommandInvocationStatus = CommandInvocationStatus;
    exports.CommandPlugin$ = CommandPlugin$;
    exports.CommandPluginStatus = CommandPluginStatus;
    exports.CommandStatus = CommandStatus;
    exports.ComplianceExecutionSummary$ = ComplianceExecutionSummary$;
    exports.ComplianceItem$ = ComplianceItem$;
    exports.ComplianceItemEntry$ = ComplianceItemEntry$;
    exports.ComplianceQueryOperatorType = ComplianceQueryOperatorType;
    exports.ComplianceSeverity = ComplianceSeverity;
    exports.ComplianceStatus = ComplianceStatus;
    exports.ComplianceStringFilter$ = ComplianceStringFilter$;
    exports.ComplianceSummaryItem$ = ComplianceSummaryItem$;
    exports.ComplianceTypeCountLimitExceededException = ComplianceTypeCountLimitExceededException;
    exports.ComplianceTypeCountLimitExceededException$ = ComplianceTypeCountLimitExceededException$;
    exports.ComplianceUploadType = ComplianceUploadType;
    exports.CompliantSummary$ = CompliantSummary$;
    exports.ConfigurationTargets$ = ConfigurationTargets$;
    exports.ConflictException = ConflictException;
    exports.ConflictException$ = ConflictException$;
    exports.ConnectionStatus = ConnectionStatus;
    exports.CreateActivation$ = CreateActivation$;
    exports.CreateActivationCommand = CreateActivationCommand;
    exports.CreateActivationRequest$ = CreateActivationRequest$;
    exports.CreateActivationResult$ = CreateActivationResult$;
    exports.CreateAssociation$ = CreateAssociation$;
    exports.CreateAssociationBatch$ = CreateAssociationBatch$;
    exports.CreateAssociationBatchCommand = CreateAssociationBatchCommand;
    exports.CreateAssociationBatchRequest$ = CreateAssociationBatchRequest$;
    exports.CreateAssociationBatchRequestEntry$ = CreateAssociationBatchRequestEntry$;
    exports.CreateAssociationBatchResult$ = CreateAssociationBatchResult$;
    exports.CreateAssociationCommand = CreateAssociationCommand;
    exports.CreateAssociationRequest$ = CreateAssociationRequest$;
    exports.CreateAssociationResult$ = CreateAssociationResult$;
    exports.CreateCloudConnector$ = CreateCloudConnector$;
    exports.CreateCloudConnectorCommand = CreateCloudConnectorCommand;
    exports.CreateCloudConnectorRequest$ = CreateCloudConnectorRequest$;
    exports.CreateCloudConnectorResult$ = CreateCloudConnectorResult$;
    exports.CreateDocument$ = CreateDocument$;
    exports.CreateDocumentCommand = CreateDocumentCommand;
    exports.CreateDocumentRequest$ = CreateDocumentRequest$;
    exports.CreateDocumentResult$ = CreateDocumentResult$;
    exports.CreateMaintenanceWindow$ = CreateMaintenanceWindow$;
    exports.CreateMaintenanceWindowCommand = CreateMaintenanceWindowCommand;
    exports.CreateMaintenanceWindowRequest$ = CreateMaintenanceWindowRequest$;
    exports.CreateMaintenanceWindowResult$ = CreateMaintenanceWindowResult$;
    exports.CreateOpsItem$ = CreateOpsItem$;
    exports.CreateOpsItemCommand = CreateOpsItemCommand;
    exports.CreateOpsItemRequest$ = CreateOpsItemRequest$;
    exports.CreateOpsItemResponse$ = CreateOpsItemResponse$;
    exports.CreateOpsMetadata$ = CreateOpsMetadata$;
    exports.CreateOpsMetadataCommand = CreateOpsMetadataCommand;
    exports.CreateOpsMetadataRequest$ = CreateOpsMetadataRequest$;
    exports.CreateOpsMetadataResult$ = CreateOpsMetadataResult$;
    exports.CreatePatchBaseline$ = CreatePatchBaseline$;
    exports.CreatePatchBaselineCommand = CreatePatchBaselineCommand;
    exports.CreatePatchBaselineRequest$ = CreatePatchBaselineRequest$;
    exports.CreatePatchBaselineResult$ = CreatePatchBaselineResult$;
    exports.CreateResourceDataSync$ = CreateResourceDataSync$;
    exports.CreateResourceDataSyncCommand = CreateResourceDataSyncCommand;
    exports.CreateResourceDataSyncRequest$ = CreateResourceDataSyncRequest$;
    exports.CreateResourceDataSyncResult$ = CreateResourceDataSyncResult$;
    exports.Credentials$ = Credentials$;
    exports.CustomSchemaCountLimitExceededException = CustomSchemaCountLimitExceededException;
    exports.CustomSchemaCountLimitExceededException$ = CustomSchemaCountLimitExceededException$;
    exports.DHMCPermissionModel = DHMCPermissionModel;
    exports.DeleteActivation$ = DeleteActivation$;
    exports.DeleteActivationCommand = DeleteActivationCommand;
    exports.DeleteActivationRequest$ = DeleteActivationRequest$;
    exports.DeleteActivationResult$ = DeleteActivationResult$;
    exports.DeleteAssociation$ = DeleteAssociation$;
    exports.DeleteAssociationCommand = DeleteAssociationCommand;
    exports.DeleteAssociationRequest$ = DeleteAssociationRequest$;
    exports.DeleteAssociationResult$ = DeleteAssociationResult$;
    exports.DeleteCloudConnector$ = DeleteCloudConnector$;
    exports.DeleteCloudConnectorCommand = DeleteCloudConnectorCommand;
    exports.DeleteCloudConnectorRequest$ = DeleteCloudConnectorRequest$;
    exports.DeleteCloudConnectorResult$ = DeleteCloudConnectorResult$;
    exports.DeleteDocument$ = DeleteDocument$;
    exports.DeleteDocumentCommand = DeleteDocumentCommand;
    exports.DeleteDocumentRequest$ = DeleteDocumentRequest$;
    exports.DeleteDocumentResult$ = DeleteDocumentResult$;
    exports.DeleteInventory$ = DeleteInventory$;
    exports.DeleteInventoryCommand = DeleteInventoryCommand;
    exports.DeleteInventoryRequest$ = DeleteInventoryRequest$;
    exports.DeleteInventoryResult$ = DeleteInventoryResult$;
    exports.DeleteMaintenanceWindow$ = DeleteMaintenanceWindow$;
    exports.DeleteMaintenanceWindowCommand = DeleteMaintenanceWindowCommand;
    exports.DeleteMaintenanceWindowRequest$ = DeleteMaintenanceWindowRequest$;
    exports.DeleteMaintenanceWindowResult$ = DeleteMaintenanceWindowResult$;
    exports.DeleteOpsItem$ = DeleteOpsItem$;
    exports.DeleteOpsItemCommand = DeleteOpsItemCommand;
    exports.DeleteOpsItemRequest$ = DeleteOpsItemRequest$;
    exports.DeleteOpsItemResponse$ = DeleteOpsItemResponse$;
    exports.DeleteOpsMetadata$ = DeleteOpsMetadata$;
    exports.DeleteOpsMetadataCommand = DeleteOpsMetadataCommand;
    exports.DeleteOpsMetadataRequest$ = DeleteOpsMetadataRequest$;
    exports.DeleteOpsMetadataResult$ = DeleteOpsMetadataResult$;
    exports.DeleteParameter$ = DeleteParameter$;
    exports.DeleteParameterCommand = DeleteParameterCommand;
    exports.DeleteParameterRequest$ = DeleteParameterRequest$;
    exports.DeleteParameterResult$ = DeleteParameterResult$;
    exports.DeleteParameters$ = DeleteParameters$;
    exports.DeleteParametersCommand = DeleteParametersCommand;
    exports.DeleteParametersRequest$ = DeleteParametersRequest$;
    exports.DeleteParametersResult$ = DeleteParametersResult$;
    exports.DeletePatchBaseline$ = DeletePatchBaseline$;
    exports.DeletePatchBaselineCommand = DeletePatchBaselineCommand;
    exports.DeletePatchBaselineRequest$ = DeletePatchBaselineRequest$;
    exports.DeletePatchBaselineResult$ = DeletePatchBaselineResult$;
    exports.DeleteResourceDataSync$ = DeleteResourceDataSync$;
    exports.DeleteResourceDataSyncCommand = DeleteResourceDataSyncCommand;
    exports.DeleteResourceDataSyncRequest$ = DeleteResourceDataSyncRequest$;
    exports.DeleteResourceDataSyncResult$ = DeleteResourceDataSyncResult$;
    exports.DeleteResourcePolicy$ = DeleteResourcePolicy$;
    exports.DeleteResourcePolicyCommand = DeleteResourcePolicyCommand;
    exports.DeleteResourcePolicyRequest$ = DeleteResourcePolicyRequest$;
    exports.DeleteResourcePolicyResponse$ = DeleteResourcePolicyResponse$;
    exports.DeletionMode = DeletionMode;
    exports.DeregisterDefaultHostManagementConfiguration$ = DeregisterDefaultHostManagementConfiguration$;
    exports.DeregisterDefaultHostManagementConfigurationCommand = DeregisterDefaultHostManagementConfigurationCommand;
    exports.DeregisterDefaultHostManagementConfigurationRequest$ = DeregisterDefaultHostManagementConfigurationRequest$;
    exports.DeregisterDefaultHostManagementConfigurationResult$ = DeregisterDefaultHostManagementConfigurationResult$;
    exports.DeregisterManagedInstance$ = DeregisterManagedInstance$;
    exports.DeregisterManagedInstanceCommand = DeregisterManagedInstanceCommand;
    exports.DeregisterManagedInstanceRequest$ = DeregisterManagedInstanceRequest$;
    exports.DeregisterManagedInstanceResult$ = DeregisterManagedInstanceResult$;
    exports.DeregisterPatchBaselineForPatchGroup$ = DeregisterPatchBaselineForPatchGroup$;
    exports.DeregisterPatchBaselineForPatchGroupCommand = DeregisterPatchBaselineForPatchGroupCommand;
    exports.DeregisterPatchBaselineForPatchGroupRequest$ = DeregisterPatchBaselineForPatchGroupRequest$;
    exports.DeregisterPatchBaselineForPatchGroupResult$ = DeregisterPatchBaselineForPatchGroupResult$;
    exports.DeregisterTargetFromMaintenanceWindow$ = DeregisterTargetFromMaintenanceWindow$;
    exports.DeregisterTargetFromMaintenanceWindowCommand = DeregisterTargetFromMaintenanceWindowCommand;
    exports.DeregisterTargetFromMaintenanceWindowRequest$ = DeregisterTargetFromMaintenanceWindowRequest$;
    exports.DeregisterTargetFromMaintenanceWindowResult$ = DeregisterTargetFromMaintenanceWindowResult$;
    exports.DeregisterTaskFromMaintenanceWindow$ = DeregisterTaskFromMaintenanceWindow$;
    exports.DeregisterTaskFromMaintenanceWindowCommand = DeregisterTaskFromMaintenanceWindowCommand;
    exports.DeregisterTaskFromMaintenanceWindowRequest$ = DeregisterTaskFromMaintenanceWindowRequest$;
    exports.DeregisterTaskFromMaintenanceWindowResult$ = DeregisterTaskFromMaintenanceWindowResult$;
    exports.DescribeActivations$ = DescribeActivations$;
    exports.DescribeActivationsCommand = DescribeActivationsCommand;
    exports.DescribeActivationsFilter$ = DescribeActivationsFilter$;
    exports.DescribeActivationsFilterKeys = DescribeActivationsFilterKeys;
    exports.DescribeActivationsRequest$ = DescribeActivationsRequest$;
    exports.DescribeActivationsResult$ = DescribeActivationsResult$;
    exports.DescribeAssociation$ = DescribeAssociation$;
    exports.DescribeAssociationCommand = DescribeAssociationCommand;
    exports.DescribeAssociationExecutionTargets$ = DescribeAssociationExecutionTargets$;
    exports.DescribeAssociationExecutionTargetsCommand = DescribeAssociationExecutionTargetsCommand;
    exports.DescribeAssociationExecutionTargetsRequest$ = DescribeAssociationExecutionTargetsRequest$;
    exports.DescribeAssociationExecutionTargetsResult$ = DescribeAssociationExecutionTargetsResult$;
    exports.DescribeAssociationExecutions$ = DescribeAssociationExecutions$;
    exports.DescribeAssociationExecutionsCommand = DescribeAssociationExecutionsCommand;
    exports.DescribeAssociationExecutionsRequest$ = DescribeAssociationExecutionsRequest$;
    exports.DescribeAssociationExecutionsResult$ = DescribeAssociationExecutionsResult$;
    exports.DescribeAssociationRequest$ = DescribeAssociationRequest$;
    exports.DescribeAssociationResult$ = DescribeAssociationResult$;
    exports.DescribeAutomationExecutions$ = DescribeAutomationExecutions$;
    exports.DescribeAutomationExecutionsCommand = DescribeAutomationExecutionsCommand;
    exports.DescribeAutomationExecutionsRequest$ = DescribeAutomationExecutionsRequest$;
    exports.DescribeAutomationExecutionsResult$ = DescribeAutomationExecutionsResult$;
    exports.DescribeAutomationStepExecutions$ = DescribeAutomationStepExecutions$;
    exports.DescribeAutomationStepExecutionsCommand = DescribeAutomationStepExecutionsCommand;
    exports.DescribeAutomationStepExecutionsRequest$ = DescribeAutomationStepExecutionsRequest$;
    exports.DescribeAutomationStepExecutionsResult$ = DescribeAutomationStepExecutionsResult$;
    exports.DescribeAvailablePatches$ = DescribeAvailablePatches$;
    exports.DescribeAvailablePatchesCommand = DescribeAvailablePatchesCommand;
    exports.DescribeAvailablePatchesRequest$ = DescribeAvailablePatchesRequest$;
    exports.DescribeAvailablePatchesResult$ = DescribeAvailablePatchesResult$;
    exports.DescribeDocument$ = DescribeDocument$;
    exports.DescribeDocumentCommand = DescribeDocumentCommand;
    exports.DescribeDocumentPermission$ = DescribeDocumentPermission$;
    exports.DescribeDocumentPermissionCommand = DescribeDocumentPermissionCommand;
    exports.DescribeDocumentPermissionRequest$ = DescribeDocumentPermissionRequest$;
    exports.DescribeDocumentPermissionResponse$ = DescribeDocumentPermissionResponse$;
    exports.DescribeDocumentRequest$ = DescribeDocumentRequest$;
    exports.DescribeDocumentResult$ = DescribeDocumentResult$;
    exports.DescribeEffectiveInstanceAssociations$ = DescribeEffectiveInstanceAssociations$;
    exports.DescribeEffectiveInstanceAssociationsCommand = DescribeEffectiveInstanceAssociationsCommand;
    exports.DescribeEffectiveInstanceAssociationsRequest$ = DescribeEffectiveInstanceAssociationsRequest$;
    exports.DescribeEffectiveInstanceAssociationsResult$ = DescribeEffectiveInstanceAssociationsResult$;
    exports.DescribeEffectivePatchesForPatchBaseline$ = DescribeEffectivePatchesForPatchBaseline$;
    exports.DescribeEffectivePatchesForPatchBaselineCommand = DescribeEffectivePatchesForPatchBaselineCommand;
    exports.DescribeEffectivePatchesForPatchBaselineRequest$ = DescribeEffectivePatchesForPatchBaselineRequest$;
    exports.DescribeEffectivePatchesForPatchBaselineResult$ = DescribeEffectivePatchesForPatchBaselineResult$;
    exports.DescribeInstanceAssociationsStatus$ = DescribeInstanceAssociationsStatus$;
    exports.DescribeInstanceAssociationsStatusCommand = DescribeInstanceAssociationsStatusCommand;
    exports.DescribeInstanceAssociationsStatusRequest$ = DescribeInstanceAssociationsStatusRequest$;
    exports.DescribeInstanceAssociationsStatusResult$ = DescribeInstanceAssociationsStatusResult$;
    exports.DescribeInstanceInformation$ = DescribeInstanceInformation$;
    exports.DescribeInstanceInformationCommand = DescribeInstanceInformationCommand;
    exports.DescribeInstanceInformationRequest$ = DescribeInstanceInformationRequest$;
    exports.DescribeInstanceInformationResult$ = DescribeInstanceInformationResult$;
    exports.DescribeInstancePatchStates$ = DescribeInstancePatchStates$;
    exports.DescribeInstancePatchStatesCommand = DescribeInstancePatchStatesCommand;
    exports.DescribeInstancePatchStatesForPatchGroup$ = DescribeInstancePatchStatesForPatchGroup$;
    exports.DescribeInstancePatchStatesForPatchGroupCommand = DescribeInstancePatchStatesForPatchGroupCommand;
    exports.DescribeInstancePatchStatesForPatchGroupRequest$ = DescribeInstancePatchStatesForPatchGroupRequest$;
    exports.DescribeInstancePatchStatesForPatchGroupResult$ = DescribeInstancePatchStatesForPatchGroupResult$;
    exports.DescribeInstancePatchStatesRequest$ = DescribeInstancePatchStatesRequest$;
    exports.DescribeInstancePatchStatesResult$ = DescribeInstancePatchStatesResult$;
    exports.DescribeInstancePatches$ = DescribeInstancePatches$;
    exports.DescribeInstancePatchesCommand = DescribeInstancePatchesCommand;
    exports.DescribeInstancePatchesRequest$ = DescribeInstancePatchesRequest$;
    exports.DescribeInstancePatchesResult$ = DescribeInstancePatchesResult$;
    exports.DescribeInstanceProperties$ = DescribeInstanceProperties$;
    exports.DescribeInstancePropertiesCommand = DescribeInstancePropertiesCommand;
    exports.DescribeInstancePropertiesRequest$ = DescribeInstancePropertiesRequest$;
    exports.DescribeInstancePropertiesResult$ = DescribeInstancePropertiesResult$;
    exports.DescribeInventoryDeletions$ = DescribeInventoryDeletions$;
    exports.DescribeInventoryDeletionsCommand = DescribeInventoryDeletionsCommand;
    exports.DescribeInventoryDeletionsRequest$ = DescribeInventoryDeletionsRequest$;
    exports.DescribeInventoryDeletionsResult$ = DescribeInventoryDeletionsResult$;
    exports.DescribeMaintenanceWindowExecutionTaskInvocations$ = DescribeMaintenanceWindowExecutionTaskInvocations$;
    exports.DescribeMaintenanceWindowExecutionTaskInvocationsCommand = DescribeMaintenanceWindowExecutionTaskInvocationsCommand;
    exports.DescribeMaintenanceWindowExecutionTaskInvocationsRequest$ = DescribeMaintenanceWindowExecutionTaskInvocationsRequest$;
    exports.DescribeMaintenanceWindowExecutionTaskInvocationsResult$ = DescribeMaintenanceWindowExecutionTaskInvocationsResult$;
    exports.DescribeMaintenanceWindowExecutionTasks$ = DescribeMaintenanceWindowExecutionTasks$;
    exports.DescribeMaintenanceWindowExecutionTasksCommand = DescribeMaintenanceWindowExecutionTasksCommand;
    exports.DescribeMaintenanceWindowExecutionTasksRequest$ = DescribeMaintenanceWindowExecutionTasksRequest$;
    exports.DescribeMaintenanceWindowExecutionTasksResult$ = DescribeMaintenanceWindowExecutionTasksResult$;
    exports.DescribeMaintenanceWindowExecutions$ = DescribeMaintenanceWindowExecutions$;
    exports.DescribeMaintenanceWindowExecutionsCommand = DescribeMaintenanceWindowExecutionsCommand;
    exports.DescribeMaintenanceWindowExecutionsRequest$ = DescribeMaintenanceWindowExecutionsRequest$;
    exports.DescribeMaintenanceWindowExecutionsResult$ = DescribeMaintenanceWindowExecutionsResult$;
    exports.DescribeMaintenanceWindowSchedule$ = DescribeMaintenanceWindowSchedule$;
    exports.DescribeMaintenanceWindowScheduleCommand = DescribeMaintenanceWindowScheduleCommand;
    exports.DescribeMaintenanceWindowScheduleRequest$ = DescribeMaintenanceWindowScheduleRequest$;
    exports.DescribeMaintenanceWindowScheduleResult$ = DescribeMaintenanceWindowScheduleResult$;
    exports.DescribeMaintenanceWindowTargets$ = DescribeMaintenanceWindowTargets$;
    exports.DescribeMaintenanceWindowTargetsCommand = DescribeMaintenanceWindowTargetsCommand;
    exports.DescribeMaintenanceWindowTargetsRequest$ = DescribeMaintenanceWindowTargetsRequest$;
    exports.DescribeMaintenanceWindowTargetsResult$ = DescribeMaintenanceWindowTargetsResult$;
    exports.DescribeMaintenanceWindowTasks$ = DescribeMaintenanceWindowTasks$;
    exports.DescribeMaintenanceWindowTasksCommand = DescribeMaintenanceWindowTasksCommand;
    exports.DescribeMaintenanceWindowTasksRequest$ = DescribeMaintenanceWindowTasksRequest$;
    exports.DescribeMaintenanceWindowTasksResult$ = DescribeMaintenanceWindowTasksResult$;
    exports.DescribeMaintenanceWindows$ = DescribeMaintenanceWindows$;
    exports.DescribeMaintenanceWindowsCommand = DescribeMaintenanceWindowsCommand;
    exports.DescribeMaintenanceWindowsForTarget$ = DescribeMaintenanceWindowsForTarget$;
    exports.DescribeMaintenanceWindowsForTargetCommand = DescribeMaintenanceWindowsForTargetCommand;
    exports.DescribeMaintenanceWindowsForTargetRequest$ = DescribeMaintenanceWindowsForTargetRequest$;
    exports.DescribeMaintenanceWindowsForTargetResult$ = DescribeMaintenanceWindowsForTargetResult$;
    exports.DescribeMaintenanceWindowsRequest$ = DescribeMaintenanceWindowsRequest$;
    exports.DescribeMaintenanceWindowsResult$ = DescribeMaintenanceWindowsResult$;
    exports.DescribeOpsItems$ = DescribeOpsItems$;
    exports.DescribeOpsItemsCommand = DescribeOpsItemsCommand;
    exports.DescribeOpsItemsRequest$ = DescribeOpsItemsRequest$;
    exports.DescribeOpsItemsResponse$ = DescribeOpsItemsResponse$;
    exports.DescribeParameters$ = DescribeParameters$;
    exports.DescribeParametersCommand = DescribeParametersCommand;
    exports.DescribeParametersRequest$ = DescribeParametersRequest$;
    exports.DescribeParametersResult$ = DescribeParametersResult$;
    exports.DescribePatchBaselines$ = DescribePatchBaselines$;
    exports.DescribePatchBaselinesCommand = DescribePatchBaselinesCommand;
    exports.DescribePatchBaselinesRequest$ = DescribePatchBaselinesRequest$;
    exports.DescribePatchBaselinesResult$ = DescribePatchBaselinesResult$;
    exports.DescribePatchGroupState$ = DescribePatchGroupState$;
    exports.DescribePatchGroupStateCommand = DescribePatchGroupStateCommand;
    exports.DescribePatchGroupStateRequest$ = DescribePatchGroupStateRequest$;
    exports.DescribePatchGroupStateResult$ = DescribePatchGroupStateResult$;
    exports.DescribePatchGroups$ = DescribePatchGroups$;
    exports.DescribePatchGroupsCommand = DescribePatchGroupsCommand;
    exports.DescribePatchGroupsRequest$ = DescribePatchGroupsRequest$;
    exports.DescribePatchGroupsResult$ = DescribePatchGroupsResult$;
    exports.DescribePatchProperties$ = DescribePatchProperties$;
    exports.DescribePatchPropertiesCommand = DescribePatchPropertiesCommand;
    exports.DescribePatchPropertiesRequest$ = DescribePatchPropertiesRequest$;
    exports.DescribePatchPropertiesResult$ = DescribePatchPropertiesResult$;
    exports.DescribeSessions$ = DescribeSessions$;
    exports.DescribeSessionsCommand = DescribeSessionsCommand;
    exports.DescribeSessionsRequest$ = DescribeSessionsRequest$;
    exports.DescribeSessionsResponse$ = DescribeSessionsResponse$;
    exports.DisassociateOpsItemRelatedItem$ = DisassociateOpsItemRelatedItem$;
    exports.DisassociateOpsItemRelatedItemCommand = DisassociateOpsItemRelatedItemCommand;
    exports.DisassociateOpsItemRelatedItemRequest$ = DisassociateOpsItemRelatedItemRequest$;
    exports.DisassociateOpsItemRelatedItemResponse$ = DisassociateOpsItemRelatedItemResponse$;
    exports.DocumentAlreadyExists = DocumentAlreadyExists;
    exports.DocumentAlreadyExists$ = DocumentAlreadyExists$;
    exports.DocumentDefaultVersionDescription$ = DocumentDefaultVersionDescription$;
    exports.DocumentDescription$ = DocumentDescription$;
    exports.DocumentFilter$ = DocumentFilter$;
    exports.DocumentFilterKey = DocumentFilterKey;
    exports.DocumentFormat = DocumentFormat;
    exports.DocumentHashType = DocumentHashType;
    exports.DocumentIdentifier$ = DocumentIdentifier$;
    exports.DocumentKeyValuesFilter$ = DocumentKeyValuesFilter$;
    exports.DocumentLimitExceeded = DocumentLimitExceeded;
    exports.DocumentLimitExceeded$ = DocumentLimitExceeded$;
    exports.DocumentMetadataEnum = DocumentMetadataEnum;
    exports.DocumentMetadataResponseInfo$ = DocumentMetadataResponseInfo$;
    exports.DocumentParameter$ = DocumentParameter$;
    exports.DocumentParameterType = DocumentParameterType;
    exports.DocumentPermissionLimit = DocumentPermissionLimit;
    exports.DocumentPermissionLimit$ = DocumentPermissionLimit$;
    exports.DocumentPermissionType = DocumentPermissionType;
    exports.DocumentRequires$ = DocumentRequires$;
    exports.DocumentReviewAction = DocumentReviewAction;
    exports.DocumentReviewCommentSource$ = DocumentReviewCommentSource$;
    exports.DocumentReviewCommentType = DocumentReviewCommentType;
    exports.DocumentReviewerResponseSource$ = DocumentReviewerResponseSource$;
    exports.DocumentReviews$ = DocumentReviews$;
    exports.DocumentStatus = DocumentStatus;
    exports.DocumentType = DocumentType;
    exports.DocumentVersionInfo$ = DocumentVersionInfo$;
    exports.DocumentVersionLimitExceeded = DocumentVersionLimitExceeded;
    exports.DocumentVersionLimitExceeded$ = DocumentVersionLimitExceeded$;
    exports.DoesNotExistException = DoesNotExistException;
    exports.DoesNotExistException$ = DoesNotExistException$;
    exports.DuplicateDocumentContent = DuplicateDocumentContent;
    exports.DuplicateDocumentContent$ = DuplicateDocumentContent$;
    exports.DuplicateDocumentVersionName = DuplicateDocumentVersionName;
    exports.DuplicateDocumentVersionName$ = DuplicateDocumentVersionName$;
    exports.DuplicateInstanceId = DuplicateInstanceId;
    exports.DuplicateInstanceId$ = DuplicateInstanceId$;
    exports.EffectivePatch$ = EffectivePatch$;
    exports.ExecutionInputs$ = ExecutionInputs$;
    exports.ExecutionMode = ExecutionMode;
    exports.ExecutionPreview$ = ExecutionPreview$;
    exports.ExecutionPreviewStatus = ExecutionPreviewStatus;
    exports.ExternalAlarmState = ExternalAlarmState;
    exports.FailedCreateAssociation$ = FailedCreateAssociation$;
    exports.FailureDetails$ = FailureDetails$;
    exports.Fault = Fault;
    exports.FeatureNotAvailableException = FeatureNotAvailableException;
    exports.FeatureNotAvailableException$ = FeatureNotAvailableException$;
    exports.GcpConfiguration$ = GcpConfiguration$;
    exports.GcpConfigurationTargets$ = GcpConfigurationTargets$;
    exports.GcpProject$ = GcpProject$;
    exports.GetAccessToken$ = GetAccessToken$;
    exports.GetAccessTokenCommand = GetAccessTokenCommand;
    exports.GetAccessTokenRequest$ = GetAccessTokenRequest$;
    exports.GetAccessTokenResponse$ = GetAccessTokenResponse$;
    exports.GetAutomationExecution$ = GetAutomationExecution$;
    exports.GetAutomationExecutionCommand = GetAutomationExecutionCommand;
    exports.GetAutomationExecutionRequest$ = GetAutomationExecutionRequest$;
    exports.GetAutomationExecutionResult$ = GetAutomationExecutionResult$;
    exports.GetCalendarState$ = GetCalendarState$;
    exports.GetCalendarStateCommand = GetCalendarStateCommand;
    exports.GetCalendarStateRequest$ = GetCalendarStateRequest$;
    exports.GetCalendarStateResponse$ = GetCalendarStateResponse$;
    exports.GetCloudConnector$ = GetCloudConnector$;
    exports.GetCloudConnectorCommand = GetCloudConnectorCommand;
    exports.GetCloudConnectorRequest$ = GetCloudConnectorRequest$;
    exports.GetCloudConnectorResult$ = GetCloudConnectorResult$;
    exports.GetCommandInvocation$ = GetCommandInvocation$;
    exports.GetCommandInvocationCommand = GetCommandInvocationCommand;
    exports.GetCommandInvocationRequest$ = GetCommandInvocationRequest$;
    exports.GetCommandInvocationResult$ = GetCommandInvocationResult$;
    exports.GetConnectionStatus$ = GetConnectionStatus$;
    exports.GetConnectionStatusCommand = GetConnectionStatusCommand;
    exports.GetConnectionStatusRequest$ = GetConnectionStatusRequest$;
    exports.GetConnectionStatusResponse$ = GetConnectionStatusResponse$;
    exports.GetDefaultPatchBaseline$ = GetDefaultPatchBaseline$;
    exports.GetDefaultPatchBaselineCommand = GetDefaultPatchBaselineCommand;
    exports.GetDefaultPatchBaselineRequest$ = GetDefaultPatchBaselineRequest$;
    exports.GetDefaultPatchBaselineResult$ = GetDefaultPatchBaselineResult$;
    exports.GetDeployablePatchSnapshotForInstance$ = GetDeployablePatchSnapshotForInstance$;
    exports.GetDeployablePatchSnapshotForInstanceCommand = GetDeployablePatchSnapshotForInstanceCommand;
    exports.GetDeployablePatchSnapshotForInstanceRequest$ = GetDeployablePatchSnapshotForInstanceRequest$;
    exports.GetDeployablePatchSnapshotForInstanceResult$ = GetDeployablePatchSnapshotForInstanceResult$;
    exports.GetDocument$ = GetDocument$;
    exports.GetDocumentCommand = GetDocumentCommand;
    exports.GetDocumentRequest$ = GetDocumentRequest$;
    exports.GetDocumentResult$ = GetDocumentResult$;
    exports.GetExecutionPreview$ = GetExecutionPreview$;
    exports.GetExecutionPreviewCommand = GetExecutionPreviewCommand;
    exports.GetExecutionPreviewRequest$ = GetExecutionPreviewRequest$;
    exports.GetExecutionPreviewResponse$ = GetExecutionPreviewResponse$;
    exports.GetInventory$ = GetInventory$;
    exports.GetInventoryCommand = GetInventoryCommand;
    exports.GetInventoryRequest$ = GetInventoryRequest$;
    exports.GetInventoryResult$ = GetInventoryResult$;
    exports.GetInventorySchema$ = GetInventorySchema$;
    exports.GetInventorySchemaCommand = GetInventorySchemaCommand;
    exports.GetInventorySchemaRequest$ = GetInventorySchemaRequest$;
    exports.GetInventorySchemaResult$ = GetInventorySchemaResult$;
    exports.GetMaintenanceWindow$ = GetMaintenanceWindow$;
    exports.GetMaintenanceWindowCommand = GetMaintenanceWindowCommand;
    exports.GetMaintenanceWindowExecution$ = GetMaintenanceWindowExecution$;
    exports.GetMaintenanceWindowExecutionCommand = GetMaintenanceWindowExecutionCommand;
    exports.GetMaintenanceWindowExecutionRequest$ = GetMaintenanceWindowExecutionRequest$;
    exports.GetMaintenanceWindowExecutionResult$ = GetMaintenanceWindowExecutionResult$;
    exports.GetMaintenanceWindowExecutionTask$ = GetMaintenanceWindowExecutionTask$;
    exports.GetMaintenanceWindowExecutionTaskCommand = GetMaintenanceWindowExecutionTaskCommand;
    exports.GetMaintenanceWindowExecutionTaskInvocation$ = GetMaintenanceWindowExecutionTaskInvocation$;
    exports.GetMaintenanceWindowExecutionTaskInvocationCommand = GetMaintenanceWindowExecutionTaskInvocationCommand;
    exports.GetMaintenanceWindowExecutionTaskInvocationRequest$ = GetMaintenanceWindowExecutionTaskInvocationRequest$;
    exports.GetMaintenanceWindowExecutionTaskInvocationResult$ = GetMaintenanceWindowExecutionTaskInvocationResult$;
    exports.GetMaintenanceWindowExecutionTaskRequest$ = GetMaintenanceWindowExecutionTaskRequest$;
    exports.GetMaintenanceWindowExecutionTaskResult$ = GetMaintenanceWindowExecutionTaskResult$;
    exports.GetMaintenanceWindowRequest$ = GetMaintenanceWindowRequest$;
    exports.GetMaintenanceWindowResult$ = GetMaintenanceWindowResult$;
    exports.GetMaintenanceWindowTask$ = GetMaintenanceWindowTask$;
    exports.GetMaintenanceWindowTaskCommand = GetMaintenanceWindowTaskCommand;
    exports.GetMaintenanceWindowTaskRequest$ = GetMaintenanceWindowTaskRequest$;
    exports.GetMaintenanceWindowTaskResult$ = GetMaintenanceWindowTaskResult$;
    exports.GetOpsItem$ = GetOpsItem$;
    exports.GetOpsItemCommand = GetOpsItemCommand;
    exports.GetOpsItemRequest$ = GetOpsItemRequest$;
    exports.GetOpsItemResponse$ = GetOpsItemResponse$;
    exports.GetOpsMetadata$ = GetOpsMetadata$;
    exports.GetOpsMetadataCommand = GetOpsMetadataCommand;
    exports.GetOpsMetadataRequest$ = GetOpsMetadataRequest$;
    exports.GetOpsMetadataResult$ = GetOpsMetadataResult$;
    exports.GetOpsSummary$ = GetOpsSummary$;
    exports.GetOpsSummaryCommand = GetOpsSummaryCommand;
    exports.GetOpsSummaryRequest$ = GetOpsSummaryRequest$;
    exports.GetOpsSummaryResult$ = GetOpsSummaryResult$;
    exports.GetParameter$ = GetParameter$;
    exports.GetParameterCommand = GetParameterCommand;
    exports.GetParameterHistory$ = GetParameterHistory$;
    exports.GetParameterHistoryCommand = GetParameterHistoryCommand;
    exports.GetParameterHistoryRequest$ = GetParameterHistoryRequest$;
    exports.GetParameterHistoryResult$ = GetParameterHistoryResult$;
    exports.GetParameterRequest$ = GetParameterRequest$;
    exports.GetParameterResult$ = GetParameterResult$;
    exports.GetParameters$ = GetParameters$;
    exports.GetParametersByPath$ = GetParametersByPath$;
    exports.GetParametersByPathCommand = GetParametersByPathCommand;
    exports.GetParametersByPathRequest$ = GetParametersByPathRequest$;
    exports.GetParametersByPathResult$ = GetParametersByPathResult$;
    exports.GetParametersCommand = GetParametersCommand;
    exports.GetParametersRequest$ = GetParametersRequest$;
    exports.GetParametersResult$ = GetParametersResult$;
    exports.GetPatchBaseline$ = GetPatchBaseline$;
    exports.GetPatchBaselineCommand = GetPatchBaselineCommand;
    exports.GetPatchBaselineForPatchGroup$ = GetPatchBaselineForPatchGroup$;
    exports.GetPatchBaselineForPatchGroupCommand = GetPatchBaselineForPatchGroupCommand;
    exports.GetPatchBaselineForPatchGroupRequest$ = GetPatchBaselineForPatchGroupRequest$;
    exports.GetPatchBaselineForPatchGroupResult$ = GetPatchBaselineForPatchGroupResult$;
    exports.GetPatchBaselineRequest$ = GetPatchBaselineRequest$;
    exports.GetPatchBaselineResult$ = GetPatchBaselineResult$;
    exports.GetResourcePolicies$ = GetResourcePolicies$;
    exports.GetResourcePoliciesCommand = GetResourcePoliciesCommand;
    exports.GetResourcePoliciesRequest$ = GetResourcePoliciesRequest$;
    exports.GetResourcePoliciesResponse$ = GetResourcePoliciesResponse$;
    exports.GetResourcePoliciesResponseEntry$ = GetResourcePoliciesResponseEntry$;
    exports.GetServiceSetting$ = GetServiceSetting$;
    exports.GetServiceSettingCommand = GetServiceSettingCommand;
    exports.GetServiceSettingRequest$ = GetServiceSettingRequest$;
    exports.GetServiceSettingResult$ = GetServiceSettingResult$;
    exports.HierarchyLevelLimitExceededException = HierarchyLevelLimitExceededException;
    exports.HierarchyLevelLimitExceededException$ = HierarchyLevelLimitExceededException$;
    exports.HierarchyTypeMismatchException = HierarchyTypeMismatchException;
    exports.HierarchyTypeMismatchException$ = HierarchyTypeMismatchException$;
    exports.IdempotentParameterMismatch = IdempotentParameterMismatch;
    exports.IdempotentParameterMismatch$ = IdempotentParameterMismatch$;
    exports.ImpactType = ImpactType;
    exports.IncompatiblePolicyException = IncompatiblePolicyException;
    exports.IncompatiblePolicyException$ = IncompatiblePolicyException$;
    exports.InstanceAggregatedAssociationOverview$ = InstanceAggregatedAssociationOverview$;
    exports.InstanceAssociation$ = InstanceAssociation$;
    exports.InstanceAssociationOutputLocation$ = InstanceAssociationOutputLocation$;
    exports.InstanceAssociationOutputUrl$ = InstanceAssociationOutputUrl$;
    exports.InstanceAssociationStatusInfo$ = InstanceAssociationStatusInfo$;
    exports.InstanceInfo$ = InstanceInfo$;
    exports.InstanceInformation$ = InstanceInformation$;
    exports.InstanceInformationFilter$ = InstanceInformationFilter$;
    exports.InstanceInformationFilterKey = InstanceInformationFilterKey;
    exports.InstanceInformationStringFilter$ = InstanceInformationStringFilter$;
    exports.InstancePatchState$ = InstancePatchState$;
    exports.InstancePatchStateFilter$ = InstancePatchStateFilter$;
    exports.InstancePatchStateOperatorType = InstancePatchStateOperatorType;
    exports.InstanceProperty$ = InstanceProperty$;
    exports.InstancePropertyFilter$ = InstancePropertyFilter$;
    exports.InstancePropertyFilterKey = InstancePropertyFilterKey;
    exports.InstancePropertyFilterOperator = InstancePropertyFilterOperator;
    exports.InstancePropertyStringFilter$ = InstancePropertyStringFilter$;
    exports.InternalServerError = InternalServerError;
    exports.InternalServerError$ = InternalServerError$;
    exports.InvalidActivation = InvalidActivation;
    exports.InvalidActivation$ = InvalidActivation$;
    exports.InvalidActivationId = InvalidActivationId;
    exports.InvalidActivationId$ = InvalidActivationId$;
    exports.InvalidAggregatorException = InvalidAggregatorException;
    exports.InvalidAggregatorException$ = InvalidAggregatorException$;
    exports.InvalidAllowedPatternException = InvalidAllowedPatternException;
    exports.InvalidAllowedPatternException$ = InvalidAllowedPatternException$;
    exports.InvalidAssociation = InvalidAssociation;
    exports.InvalidAssociation$ = InvalidAssociation$;
    exports.InvalidAssociationVersion = InvalidAssociationVersion;
    exports.InvalidAssociationVersion$ = InvalidAssociationVersion$;
    exports.InvalidAutomationExecutionParametersException = InvalidAutomationExecutionParametersException;
    exports.InvalidAutomationExecutionParametersException$ = InvalidAutomationExecutionParametersException$;
    exports.InvalidAutomationSignalException = InvalidAutomationSignalException;
    exports.InvalidAutomationSignalException$ = InvalidAutomationSignalException$;
    exports.InvalidAutomationStatusUpdateException = InvalidAutomationStatusUpdateException;
    exports.InvalidAutomationStatusUpdateException$ = InvalidAutomationStatusUpdateException$;
    exports.InvalidCommandId = InvalidCommandId;
    exports.InvalidCommandId$ = InvalidCommandId$;
    exports.InvalidDeleteInventoryParametersException = InvalidDeleteInventoryParametersException;
    exports.InvalidDeleteInventoryParametersException$ = InvalidDeleteInventoryParametersException$;
    exports.InvalidDeletionIdException = InvalidDeletionIdException;
    exports.InvalidDeletionIdException$ = InvalidDeletionIdException$;
    exports.InvalidDocument = InvalidDocument;
    exports.InvalidDocument$ = InvalidDocument$;
    exports.InvalidDocumentContent = InvalidDocumentContent;
    exports.InvalidDocumentContent$ = InvalidDocumentContent$;
    exports.InvalidDocumentOperation = InvalidDocumentOperation;
    exports.InvalidDocumentOperation$ = InvalidDocumentOperation$;
    exports.InvalidDocumentSchemaVersion = InvalidDocumentSchemaVersion;
    exports.InvalidDocumentSchemaVersion$ = InvalidDocumentSchemaVersion$;
    exports.InvalidDocumentType = InvalidDocumentType;
    exports.InvalidDocumentType$ = InvalidDocumentType$;
    exports.InvalidDocumentVersion = InvalidDocumentVersion;
    exports.InvalidDocumentVersion$ = InvalidDocumentVersion$;
    exports.InvalidFilter = InvalidFilter;
    exports.InvalidFilter$ = InvalidFilter$;
    exports.InvalidFilterKey = InvalidFilterKey;
    exports.InvalidFilterKey$ = InvalidFilterKey$;
    exports.InvalidFilterOption = InvalidFilterOption;
    exports.InvalidFilterOption$ = InvalidFilterOption$;
    exports.InvalidFilterValue = InvalidFilterValue;
    exports.InvalidFilterValue$ = InvalidFilterValue$;
    exports.InvalidInstanceId = InvalidInstanceId;
    exports.InvalidInstanceId$ = InvalidInstanceId$;
    exports.InvalidInstanceInformationFilterValue = InvalidInstanceInformationFilterValue;
    exports.InvalidInstanceInformationFilterValue$ = InvalidInstanceInformationFilterValue$;
    exports.InvalidInstancePropertyFilterValue = InvalidInstancePropertyFilterValue;
    exports.InvalidInstancePropertyFilterValue$ = InvalidInstancePropertyFilterValue$;
    exports.InvalidInventoryGroupException = InvalidInventoryGroupException;
    exports.InvalidInventoryGroupException$ = InvalidInventoryGroupException$;
    exports.InvalidInventoryItemContextException = InvalidInventoryItemContextException;
    exports.InvalidInventoryItemContextException$ = InvalidInventoryItemContextException$;
    exports.InvalidInventoryRequestException = InvalidInventoryRequestException;
    exports.InvalidInventoryRequestException$ = InvalidInventoryRequestException$;
    exports.InvalidItemContentException = InvalidItemContentException;
    exports.InvalidItemContentException$ = InvalidItemContentException$;
    exports.InvalidKeyId = InvalidKeyId;
    exports.InvalidKeyId$ = InvalidKeyId$;
    exports.InvalidNextToken = InvalidNextToken;
    exports.InvalidNextToken$ = InvalidNextToken$;
    exports.InvalidNotificationConfig = InvalidNotificationConfig;
    exports.InvalidNotificationConfig$ = InvalidNotificationConfig$;
    exports.InvalidOptionException = InvalidOptionException;
    exports.InvalidOptionException$ = InvalidOptionException$;
    exports.InvalidOutputFolder = InvalidOutputFolder;
    exports.InvalidOutputFolder$ = InvalidOutputFolder$;
    exports.InvalidOutputLocation = InvalidOutputLocation;
    exports.InvalidOutputLocation$ = InvalidOutputLocation$;
    exports.InvalidParameters = InvalidParameters;
    exports.InvalidParameters$ = InvalidParameters$;
    exports.InvalidPermissionType = InvalidPermissionType;
    exports.InvalidPermissionType$ = InvalidPermissionType$;
    exports.InvalidPluginName = InvalidPluginName;
    exports.InvalidPluginName$ = InvalidPluginName$;
    exports.InvalidPolicyAttributeException = InvalidPolicyAttributeException;
    exports.InvalidPolicyAttributeException$ = InvalidPolicyAttributeException$;
    exports.InvalidPolicyTypeException = InvalidPolicyTypeException;
    exports.InvalidPolicyTypeException$ = InvalidPolicyTypeException$;
    exports.InvalidResourceId = InvalidResourceId;
    exports.InvalidResourceId$ = InvalidResourceId$;
    exports.InvalidResourceType = InvalidResourceType;
    exports.InvalidResourceType$ = InvalidResourceType$;
    exports.InvalidResultAttributeException = InvalidResultAttributeException;
    exports.InvalidResultAttributeException$ = InvalidResultAttributeException$;
    exports.InvalidRole = InvalidRole;
    exports.InvalidRole$ = InvalidRole$;
    exports.InvalidSchedule = InvalidSchedule;
    exports.InvalidSchedule$ = InvalidSchedule$;
    exports.InvalidTag = InvalidTag;
    exports.InvalidTag$ = InvalidTag$;
    exports.InvalidTarget = InvalidTarget;
    exports.InvalidTarget$ = InvalidTarget$;
    exports.InvalidTargetMaps = InvalidTargetMaps;
    exports.InvalidTargetMaps$ = InvalidTargetMaps$;
    exports.InvalidTypeNameException = InvalidTypeNameException;
    exports.InvalidTypeNameException$ = InvalidTypeNameException$;
    exports.InvalidUpdate = InvalidUpdate;
    exports.InvalidUpdate$ = InvalidUpdate$;
    exports.InventoryAggregator$ = InventoryAggregator$;
    exports.InventoryAttributeDataType = InventoryAttributeDataType;
    exports.InventoryDeletionStatus = InventoryDeletionStatus;
    exports.InventoryDeletionStatusItem$ = InventoryDeletionStatusItem$;
    exports.InventoryDeletionSummary$ = InventoryDeletionSummary$;
    exports.InventoryDeletionSummaryItem$ = InventoryDeletionSummaryItem$;
    exports.InventoryFilter$ = InventoryFilter$;
    exports.InventoryGroup$ = InventoryGroup$;
    exports.InventoryItem$ = InventoryItem$;
    exports.InventoryItemAttribute$ = InventoryItemAttribute$;
    exports.InventoryItemSchema$ = InventoryItemSchema$;
    exports.InventoryQueryOperatorType = InventoryQueryOperatorType;
    exports.InventoryResultEntity$ = InventoryResultEntity$;
    exports.InventoryResultItem$ = InventoryResultItem$;
    exports.InventorySchemaDeleteOption = InventorySchemaDeleteOption;
    exports.InvocationDoesNotExist = InvocationDoesNotExist;
    exports.InvocationDoesNotExist$ = InvocationDoesNotExist$;
    exports.ItemContentMismatchException = ItemContentMismatchException;
    exports.ItemContentMismatchException$ = ItemContentMismatchException$;
    exports.ItemSizeLimitExceededException = ItemSizeLimitExceededException;
    exports.ItemSizeLimitExceededException$ = ItemSizeLimitExceededException$;
    exports.LabelParameterVersion$ = LabelParameterVersion$;
    exports.LabelParameterVersionCommand = LabelParameterVersionCommand;
    exports.LabelParameterVersionRequest$ = LabelParameterVersionRequest$;
    exports.LabelParameterVersionResult$ = LabelParameterVersionResult$;
    exports.LastResourceDataSyncStatus = LastResourceDataSyncStatus;
    exports.ListAssociationVersions$ = ListAssociationVersions$;
    exports.ListAssociationVersionsCommand = ListAssociationVersionsCommand;
    exports.ListAssociationVersionsRequest$ = ListAssociationVersionsRequest$;
    exports.ListAssociationVersionsResult$ = ListAssociationVersionsResult$;
    exports.ListAssociations$ = ListAssociations$;
    exports.ListAssociationsCommand = ListAssociationsCommand;
    exports.ListAssociationsRequest$ = ListAssociationsRequest$;
    exports.ListAssociationsResult$ = ListAssociationsResult$;
    exports.ListCloudConnectors$ = ListCloudConnectors$;
    exports.ListCloudConnectorsCommand = ListCloudConnectorsCommand;
    exports.ListCloudConnectorsRequest$ = ListCloudConnectorsRequest$;
    exports.ListCloudConnectorsResult$ = ListCloudConnectorsResult$;
    exports.ListCommandInvocations$ = ListCommandInvocations$;
    exports.ListCommandInvocationsCommand = ListCommandInvocationsCommand;
    exports.ListCommandInvocationsRequest$ = ListCommandInvocationsRequest$;
    exports.ListCommandInvocationsResult$ = ListCommandInvocationsResult$;
    exports.ListCommands$ = ListCommands$;
    exports.ListCommandsCommand = ListCommandsCommand;
    exports.ListCommandsRequest$ = ListCommandsRequest$;
    exports.ListCommandsResult$ = ListCommandsResult$;
    exports.ListComplianceItems$ = ListComplianceItems$;
    exports.ListComplianceItemsCommand = ListComplianceItemsCommand;
    exports.ListComplianceItemsRequest$ = ListComplianceItemsRequest$;
    exports.ListComplianceItemsResult$ = ListComplianceItemsResult$;
    exports.ListComplianceSummaries$ = ListComplianceSummaries$;
    exports.ListComplianceSummariesCommand = ListComplianceSummariesCommand;
    exports.ListComplianceSummariesRequest$ = ListComplianceSummariesRequest$;
    exports.ListComplianceSummariesResult$ = ListComplianceSummariesResult$;
    exports.ListDocumentMetadataHistory$ = ListDocumentMetadataHistory$;
    exports.ListDocumentMetadataHistoryCommand = ListDocumentMetadataHistoryCommand;
    exports.ListDocumentMetadataHistoryRequest$ = ListDocumentMetadataHistoryRequest$;
    exports.ListDocumentMetadataHistoryResponse$ = ListDocumentMetadataHistoryResponse$;
    exports.ListDocumentVersions$ = ListDocumentVersions$;
    exports.ListDocumentVersionsCommand = ListDocumentVersionsCommand;
    exports.ListDocumentVersionsRequest$ = ListDocumentVersionsRequest$;
    exports.ListDocumentVersionsResult$ = ListDocumentVersionsResult$;
    exports.ListDocuments$ = ListDocuments$;
    exports.ListDocumentsCommand = ListDocumentsCommand;
    exports.ListDocumentsRequest$ = ListDocumentsRequest$;
    exports.ListDocumentsResult$ = ListDocumentsResult$;
    exports.ListInventoryEntries$ = ListInventoryEntries$;
    exports.ListInventoryEntriesCommand = ListInventoryEntriesCommand;
    exports.ListInventoryEntriesRequest$ = ListInventoryEntriesRequest$;
    exports.ListInventoryEntriesResult$ = ListInventoryEntriesResult$;
    exports.ListNodes$ = ListNodes$;
    exports.ListNodesCommand = ListNodesCommand;
    exports.ListNodesRequest$ = ListNodesRequest$;
    exports.ListNodesResult$ = ListNodesResult$;
    exports.ListNodesSummary$ = ListNodesSummary$;
    exports.ListNodesSummaryCommand = ListNodesSummaryCommand;
    exports.ListNodesSummaryRequest$ = ListNodesSummaryRequest$;
    exports.ListNodesSummaryResult$ = ListNodesSummaryResult$;
    exports.ListOpsItemEvents$ = ListOpsItemEvents$;
    exports.ListOpsItemEventsCommand = ListOpsItemEventsCommand;
    exports.ListOpsItemEventsRequest$ = ListOpsItemEventsRequest$;
    exports.ListOpsItemEventsResponse$ = ListOpsItemEventsResponse$;
    exports.ListOpsItemRelatedItems$ = ListOpsItemRelatedItems$;
    exports.ListOpsItemRelatedItemsCommand = ListOpsItemRelatedItemsCommand;
    exports.ListOpsItemRelatedItemsRequest$ = ListOpsItemRelatedItemsRequest$;
    exports.ListOpsItemRelatedItemsResponse$ = ListOpsItemRelatedItemsResponse$;
    exports.ListOpsMetadata$ = ListOpsMetadata$;
    exports.ListOpsMetadataCommand = ListOpsMetadataCommand;
    exports.ListOpsMetadataRequest$ = ListOpsMetadataRequest$;
    exports.ListOpsMetadataResult$ = ListOpsMetadataResult$;
    exports.ListResourceComplianceSummaries$ = ListResourceComplianceSummaries$;
    exports.ListResourceComplianceSummariesCommand = ListResourceComplianceSummariesCommand;
    exports.ListResourceComplianceSummariesRequest$ = ListResourceComplianceSummariesRequest$;
    exports.ListResourceComplianceSummariesResult$ = ListResourceComplianceSummariesResult$;
    exports.ListResourceDataSync$ = ListResourceDataSync$;
    exports.ListResourceDataSyncCommand = ListResourceDataSyncCommand;
    exports.ListResourceDataSyncRequest$ = ListResourceDataSyncRequest$;
    exports.ListResourceDataSyncResult$ = ListResourceDataSyncResult$;
    exports.ListTagsForResource$ = ListTagsForResource$;
    exports.ListTagsForResourceCommand = ListTagsForResourceCommand;
    exports.ListTagsForResourceRequest$ = ListTagsForResourceRequest$;
    exports.ListTagsForResourceResult$ = ListTagsForResourceResult$;
    exports.LoggingInfo$ = LoggingInfo$;
    exports.MaintenanceWindowAutomationParameters$ = MaintenanceWindowAutomationParameters$;
    exports.MaintenanceWindowExecution$ = MaintenanceWindowExecution$;
    exports.MaintenanceWindowExecutionStatus = MaintenanceWindowExecutionStatus;
    exports.MaintenanceWindowExecutionTaskIdentity$ = MaintenanceWindowExecutionTaskIdentity$;
    exports.MaintenanceWindowExecutionTaskInvocationIdentity$ = MaintenanceWindowExecutionTaskInvocationIdentity$;
    exports.MaintenanceWindowFilter$ = MaintenanceWindowFilter$;
    exports.MaintenanceWindowIdentity$ = MaintenanceWindowIdentity$;
    exports.MaintenanceWindowIdentityForTarget$ = MaintenanceWindowIdentityForTarget$;
    exports.MaintenanceWindowLambdaParameters$ = MaintenanceWindowLambdaParameters$;
    exports.MaintenanceWindowResourceType = MaintenanceWindowResourceType;
    exports.MaintenanceWindowRunCommandParameters$ = MaintenanceWindowRunCommandParameters$;
    exports.MaintenanceWindowStepFunctionsParameters$ = MaintenanceWindowStepFunctionsParameters$;
    exports.MaintenanceWindowTarget$ = MaintenanceWindowTarget$;
    exports.MaintenanceWindowTask$ = MaintenanceWindowTask$;
    exports.MaintenanceWindowTaskCutoffBehavior = MaintenanceWindowTaskCutoffBehavior;
    exports.MaintenanceWindowTaskInvocationParameters$ = MaintenanceWindowTaskInvocationParameters$;
    exports.MaintenanceWindowTaskParameterValueExpression$ = MaintenanceWindowTaskParameterValueExpression$;
    exports.MaintenanceWindowTaskType = MaintenanceWindowTaskType;
    exports.MalformedResourcePolicyDocumentException = MalformedResourcePolicyDocumentException;
    exports.MalformedResourcePolicyDocumentException$ = MalformedResourcePolicyDocumentException$;
    exports.ManagedStatus = ManagedStatus;
    exports.MaxDocumentSizeExceeded = MaxDocumentSizeExceeded;
    exports.MaxDocumentSizeExceeded$ = MaxDocumentSizeExceeded$;
    exports.MetadataValue$ = MetadataValue$;
    exports.ModifyDocumentPermission$ = ModifyDocumentPermission$;
    exports.ModifyDocumentPermissionCommand = ModifyDocumentPermissionCommand;
    exports.ModifyDocumentPermissionRequest$ = ModifyDocumentPermissionRequest$;
    exports.ModifyDocumentPermissionResponse$ = ModifyDocumentPermissionResponse$;
    exports.NoLongerSupportedException = NoLongerSupportedException;
    exports.NoLongerSupportedException$ = NoLongerSupportedException$;
    exports.Node$ = Node$;
    exports.NodeAggregator$ = NodeAggregator$;
    exports.NodeAggregatorType = NodeAggregatorType;
    exports.NodeAttributeName = NodeAttributeName;
    exports.NodeFilter$ = NodeFilter$;
    exports.NodeFilterKey = NodeFilterKey;
    exports.NodeFilterOperatorType = NodeFilterOperatorType;
    exports.NodeOwnerInfo$ = NodeOwnerInfo$;
    exports.NodeType$ = NodeType$;
    exports.NodeTypeName = NodeTypeName;
    exports.NonCompliantSummary$ = NonCompliantSummary$;
    exports.NotificationConfig$ = NotificationConfig$;
    exports.NotificationEvent = NotificationEvent;
    exports.NotificationType = NotificationType;
    exports.OperatingSystem = OperatingSystem;
    exports.OpsAggregator$ = OpsAggregator$;
    exports.OpsEntity$ = OpsEntity$;
    exports.OpsEntityItem$ = OpsEntityItem$;
    exports.OpsFilter$ = OpsFilter$;
    exports.OpsFilterOperatorType = OpsFilterOperatorType;
    exports.OpsItem$ = OpsItem$;
    exports.OpsItemAccessDeniedException = OpsItemAccessDeniedException;
    exports.OpsItemAccessDeniedException$ = OpsItemAccessDeniedException$;
    exports.OpsItemAlreadyExistsException = OpsItemAlreadyExistsException;
    exports.OpsItemAlreadyExistsException$ = OpsItemAlreadyExistsException$;
    exports.OpsItemConflictException = OpsItemConflictException;
    exports.OpsItemConflictException$ = OpsItemConflictException$;
    exports.OpsItemDataType = OpsItemDataType;
    exports.OpsItemDataValue$ = OpsItemDataValue$;
    exports.OpsItemEventFilter$ = OpsItemEventFilter$;
    exports.OpsItemEventFilterKey = OpsItemEventFilterKey;
    exports.OpsItemEventFilterOperator = OpsItemEventFilterOperator;
    exports.OpsItemEventSummary$ = OpsItemEventSummary$;
    exports.OpsItemFilter$ = OpsItemFilter$;
    exports.OpsItemFilterKey = OpsItemFilterKey;
    exports.OpsItemFilterOperator = OpsItemFilterOperator;
    exports.OpsItemIdentity$ = OpsItemIdentity$;
    exports.OpsItemInvalidParameterException = OpsItemInvalidParameterException;
    exports.OpsItemInvalidParameterException$ = OpsItemInvalidParameterException$;
    exports.OpsItemLimitExceededException = OpsItemLimitExceededException;
    exports.OpsItemLimitExceededException$ = OpsItemLimitExceededException$;
    exports.OpsItemNotFoundException = OpsItemNotFoundException;
    exports.OpsItemNotFoundException$ = OpsItemNotFoundException$;
    exports.OpsItemNotification$ = OpsItemNotification$;
    exports.OpsItemRelatedItemAlreadyExistsException = OpsItemRelatedItemAlreadyExistsException;
    exports.OpsItemRelatedItemAlreadyExistsException$ = OpsItemRelatedItemAlreadyExistsException$;
    exports.OpsItemRelatedItemAssociationNotFoundException = OpsItemRelatedItemAssociationNotFoundException;
    exports.OpsItemRelatedItemAssociationNotFoundException$ = OpsItemRelatedItemAssociationNotFoundException$;
    exports.OpsItemRelatedItemSummary$ = OpsItemRelatedItemSummary$;
    exports.OpsItemRelatedItemsFilter$ = OpsItemRelatedItemsFilter$;
    exports.OpsItemRelatedItemsFilterKey = OpsItemRelatedItemsFilterKey;
    exports.OpsItemRelatedItemsFilterOperator = OpsItemRelatedItemsFilterOperator;
    exports.OpsItemStatus = OpsItemStatus;
    exports.OpsItemSummary$ = OpsItemSummary$;
    exports.OpsMetadata$ = OpsMetadata$;
    exports.OpsMetadataAlreadyExistsException = OpsMetadataAlreadyExistsException;
    exports.OpsMetadataAlreadyExistsException$ = OpsMetadataAlreadyExistsException$;
    exports.OpsMetadataFilter$ = OpsMetadataFilter$;
    exports.OpsMetadataInvalidArgumentException = OpsMetadataInvalidArgumentException;
    exports.OpsMetadataInvalidArgumentException$ = OpsMetadataInvalidArgumentException$;
    exports.OpsMetadataKeyLimitExceededException = OpsMetadataKeyLimitExceededException;
    exports.OpsMetadataKeyLimitExceededException$ = OpsMetadataKeyLimitExceededException$;
    exports.OpsMetadataLimitExceededException = OpsMetadataLimitExceededException;
    exports.OpsMetadataLimitExceededException$ = OpsMetadataLimitExceededException$;
    exports.OpsMetadataNotFoundException = OpsMetadataNotFoundException;
    exports.OpsMetadataNotFoundException$ = OpsMetadataNotFoundException$;
    exports.OpsMetadataTooManyUpdatesException = OpsMetadataTooManyUpdatesException;
    exports.OpsMetadataTooManyUpdatesException$ = OpsMetadataTooManyUpdatesException$;
    exports.OpsResultAttribute$ = OpsResultAttribute$;
    exports.OutputSource$ = OutputSource$;
    exports.Parameter$ = Parameter$;
    exports.ParameterAlreadyExists = ParameterAlreadyExists;
    exports.ParameterAlreadyExists$ = ParameterAlreadyExists$;
    exports.ParameterHistory$ = ParameterHistory$;
    exports.ParameterInlinePolicy$ = ParameterInlinePolicy$;
    exports.ParameterLimitExceeded = ParameterLimitExceeded;
    exports.ParameterLimitExceeded$ = ParameterLimitExceeded$;
    exports.ParameterMaxVersionLimitExceeded = ParameterMaxVersionLimitExceeded;
    exports.ParameterMaxVersionLimitExceeded$ = ParameterMaxVersionLimitExceeded$;
    exports.ParameterMetadata$ = ParameterMetadata$;
    exports.ParameterNotFound = ParameterNotFound;
    exports.ParameterNotFound$ = ParameterNotFound$;
    exports.ParameterPatternMismatchException = ParameterPatternMismatchException;
    exports.ParameterPatternMismatchException$ = ParameterPatternMismatchException$;
    exports.ParameterStringFilter$ = ParameterStringFilter$;
    exports.ParameterTier = ParameterTier;
    exports.ParameterType = ParameterType;
    exports.ParameterVersionLabelLimitExceeded = ParameterVersionLabelLimitExceeded;
    exports.ParameterVersionLabelLimitExceeded$ = ParameterVersionLabelLimitExceeded$;
    exports.ParameterVersionNotFound = ParameterVersionNotFound;
    exports.ParameterVersionNotFound$ = ParameterVersionNotFound$;
    exports.ParametersFilter$ = ParametersFilter$;
    exports.ParametersFilterKey = ParametersFilterKey;
    exports.ParentStepDetails$ = ParentStepDetails$;
    exports.Patch$ = Patch$;
    exports.PatchAction = PatchAction;
    exports.PatchBaselineIdentity$ = PatchBaselineIdentity$;
    exports.PatchComplianceData$ = PatchComplianceData$;
    exports.PatchComplianceDataState = PatchComplianceDataState;
    exports.PatchComplianceLevel = PatchComplianceLevel;
    exports.PatchComplianceStatus = PatchComplianceStatus;
    exports.PatchDeploymentStatus = PatchDeploymentStatus;
    exports.PatchFilter$ = PatchFilter$;
    exports.PatchFilterGroup$ = PatchFilterGroup$;
    exports.PatchFilterKey = PatchFilterKey;
    exports.PatchGroupPatchBaselineMapping$ = PatchGroupPatchBaselineMapping$;
    exports.PatchOperationType = PatchOperationType;
    exports.PatchOrchestratorFilter$ = PatchOrchestratorFilter$;
    exports.PatchProperty = PatchProperty;
    exports.PatchRule$ = PatchRule$;
    exports.PatchRuleGroup$ = PatchRuleGroup$;
    exports.PatchSet = PatchSet;
    exports.PatchSource$ = PatchSource$;
    exports.PatchStatus$ = PatchStatus$;
    exports.PingStatus = PingStatus;
    exports.PlatformType = PlatformType;
    exports.PoliciesLimitExceededException = PoliciesLimitExceededException;
    exports.PoliciesLimitExceededException$ = PoliciesLimitExceededException$;
    exports.ProgressCounters$ = ProgressCounters$;
    exports.Provider = Provider;
    exports.PutComplianceItems$ = PutComplianceItems$;
    exports.PutComplianceItemsCommand = PutComplianceItemsCommand;
    exports.PutComplianceItemsRequest$ = PutComplianceItemsRequest$;
    exports.PutComplianceItemsResult$ = PutComplianceItemsResult$;
    exports.PutInventory$ = PutInventory$;
    exports.PutInventoryCommand = PutInventoryCommand;
    exports.PutInventoryRequest$ = PutInventoryRequest$;
    exports.PutInventoryResult$ = PutInventoryResult$;
    exports.PutParameter$ = PutParameter$;
    exports.PutParameterCommand = PutParameterCommand;
    exports.PutParameterRequest$ = PutParameterRequest$;
    exports.PutParameterResult$ = PutParameterResult$;
    exports.PutResourcePolicy$ = PutResourcePolicy$;
    exports.PutResourcePolicyCommand = PutResourcePolicyCommand;
    exports.PutResourcePolicyRequest$ = PutResourcePolicyRequest$;
    exports.PutResourcePolicyResponse$ = PutResourcePolicyResponse$;
    exports.RebootOption = RebootOption;
    exports.RegisterDefaultHostManagementConfiguration$ = RegisterDefaultHostManagementConfiguration$;
    exports.RegisterDefaultHostManagementConfigurationCommand = RegisterDefaultHostManagementConfigurationCommand;
    exports.RegisterDefaultHostManagementConfigurationRequest$ = RegisterDefaultHostManagementConfigurationRequest$;
    exports.RegisterDefaultHostManagementConfigurationResult$ = RegisterDefaultHostManagementConfigurationResult$;
    exports.RegisterDefaultPatchBaseline$ = RegisterDefaultPatchBaseline$;
    exports.RegisterDefaultPatchBaselineCommand = RegisterDefaultPatchBaselineCommand;
    exports.RegisterDefaultPatchBaselineRequest$ = RegisterDefaultPatchBaselineRequest$;
    exports.RegisterDefaultPatchBaselineResult$ = RegisterDefaultPatchBaselineResult$;
    exports.RegisterPatchBaselineForPatchGroup$ = RegisterPatchBaselineForPatchGroup$;
    exports.RegisterPatchBaselineForPatchGroupCommand = RegisterPatchBaselineForPatchGroupCommand;
    exports.RegisterPatchBaselineForPatchGroupRequest$ = RegisterPatchBaselineForPatchGroupRequest$;
    exports.RegisterPatchBaselineForPatchGroupResult$ = RegisterPatchBaselineForPatchGroupResult$;
    exports.RegisterTargetWithMaintenanceWindow$ = RegisterTargetWithMaintenanceWindow$;
    exports.RegisterTargetWithMaintenanceWindowCommand = RegisterTargetWithMaintenanceWindowCommand;
    exports.RegisterTargetWithMaintenanceWindowRequest$ = RegisterTargetWithMaintenanceWindowRequest$;
    exports.RegisterTargetWithMaintenanceWindowResult$ = RegisterTargetWithMaintenanceWindowResult$;
    exports.RegisterTaskWithMaintenanceWindow$ = RegisterTaskWithMaintenanceWindow$;
    exports.RegisterTaskWithMaintenanceWindowCommand = RegisterTaskWithMaintenanceWindowCommand;
    exports.RegisterTaskWithMaintenanceWindowRequest$ = RegisterTaskWithMaintenanceWindowRequest$;
    exports.RegisterTaskWithMaintenanceWindowResult$ = RegisterTaskWithMaintenanceWindowResult$;
    exports.RegistrationMetadataItem$ = RegistrationMetadataItem$;
    exports.RelatedOpsItem$ = RelatedOpsItem$;
    exports.RemoveTagsFromResource$ = RemoveTagsFromResource$;
    exports.RemoveTagsFromResourceCommand = RemoveTagsFromResourceCommand;
    exports.RemoveTagsFromResourceRequest$ = RemoveTagsFromResourceRequest$;
    exports.RemoveTagsFromResourceResult$ = RemoveTagsFromResourceResult$;
    exports.ResetServiceSetting$ = ResetServiceSetting$;
    exports.ResetServiceSettingCommand = ResetServiceSettingCommand;
    exports.ResetServiceSettingRequest$ = ResetServiceSettingRequest$;
    exports.ResetServiceSettingResult$ = ResetServiceSettingResult$;
    exports.ResolvedTargets$ = ResolvedTargets$;
    exports.ResourceComplianceSummaryItem$ = ResourceComplianceSummaryItem$;
    exports.ResourceDataSyncAlreadyExistsException = ResourceDataSyncAlreadyExistsException;
    exports.ResourceDataSyncAlreadyExistsException$ = ResourceDataSyncAlreadyExistsException$;
    exports.ResourceDataSyncAwsOrganizationsSource$ = ResourceDataSyncAwsOrganizationsSource$;
    exports.ResourceDataSyncConflictException = ResourceDataSyncConflictException;
    exports.ResourceDataSyncConflictException$ = ResourceDataSyncConflictException$;
    exports.ResourceDataSyncCountExceededException = ResourceDataSyncCountExceededException;
    exports.ResourceDataSyncCountExceededException$ = ResourceDataSyncCountExceededException$;
    exports.ResourceDataSyncDestinationDataSharing$ = ResourceDataSyncDestinationDataSharing$;
    exports.ResourceDataSyncInvalidConfigurationException = ResourceDataSyncInvalidConfigurationException;
    exports.ResourceDataSyncInvalidConfigurationException$ = ResourceDataSyncInvalidConfigurationException$;
    exports.ResourceDataSyncItem$ = ResourceDataSyncItem$;
    exports.ResourceDataSyncNotFoundException = ResourceDataSyncNotFoundException;
    exports.ResourceDataSyncNotFoundException$ = ResourceDataSyncNotFoundException$;
    exports.ResourceDataSyncOrganizationalUnit$ = ResourceDataSyncOrganizationalUnit$;
    exports.ResourceDataSyncS3Destination$ = ResourceDataSyncS3Destination$;
    exports.ResourceDataSyncS3Format = ResourceDataSyncS3Format;
    exports.ResourceDataSyncSource$ = ResourceDataSyncSource$;
    exports.ResourceDataSyncSourceWithState$ = ResourceDataSyncSourceWithState$;
    exports.ResourceInUseException = ResourceInUseException;
    exports.ResourceInUseException$ = ResourceInUseException$;
    exports.ResourceLimitExceededException = ResourceLimitExceededException;
    exports.ResourceLimitExceededException$ = ResourceLimitExceededException$;
    exports.ResourceNotFoundException = ResourceNotFoundException;
    exports.ResourceNotFoundException$ = ResourceNotFoundException$;
    exports.ResourcePolicyConflictException = ResourcePolicyConflictException;
    exports.ResourcePolicyConflictException$ = ResourcePolicyConflictException$;
    exports.ResourcePolicyInvalidParameterException = ResourcePolicyInvalidParameterException;
    exports.ResourcePolicyInvalidParameterException$ = ResourcePolicyInvalidParameterException$;
    exports.ResourcePolicyLimitExceededException = ResourcePolicyLimitExceededException;
    exports.ResourcePolicyLimitExceededException$ = ResourcePolicyLimitExceededException$;
    exports.ResourcePolicyNotFoundException = ResourcePolicyNotFoundException;
    exports.ResourcePolicyNotFoundException$ = ResourcePolicyNotFoundException$;
    exports.ResourceType = ResourceType;
    exports.ResourceTypeForTagging = ResourceTypeForTagging;
    exports.ResultAttribute$ = ResultAttribute$;
    exports.ResumeSession$ = ResumeSession$;
    exports.ResumeSessionCommand = ResumeSessionCommand;
    exports.ResumeSessionRequest$ = ResumeSessionRequest$;
    exports.ResumeSessionResponse$ = ResumeSessionResponse$;
    exports.ReviewInformation$ = ReviewInformation$;
    exports.ReviewStatus = ReviewStatus;
    exports.Runbook$ = Runbook$;
    exports.S3OutputLocation$ = S3OutputLocation$;
    exports.S3OutputUrl$ = S3OutputUrl$;
    exports.SSM = SSM;
    exports.SSMClient = SSMClient;
    exports.SSMServiceException = SSMServiceException;
    exports.SSMServiceException$ = SSMServiceException$;
    exports.ScheduledWindowExecution$ = ScheduledWindowExecution$;
    exports.SendAutomationSignal$ = SendAutomationSignal$;
    exports.SendAutomationSignalCommand = SendAutomationSignalCommand;
    exports.SendAutomationSignalRequest$ = SendAutomationSignalRequest$;
    exports.SendAutomationSignalResult$ = SendAutomationSignalResult$;
    exports.SendCommand$ = SendCommand$;
    exports.SendCommandCommand = SendCommandCommand;
    exports.SendCommandRequest$ = SendCommandRequest$;
    exports.SendCommandResult$ = SendCommandResult$;
    exports.ServiceQuotaExceededException = ServiceQuotaExceededException;
    exports.ServiceQuotaExceededException$ = ServiceQuotaExceededException$;
    exports.ServiceSetting$ = ServiceSetting$;
    exports.ServiceSettingNotFound = ServiceSettingNotFound;
    exports.ServiceSettingNotFound$ = ServiceSettingNotFound$;
    exports.Session$ = Session$;
    exports.SessionFilter$ = SessionFilter$;
    exports.SessionFilterKey = SessionFilterKey;
    exports.SessionManagerOutputUrl$ = SessionManagerOutputUrl$;
    exports.SessionState = SessionState;
    exports.SessionStatus = SessionStatus;
    exports.SeveritySummary$ = SeveritySummary$;
    exports.SignalType = SignalType;
    exports.SourceType = SourceType;
    exports.StartAccessRequest$ = StartAccessRequest$;
    exports.StartAccessRequestCommand = StartAccessRequestCommand;
    exports.StartAccessRequestRequest$ = StartAccessRequestRequest$;
    exports.StartAccessRequestResponse$ = StartAccessRequestResponse$;
    exports.StartAssociationsOnce$ = StartAssociationsOnce$;
    exports.StartAssociationsOnceCommand = StartAssociationsOnceCommand;
    exports.StartAssociationsOnceRequest$ = StartAssociationsOnceRequest$;
    exports.StartAssociationsOnceResult$ = StartAssociationsOnceResult$;
    exports.StartAutomationExecution$ = StartAutomationExecution$;
    exports.StartAutomationExecutionCommand = StartAutomationExecutionCommand;
    exports.StartAutomationExecutionRequest$ = StartAutomationExecutionRequest$;
    exports.StartAutomationExecutionResult$ = StartAutomationExecutionResult$;
    exports.StartChangeRequestExecution$ = StartChangeRequestExecution$;
    exports.StartChangeRequestExecutionCommand = StartChangeRequestExecutionCommand;
    exports.StartChangeRequestExecutionRequest$ = StartChangeRequestExecutionRequest$;
    exports.StartChangeRequestExecutionResult$ = StartChangeRequestExecutionResult$;
    exports.StartExecutionPreview$ = StartExecutionPreview$;
    exports.StartExecutionPreviewCommand = StartExecutionPreviewCommand;
    exports.StartExecutionPreviewRequest$ = StartExecutionPreviewRequest$;
    exports.StartExecutionPreviewResponse$ = StartExecutionPreviewResponse$;
    exports.StartSession$ = StartSession$;
    exports.StartSessionCommand = StartSessionCommand;
    exports.StartSessionRequest$ = StartSessionRequest$;
    exports.StartSessionResponse$ = StartSessionResponse$;
    exports.StatusUnchanged = StatusUnchanged;
    exports.StatusUnchanged$ = StatusUnchanged$;
    exports.StepExecution$ = StepExecution$;
    exports.StepExecutionFilter$ = StepExecutionFilter$;
    exports.StepExecutionFilterKey = StepExecutionFilterKey;
    exports.StopAutomationExecution$ = StopAutomationExecution$;
    exports.StopAutomationExecutionCommand = StopAutomationExecutionCommand;
    exports.StopAutomationExecutionRequest$ = StopAutomationExecutionRequest$;
    exports.StopAutomationExecutionResult$ = StopAutomationExecutionResult$;
    exports.StopType = StopType;
    exports.SubTypeCountLimitExceededException = SubTypeCountLimitExceededException;
    exports.SubTypeCountLimitExceededException$ = SubTypeCountLimitExceededException$;
    exports.Tag$ = Tag$;
    exports.Target$ = Target$;
    exports.TargetInUseException = TargetInUseException;
    exports.TargetInUseException$ = TargetInUseException$;
    exports.TargetLocation$ = TargetLocation$;
    exports.TargetNotConnected = TargetNotConnected;
    exports.TargetNotConnected$ = TargetNotConnected$;
    exports.TargetPreview$ = TargetPreview$;
    exports.TargetsSummary$ = TargetsSummary$;
    exports.TerminateSession$ = TerminateSession$;
    exports.TerminateSessionCommand = TerminateSessionCommand;
    exports.TerminateSessionRequest$ = TerminateSessionRequest$;
    exports.TerminateSessionResponse$ = TerminateSessionResponse$;
    exports.ThrottlingException = ThrottlingException;
    exports.ThrottlingException$ = ThrottlingException$;
    exports.TooManyTagsError = TooManyTagsError;
    exports.TooManyTagsError$ = TooManyTagsError$;
    exports.TooManyUpdates = TooManyUpdates;
    exports.TooManyUpdates$ = TooManyUpdates$;
    exports.TotalSizeLimitExceededException = TotalSizeLimitExceededException;
    exports.TotalSizeLimitExceededException$ = TotalSizeLimitExceededException$;
    exports.UnlabelParameterVersion$ = UnlabelParameterVersion$;
    exports.UnlabelParameterVersionCommand = UnlabelParameterVersionCommand;
    exports.UnlabelParameterVersionRequest$ = UnlabelParameterVersionRequest$;
    exports.UnlabelParameterVersionResult$ = UnlabelParameterVersionResult$;
    exports.UnsupportedCalendarException = UnsupportedCalendarException;
    exports.UnsupportedCalendarException$ = UnsupportedCalendarException$;
    exports.UnsupportedFeatureRequiredException = UnsupportedFeatureRequiredException;
    exports.UnsupportedFeatureRequiredException$ = UnsupportedFeatureRequiredException$;
    exports.UnsupportedInventoryItemContextException = UnsupportedInventoryItemContextException;
    exports.UnsupportedInventoryItemContextException$ = UnsupportedInventoryItemContextException$;
    exports.UnsupportedInventorySchemaVersionException = UnsupportedInventorySchemaVersionException;
    exports.UnsupportedInventorySchemaVersionException$ = UnsupportedInventorySchemaVersionException$;
    exports.UnsupportedOperatingSystem = UnsupportedOperatingSystem;
    exports.UnsupportedOperatingSystem$ = UnsupportedOperatingSystem$;
    exports.UnsupportedOperationException = UnsupportedOperationException;
    exports.UnsupportedOperationException$ = UnsupportedOperationException$;
    exports.UnsupportedParameterType = UnsupportedParameterType;
    exports.UnsupportedParameterType$ = UnsupportedParameterType$;
    exports.UnsupportedPlatformType = UnsupportedPlatformType;
    exports.UnsupportedPlatformType$ = UnsupportedPlatformType$;
    exports.UpdateAssociation$ = UpdateAssociation$;
    exports.UpdateAssociationCommand = UpdateAssociationCommand;
    exports.UpdateAssociationRequest$ = UpdateAssociationRequest$;
    exports.UpdateAssociationResult$ = UpdateAssociationResult$;
    exports.UpdateAssociationStatus$ = UpdateAssociationStatus$;
    exports.UpdateAssociationStatusCommand = UpdateAssociationStatusCommand;
    exports.UpdateAssociationStatusRequest$ = UpdateAssociationStatusRequest$;
    exports.UpdateAssociationStatusResult$ = UpdateAssociationStatusResult$;
    exports.UpdateCloudConnector$ = UpdateCloudConnector$;
    exports.UpdateCloudConnectorCommand = UpdateCloudConnectorCommand;
    exports.UpdateCloudConnectorRequest$ = UpdateCloudConnectorRequest$;
    exports.UpdateCloudConnectorResult$ = UpdateCloudConnectorResult$;
    exports.UpdateDocument$ = UpdateDocument$;
    exports.UpdateDocumentCommand = UpdateDocumentCommand;
    exports.UpdateDocumentDefaultVersion$ = UpdateDocumentDefaultVersion$;
    exports.UpdateDocumentDefaultVersionCommand = UpdateDocumentDefaultVersionCommand;
    exports.UpdateDocumentDefaultVersionRequest$ = UpdateDocumentDefaultVersionRequest$;
    exports.UpdateDocumentDefaultVersionResult$ = UpdateDocumentDefaultVersionResult$;
    exports.UpdateDocumentMetadata$ = UpdateDocumentMetadata$;
    exports.UpdateDocumentMetadataCommand = UpdateDocumentMetadataCommand;
    exports.UpdateDocumentMetadataRequest$ = UpdateDocumentMetadataRequest$;
    exports.UpdateDocumentMetadataResponse$ = UpdateDocumentMetadataResponse$;
    exports.UpdateDocumentRequest$ = UpdateDocumentRequest$;
    exports.UpdateDocumentResult$ = UpdateDocumentResult$;
    exports.UpdateMaintenanceWindow$ = UpdateMaintenanceWindow$;
    exports.UpdateMaintenanceWindowCommand = UpdateMaintenanceWindowCommand;
    exports.UpdateMaintenanceWindowRequest$ = UpdateMaintenanceWindowRequest$;
    exports.UpdateMaintenanceWindowResult$ = UpdateMaintenanceWindowResult$;
    exports.UpdateMaintenanceWindowTarget$ = UpdateMaintenanceWindowTarget$;
    exports.UpdateMaintenanceWindowTargetCommand = UpdateMaintenanceWindowTargetCommand;
    exports.UpdateMaintenanceWindowTargetRequest$ = UpdateMaintenanceWindowTargetRequest$;
    exports.UpdateMaintenanceWindowTargetResult$ = UpdateMaintenanceWindowTargetResult$;
    exports.UpdateMaintenanceWindowTask$ = UpdateMaintenanceWindowTask$;
    exports.UpdateMaintenanceWindowTaskCommand = UpdateMaintenanceWindowTaskCommand;
    exports.UpdateMaintenanceWindowTaskRequest$ = UpdateMaintenanceWindowTaskRequest$;
    exports.UpdateMaintenanceWindowTaskResult$ = UpdateMaintenanceWindowTaskResult$;
    exports.UpdateManagedInstanceRole$ = UpdateManagedInstanceRole$;
    exports.UpdateManagedInstanceRoleCommand = UpdateManagedInstanceRoleCommand;
    exports.UpdateManagedInstanceRoleRequest$ = UpdateManagedInstanceRoleRequest$;
    exports.UpdateManagedInstanceRoleResult$ = UpdateManagedInstanceRoleResult$;
    exports.UpdateOpsItem$ = UpdateOpsItem$;
    exports.UpdateOpsItemCommand = UpdateOpsItemCommand;
    exports.UpdateOpsItemRequest$ = UpdateOpsItemRequest$;
    exports.UpdateOpsItemResponse$ = UpdateOpsItemResponse$;
    exports.UpdateOpsMetadata$ = UpdateOpsMetadata$;
    exports.UpdateOpsMetadataCommand = UpdateOpsMetadataCommand;
    exports.UpdateOpsMetadataRequest$ = UpdateOpsMetadataRequest$;
    exports.UpdateOpsMetadataResult$ = UpdateOpsMetadataResult$;
    exports.UpdatePatchBaseline$ = UpdatePatchBaseline$;
    exports.UpdatePatchBaselineCommand = UpdatePatchBaselineCommand;
    exports.UpdatePatchBaselineRequest$ = UpdatePatchBaselineRequest$;
    exports.UpdatePatchBaselineResult$ = UpdatePatchBaselineResult$;
    exports.UpdateResourceDataSync$ = UpdateResourceDataSync$;
    exports.UpdateResourceDataSyncCommand = UpdateResourceDataSyncCommand;
    exports.UpdateResourceDataSyncRequest$ = UpdateResourceDataSyncRequest$;
    exports.UpdateResourceDataSyncResult$ = UpdateResourceDataSyncResult$;
    exports.UpdateServiceSetting$ = UpdateServiceSetting$;
    exports.UpdateServiceSettingCommand = UpdateServiceSettingCommand;
    exports.UpdateServiceSettingRequest$ = UpdateServiceSettingRequest$;
    exports.UpdateServiceSettingResult$ = UpdateServiceSettingResult$;
    exports.ValidateCloudConnector$ = ValidateCloudConnector$;
    exports.ValidateCloudConnectorCommand = ValidateCloudConnectorCommand;
    exports.ValidateCloudConnectorRequest$ = ValidateCloudConnectorRequest$;
    exports.ValidateCloudConnectorResult$ = ValidateCloudConnectorResult$;
    exports.ValidationException = ValidationException;
    exports.ValidationException$ = ValidationException$;
    exports.ValidationFinding$ = ValidationFinding$;
    exports.ValidationFindingCode = ValidationFindingCode;
    exports.ValidationFindingScope$ = ValidationFindingScope$;
    exports.ValidationFindingScopeType = ValidationFindingScopeType;
    exports.ValidationFindingType = ValidationFindingType;
    exports.errorTypeRegistries = errorTypeRegistries;
    exports.paginateDescribeActivations = paginateDescribeActivations;
    exports.paginateDescribeAssociationExecutionTargets = paginateDescribeAssociationExecutionTargets;
    exports.paginateDescribeAssociationExecutions = paginateDescribeAssociationExecutions;
    exports.paginateDescribeAutomationExecutions = paginateDescribeAutomationExecutions;
    exports.paginateDescribeAutomationStepExecutions = paginateDescribeAutomationStepExecutions;
    exports.paginateDescribeAvailablePatches = paginateDescribeAvailablePatches;
    exports.paginateDescribeEffectiveInstanceAssociations = paginateDescribeEffectiveInstanceAssociations;
    exports.paginateDescribeEffectivePatchesForPatchBaseline = paginateDescribeEffectivePatchesForPatchBaseline;
    exports.paginateDescribeInstanceAssociationsStatus = paginateDescribeInstanceAssociationsStatus;
    exports.paginateDescribeInstanceInformation = paginateDescribeInstanceInformation;
    exports.paginateDescribeInstancePatchStates = paginateDescribeInstancePatchStates;
    exports.paginateDescribeInstancePatchStatesForPatchGroup = paginateDescribeInstancePatchStatesForPatchGroup;
    exports.paginateDescribeInstancePatches = paginateDescribeInstancePatches;
    exports.paginateDescribeInstanceProperties = paginateDescribeInstanceProperties;
    exports.paginateDescribeInventoryDeletions = paginateDescribeInventoryDeletions;
    exports.paginateDescribeMaintenanceWindowExecutionTaskInvocations = paginateDescribeMaintenanceWindowExecutionTaskInvocations;
    exports.paginateDescribeMaintenanceWindowExecutionTasks = paginateDescribeMaintenanceWindowExecutionTasks;
    exports.paginateDescribeMaintenanceWindowExecutions = paginateDescribeMaintenanceWindowExecutions;
    exports.paginateDescribeMaintenanceWindowSchedule = paginateDescribeMaintenanceWindowSchedule;
    exports.paginateDescribeMaintenanceWindowTargets = paginateDescribeMaintenanceWindowTargets;
    exports.paginateDescribeMaintenanceWindowTasks = paginateDescribeMaintenanceWindowTasks;
    exports.paginateDescribeMaintenanceWindows = paginateDescribeMaintenanceWindows;
    exports.paginateDescribeMaintenanceWindowsForTarget = paginateDescribeMaintenanceWindowsForTarget;
    exports.paginateDescribeOpsItems = paginateDescribeOpsItems;
    exports.paginateDescribeParameters = paginateDescribeParameters;
    exports.paginateDescribePatchBaselines = paginateDescribePatchBaselines;
    exports.paginateDescribePatchGroups = paginateDescribePatchGroups;
    exports.paginateDescribePatchProperties = paginateDescribePatchProperties;
    exports.paginateDescribeSessions = paginateDescribeSessions;
    exports.paginateGetInventory = paginateGetInventory;
    exports.paginateGetInventorySchema = paginateGetInventorySchema;
    exports.paginateGetOpsSummary = paginateGetOpsSummary;
    exports.paginateGetParameterHistory = paginateGetParameterHistory;
    exports.paginateGetParametersByPath = paginateGetParametersByPath;
    exports.paginateGetResourcePolicies = paginateGetResourcePolicies;
    exports.paginateListAssociationVersions = paginateListAssociationVersions;
    exports.paginateListAssociations = paginateListAssociations;
    exports.paginateListCloudConnectors = paginateListCloudConnectors;
    exports.paginateListCommandInvocations = paginateListCommandInvocations;
    exports.paginateListCommands = paginateListCommands;
    exports.paginateListComplianceItems = paginateListComplianceItems;
    exports.paginateListComplianceSummaries = paginateListComplianceSummaries;
    exports.paginateListDocumentVersions = paginateListDocumentVersions;
    exports.paginateListDocuments = paginateListDocuments;
    exports.paginateListNodes = paginateListNodes;
    exports.paginateListNodesSummary = paginateListNodesSummary;
    exports.paginateListOpsItemEvents = paginateListOpsItemEvents;
    exports.paginateListOpsItemRelatedItems = paginateListOpsItemRelatedItems;
    exports.paginateListOpsMetadata = paginateListOpsMetadata;
    exports.paginateListResourceComplianceSummaries = paginateListResourceComplianceSummaries;
    exports.paginateListResourceDataSync = paginateListResourceDataSync;
    exports.paginateValidateCloudConnector = paginateValidateCloudConnector;
    exports.waitForCommandExecuted = waitForCommandExecuted;
    exports.waitUntilCommandExecuted = waitUntilCommandExecuted;
  }
});

export {
  require_dist_cjs3 as require_dist_cjs
};
