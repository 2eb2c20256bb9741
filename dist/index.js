import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  require_tunnel
} from "./chunks/chunk-N46AGAKL.js";
import {
  namedContainers as namedContainers2
} from "./chunks/chunk-FFSRLON6.js";
import {
  migrateSettings
} from "./chunks/chunk-HMUEHRAT.js";
import {
  keyword,
  splitStatements,
  tokenize
} from "./chunks/chunk-V7QQKLO5.js";
import {
  ssmCommandSettings
} from "./chunks/chunk-EMJUS4HU.js";
import {
  lazyStore,
  ssmLocation
} from "./chunks/chunk-4TDV4FXI.js";
import {
  httpSettings
} from "./chunks/chunk-ZJOYK5AW.js";
import {
  ecsDeployOutputs,
  namedContainers
} from "./chunks/chunk-YL4MOOLC.js";
import {
  keyPath,
  missingContainers,
  shapeProblems,
  taskDefinitionProblems
} from "./chunks/chunk-WSE7EH4F.js";
import {
  planItem
} from "./chunks/chunk-5PGG26JR.js";
import {
  array,
  boolean,
  duration,
  isPlainObject,
  isTemplate,
  listOf,
  number,
  object,
  oneOf,
  optional,
  parseDuration,
  record,
  refine,
  regExpProblem,
  string,
  unknownValue,
  withDefault
} from "./chunks/chunk-EC26BKRP.js";
import {
  closest
} from "./chunks/chunk-QFPOHVJX.js";
import {
  locate,
  shownPath
} from "./chunks/chunk-L2367FVM.js";
import {
  Secrets
} from "./chunks/chunk-VKVOBTS6.js";
import {
  formatDuration
} from "./chunks/chunk-7CRA6L43.js";
import {
  couldNotLook,
  explainFailure,
  sleep
} from "./chunks/chunk-WQLVJMW6.js";
import {
  containerDefinitionsOf,
  isRecord,
  registrationInput
} from "./chunks/chunk-MRTSXNED.js";
import {
  BUG_NOTE,
  InvalidFileError,
  PhaseFailure,
  UserError,
  bugReport
} from "./chunks/chunk-A6ZFOA6X.js";
import {
  cell,
  escapeHtml,
  fenced,
  table
} from "./chunks/chunk-NVTSF2YR.js";
import {
  excerpt,
  oneLine,
  plural
} from "./chunks/chunk-KTTNFFSQ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunks/chunk-6VNXFP75.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection2(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection2;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity2.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity2.isNode(ctrl) || identity2.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity2.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity2.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity2.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity2.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity2.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity2.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity2.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity2.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity2.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity2.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity2.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error3) {
            onError(String(error3));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity2.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity2.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity2.isScalar(ref.node) || identity2.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error3 = new Error("Failed to resolve repeated object (this should not happen)");
              error3.source = source;
              throw error3;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity2.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity2 = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity2.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity2.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity2.isAlias(node) || identity2.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity2.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity2.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity2.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity2.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity2.isDocument(value))
        value = value.contents;
      if (identity2.isNode(value))
        return value;
      if (identity2.isPair(value)) {
        const map = ctx.schema[identity2.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity2.MAP] : Symbol.iterator in Object(value) ? schema[identity2.SEQ] : schema[identity2.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity2 = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity2.isNode(it) || identity2.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity2.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity2.isScalar(node) ? node.value : node;
        else
          return identity2.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity2.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity2.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity2.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity2.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header2 = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header2 += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header2}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header2}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity2 = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity2.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity2.isScalar(node) || identity2.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity2.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity2.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity2.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity2.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity2.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity2.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity2.isCollection(key) || !identity2.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity2.isCollection(key) || (identity2.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity2.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity2.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity2.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity2.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug2(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning2) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning2);
        else
          console.warn(warning2);
      }
    }
    exports.debug = debug2;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity2.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity2.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity2.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity2.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity2 = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity2.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity2.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity2 = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity2.isNode(key))
          key = key.clone(schema);
        if (identity2.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity2.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity2.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity2.isPair(item)) {
          const ik = identity2.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity2.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity2.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity2.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity2.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity2.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity2.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity2.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity2.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity2.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity2.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity2.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity2.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity2.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity2.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity2.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string2 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string2;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity2.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity2.isPair(item))
            continue;
          else if (identity2.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity2.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity2.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity2.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity2.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity2.isPair(pair) ? identity2.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity2.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string2.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string2 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity2.MAP, { value: map.map });
        Object.defineProperty(this, identity2.SCALAR, { value: string2.string });
        Object.defineProperty(this, identity2.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity2.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity2.NODE_TYPE, { value: identity2.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity2.NODE_TYPE]: { value: identity2.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity2.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity2.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity2.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity2.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity2.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity2.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity2.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity2.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error3) => {
      if (error3.pos[0] === -1)
        return;
      error3.linePos = error3.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error3.linePos[0];
      error3.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error3.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error3.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity2.isScalar(a) && identity2.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity2.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity2.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header2 = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header2)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header2.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header2.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header2.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header2.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header2.indent;
      let offset = scalar.offset + header2.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header2.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header2.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header2.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header2.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header2.length + scalar.source.length;
      return { value, type, comment: header2.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error3 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error3 === -1)
            error3 = offset + i;
        }
      }
      if (error3 !== -1)
        onError(error3, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity2 = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity2.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity2.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity2.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error3) {
        const msg = error3 instanceof Error ? error3.message : String(error3);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity2.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity2.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity2.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity2.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity2 = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error3) {
            const message = error3 instanceof Error ? error3.message : String(error3);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity2.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity2 = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning2) => {
          const pos = getErrorPos(source);
          if (warning2)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity2.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity2.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning2) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning2);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error3 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error3);
            else
              this.doc.errors.push(error3);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header2 = token.props[0];
            if (header2.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header2.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header2 = token.props[0];
        if (header2.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header2.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection2 = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection2;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target2, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target2, source);
      else
        for (let i = 0; i < source.length; ++i)
          target2.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error3) {
        const token = error3 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs3 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs3, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs3);
              } else {
                Object.assign(it, { key: fs3, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs3 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs3, sep: [] });
              else if (it.sep)
                this.stack.push(fs3);
              else
                Object.assign(it, { key: fs3, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity2 = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning2) => log.warn(doc.options.logLevel, warning2));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity2.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity2 = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity2.isAlias;
    exports.isCollection = identity2.isCollection;
    exports.isDocument = identity2.isDocument;
    exports.isMap = identity2.isMap;
    exports.isNode = identity2.isNode;
    exports.isPair = identity2.isPair;
    exports.isScalar = identity2.isScalar;
    exports.isSeq = identity2.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command2, properties, message) {
  const cmd = new Command(command2, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command2, properties, message) {
    if (!command2) {
      command2 = "missing.command";
    }
    this.command = command2;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command2, message) {
  const filePath = process.env[`GITHUB_${command2}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command2}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell2) => {
        if (typeof cell2 === "string") {
          return this.wrap("td", cell2);
        }
        const { header: header2, data, colspan, rowspan } = cell2;
        const tag = header2 ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label3, content) {
    const element = this.wrap("details", this.wrap("summary", label3) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}

// src/core/output-paths.ts
import { accessSync, constants as constants3, existsSync as existsSync2, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
function checkWritable(file, what) {
  const path = resolve(file);
  if (existsSync2(path)) {
    if (statSync(path).isDirectory())
      throw new UserError(`${what} ${file} is a directory`, "name a file, e.g. summary.md");
    if (!writable(path))
      throw new UserError(`${what} ${file} cannot be written (permission denied)`);
    return;
  }
  const parent = nearestExisting(dirname(path));
  if (!statSync(parent).isDirectory())
    throw new UserError(`${what} ${file}: ${parent} is a file, not a directory`);
  if (!writable(parent))
    throw new UserError(`${what} ${file} cannot be created: ${parent} is not writable`);
}
function writable(path) {
  try {
    accessSync(path, constants3.W_OK);
    return true;
  } catch {
    return false;
  }
}
function nearestExisting(dir) {
  let at = dir;
  while (!existsSync2(at) && dirname(at) !== at) at = dirname(at);
  return at;
}

// src/engine/result.ts
function planHasChanges(result) {
  return result.phases.some((p) => p.status === "planned" && p.plan?.changes !== false);
}
function pendingResult(phase2, status, summary2) {
  return {
    id: phase2.id,
    name: phase2.name,
    uses: phase2.uses,
    status,
    summary: summary2,
    outputs: {},
    gates: []
  };
}
function durationOf(result) {
  return result.startedAt !== void 0 && result.endedAt !== void 0 ? result.endedAt - result.startedAt : void 0;
}

// src/checks/kind.ts
function describeCheck(kind, config) {
  return "describe" in kind && typeof kind.describe === "function" ? String(kind.describe(config)) : kind.name;
}
function lazyCheckKind(about, load) {
  let loading;
  return {
    ...about,
    async run(ctx) {
      loading ??= load();
      return (await loading).run(ctx);
    }
  };
}

// src/checks/command/settings.ts
var fields = object({
  run: listOf(
    string(),
    "The program and its arguments, e.g. [curl, -fsS, https://\u2026]; with shell: bash, the script."
  ),
  shell: optional(
    oneOf(
      ["bash"],
      "Run `run` as a bash script (bash -c); without it no shell is involved."
    )
  ),
  env: optional(
    record(
      string(),
      "Environment variables added to the runner\u2019s; values of secret-looking names are masked."
    )
  ),
  "working-directory": optional(
    string({ description: "Directory to run in (default: the working directory)." })
  ),
  timeout: withDefault(duration("How long the program may run before it is killed."), 6e4),
  "exit-code": withDefault(
    number({ integer: true, min: 0, max: 255, description: "The exit code that passes." }),
    0
  ),
  "stdout-contains": optional(
    listOf(string(), "A text, or texts, the standard output must contain.")
  ),
  "stdout-match": optional(
    string({
      description: "A regular expression (JavaScript syntax) the standard output must match."
    })
  )
});
var commandSettings = refine(fields, (c) => {
  if (c.run.length === 0 || c.run[0] === "") return { message: "run needs a program", at: ["run"] };
  if (c.shell && c.run.length > 1)
    return {
      message: "with shell: bash, run is one script",
      at: ["run"],
      hint: "write run: | followed by the script lines"
    };
  return regExpProblem(c["stdout-match"], "stdout-match");
});

// src/checks/command/index.ts
var commandCheck = lazyCheckKind(
  {
    name: "command",
    description: "Run a program on the runner and check its exit code and output",
    settings: commandSettings,
    iam: () => import("./chunks/iam-DHSSETXP.js"),
    describe: (c) => `run ${c.shell ? "bash -c \u2026" : c.run.join(" ")} \u2192 exit ${c["exit-code"]}`
  },
  () => import("./chunks/run-GTH5X45K.js")
);

// src/checks/ecs-service/settings.ts
var ecsServiceSettings = object({
  cluster: string({ description: "The ECS cluster of the services." }),
  services: array(string({ pattern: /^[A-Za-z0-9_-]{1,255}$/, expected: "an ECS service name" }), {
    min: 1,
    description: "The services that must be stable."
  }),
  "expect-image-tag": optional(
    string({
      description: "The image tag every container of each service's PRIMARY deployment runs."
    })
  )
});

// src/checks/ecs-service/index.ts
var ecsServiceCheck = lazyCheckKind(
  {
    name: "ecs-service",
    description: "Check that ECS services are stable (one completed deployment, all tasks running)",
    settings: ecsServiceSettings,
    iam: () => import("./chunks/iam-OENORUXV.js"),
    describe: (c) => `${c.services.join(", ")} in ${c.cluster} stable${c["expect-image-tag"] ? ` on ${c["expect-image-tag"]}` : ""}`
  },
  () => import("./chunks/run-FY65HP7K.js")
);

// src/checks/http/index.ts
var httpCheck = lazyCheckKind(
  {
    name: "http",
    description: "Call a URL and check the status, JSON fields and body of its answer",
    settings: httpSettings,
    iam: () => import("./chunks/iam-K7W3TQDU.js"),
    describe: (c) => `${c.method} ${c.url} \u2192 ${c["expect-status"].join(" or ")}`
  },
  () => import("./chunks/run-BRNPSRNZ.js")
);

// src/checks/sql/query.ts
var READING_STARTS = ["SELECT", "WITH", "SHOW", "EXPLAIN"];
var WRITING_WORDS = /* @__PURE__ */ new Set([
  "INSERT",
  "UPDATE",
  "DELETE",
  "MERGE",
  "TRUNCATE",
  "DROP",
  "ALTER",
  "CREATE",
  "GRANT",
  "REVOKE",
  "COPY",
  "CALL",
  "INTO",
  "VACUUM",
  "REINDEX",
  "CLUSTER",
  "LOCK"
]);
var HINT_READ = "write one SELECT (or WITH, SHOW, EXPLAIN) that changes nothing";
function readOnlyProblem(query2) {
  const { statements, transactionControl, problems } = splitStatements(query2);
  const broken = problems[0];
  if (broken) return { message: broken.message, hint: "fix the query text" };
  const count = statements.length + transactionControl.length;
  if (count === 0) return { message: "the query is empty", hint: HINT_READ };
  if (count > 1)
    return {
      message: `the query holds ${count} statements; a check runs one`,
      hint: "keep one statement, or write one check per query"
    };
  const words = tokenize(query2).flatMap((t) => keyword(t) ?? []);
  const first = words[0];
  if (first === void 0 || !READING_STARTS.includes(first))
    return {
      message: `a check only reads; its query cannot start with ${first ?? "that"}`,
      hint: `${HINT_READ}; changes belong in a migrate phase`
    };
  const writing = words.find((w) => WRITING_WORDS.has(w));
  if (writing)
    return {
      message: `a check only reads; its query cannot use ${writing}`,
      hint: `${HINT_READ}; changes belong in a migrate phase`
    };
  return void 0;
}

// src/checks/sql/settings.ts
var query = refine(
  string({ description: "One statement that reads: SELECT, WITH, SHOW or EXPLAIN." }),
  (text) => readOnlyProblem(text)
);
var sqlSettings = object({
  "resource-arn": string({
    pattern: /^arn:aws[a-z-]*:rds:/,
    expected: "an Aurora cluster ARN",
    hint: "write arn:aws:rds:<region>:<account>:cluster:<name>",
    description: "ARN of the Aurora cluster with the Data API enabled."
  }),
  "secret-arn": string({
    pattern: /^arn:aws[a-z-]*:secretsmanager:/,
    expected: "a Secrets Manager secret ARN",
    hint: "write arn:aws:secretsmanager:<region>:<account>:secret:<name>",
    description: "ARN of the secret holding the database credentials."
  }),
  database: optional(string({ description: "Database name (default: the secret\u2019s)." })),
  query,
  expect: optional(
    string({ description: "The first column of the first row, as text (true, 0, v5.1)." })
  ),
  "expect-rows": optional(number({ integer: true, min: 0, description: "Number of rows." })),
  "resume-timeout": withDefault(
    duration("How long to wait for an auto-paused Aurora cluster to resume (default 60s)."),
    6e4
  )
});

// src/checks/sql/index.ts
var sqlCheck = lazyCheckKind(
  {
    name: "sql",
    description: "Run one read-only query through the RDS Data API and check its first value or rows",
    settings: sqlSettings,
    iam: () => import("./chunks/iam-6V72L5SG.js"),
    describe: (c) => `${excerpt(c.query)} on ${clusterName(c["resource-arn"])}${expectation(c)}`
  },
  () => import("./chunks/run-WKD3EVLI.js")
);
function clusterName(arn) {
  return arn.split(":").at(-1) ?? arn;
}
function expectation(c) {
  const parts = [
    ...c.expect !== void 0 ? [`expect "${c.expect}"`] : [],
    ...c["expect-rows"] !== void 0 ? [`expect ${plural(c["expect-rows"], "row")}`] : []
  ];
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

// src/checks/ssm-parameter/settings.ts
var NAME = /^(arn:[^:\s]+:ssm:[^:\s]+:\d{12}:parameter)?\/?[A-Za-z0-9_.\-/]{1,1011}(:[A-Za-z0-9_.-]{1,100})?$/;
var fields2 = object({
  name: string({
    pattern: NAME,
    expected: "a Parameter Store name such as /ca-a2a/version",
    description: "The parameter: a name (/app/version), name:version, or its ARN."
  }),
  expect: optional(string({ description: "The exact value." })),
  "expect-match": optional(
    string({ description: "A regular expression (JavaScript syntax) the value must match." })
  ),
  "expect-json": optional(
    record(
      string(),
      "Dotted paths into the JSON value (build.commit, agents.0.name) to expected values, compared as text."
    )
  ),
  "with-decryption": withDefault(
    boolean("Decrypt a SecureString (its value is then masked everywhere)."),
    false
  )
});
var ssmParameterSettings = refine(fields2, (c) => {
  const given = ["expect", "expect-match", "expect-json"].filter(
    (k) => c[k] !== void 0
  );
  if (given.length > 1)
    return {
      message: `give one of expect, expect-match, expect-json, not ${given.join(" and ")}`,
      at: [given[1] ?? ""]
    };
  return regExpProblem(c["expect-match"], "expect-match");
});

// src/checks/ssm-parameter/index.ts
var ssmParameterCheck = lazyCheckKind(
  {
    name: "ssm-parameter",
    description: "Check that an SSM Parameter Store parameter holds the expected value",
    settings: ssmParameterSettings,
    iam: () => import("./chunks/iam-RUDNUMMH.js"),
    describe: (c) => {
      if (c.expect !== void 0) return `${c.name} is "${c.expect}"`;
      if (c["expect-match"] !== void 0) return `${c.name} matches /${c["expect-match"]}/`;
      if (c["expect-json"]) return `${c.name} has ${Object.keys(c["expect-json"]).join(", ")}`;
      return `${c.name} exists`;
    }
  },
  () => import("./chunks/run-MVG2NAJW.js")
);

// src/checks/index.ts
var checkKinds = [
  httpCheck,
  sqlCheck,
  ecsServiceCheck,
  ssmParameterCheck,
  commandCheck
];

// src/phases/checks/outputs.ts
var CHECKS_OUTPUTS = ["passed", "failed"];

// src/phases/checks/report.ts
function outcomeTable(outcomes) {
  const rows = outcomes.map(({ check, result, attempts, durationMs }) => [
    result.ok ? "\u2705" : "\u274C",
    check.name,
    check.uses,
    String(attempts),
    formatDuration(durationMs),
    result.summary
  ]);
  return table(["", "check", "kind", "tries", "duration", "result"], rows);
}
function outcomeDetails(outcomes) {
  const sections = outcomes.filter(({ result }) => result.details).map(
    ({ check, result }) => `#### ${result.ok ? "\u2705" : "\u274C"} ${check.name}

${result.details}`
  );
  return [outcomeTable(outcomes), ...sections].join("\n\n");
}
function passedSummary(outcomes) {
  const retried = outcomes.filter((o) => o.attempts > 1).length;
  const after = retried > 0 ? ` (${plural(retried, "check")} after retries)` : "";
  return `${outcomes.length}/${outcomes.length} checks passed${after}`;
}
function failedSummary(outcomes) {
  const failed = outcomes.filter((o) => !o.result.ok);
  const names = failed.map((o) => `${o.check.name}: ${o.result.summary}`);
  return `${failed.length} of ${plural(outcomes.length, "check")} failed: ${names.join("; ")}`;
}
function checksPlan(config) {
  const { attempts, interval } = config.retry;
  const retry2 = attempts > 1 ? `tried up to ${attempts} times, ${formatDuration(interval)} apart` : "tried once";
  const items = config.checks.map(
    (c) => planItem(`${c.name} (${c.uses}): ${describeCheck(c.kind, c.config)}`, [retry2])
  );
  return { changes: false, items };
}

// src/phases/checks/plan.ts
async function planChecks(ctx) {
  const { checks } = ctx.config;
  return {
    summary: `would run ${plural(checks.length, "check")}: ${checks.map((c) => c.name).join(", ")}`,
    plan: checksPlan(ctx.config)
  };
}

// src/checks/run.ts
async function runCheck(kind, ctx) {
  try {
    return await kind.run(ctx);
  } catch (error3) {
    if (ctx.signal.aborted) throw error3;
    return failedCheck(error3);
  }
}
function failedCheck(error3) {
  const explained = explainFailure(error3);
  if (!explained) throw error3;
  const hint = explained.hint ? ` (${explained.hint})` : "";
  return { ok: false, summary: `${explained.message}${hint}` };
}

// src/phases/kind.ts
function checkContext(phase2, check, config) {
  const { run: run2, signal, log, aws, secrets } = phase2;
  return { config, check: { name: check.name, uses: check.uses }, run: run2, signal, log, aws, secrets };
}
function lazyPhaseKind(about, load) {
  let loading;
  const steps = () => {
    loading ??= load();
    return loading;
  };
  const kind = {
    name: about.name,
    description: about.description,
    settings: about.settings,
    ...about.checkFiles ? { checkFiles: about.checkFiles } : {},
    ...about.readOnly ? { readOnly: true } : {},
    ...about.iam ? { iam: about.iam } : {},
    ...about.outputs ? { outputs: about.outputs } : {},
    ...about.files ? { files: about.files } : {},
    plan: async (ctx) => (await steps()).plan(ctx),
    run: async (ctx) => (await steps()).run(ctx)
  };
  if (!about.canRollBack) return kind;
  return {
    ...kind,
    async rollback(ctx, changes) {
      const { rollback } = await steps();
      if (!rollback)
        throw new Error(`phase kind ${about.name} says it can roll back, but has no rollback`);
      return rollback(ctx, changes);
    }
  };
}

// src/phases/checks/run.ts
async function runChecksPhase(ctx) {
  const outcomes = await runChecks(ctx);
  const passed = outcomes.filter((o) => o.result.ok).length;
  const outputs = {
    passed: String(passed),
    failed: String(outcomes.length - passed)
  };
  const details = outcomeDetails(outcomes);
  if (passed < outcomes.length)
    throw new PhaseFailure(failedSummary(outcomes), { details, outputs });
  return { summary: passedSummary(outcomes), outputs, details };
}
function runChecks(ctx) {
  return Promise.all(ctx.config.checks.map((check) => runWithRetries(check, ctx)));
}
async function runWithRetries(check, ctx) {
  const { attempts, interval } = ctx.config.retry;
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const result = await runOnce(check, ctx);
    const done = result.ok || attempt >= attempts;
    if (done) {
      ctx.log.info(`${check.name}: ${result.ok ? "passed" : "FAILED"}: ${result.summary}`);
      return { check, result, attempts: attempt, durationMs: Date.now() - started };
    }
    ctx.log.info(
      `${check.name}: failed (try ${attempt} of ${attempts}): ${result.summary}; trying again in ${formatDuration(interval)}`
    );
    await sleep(interval, ctx.signal);
  }
}
function runOnce(check, ctx) {
  return runCheck(check.kind, checkContext(ctx, check, check.config));
}

// src/phases/checks/settings.ts
var entryFields = object({
  name: optional(string({ description: "Shown in the report. Default: the check kind." })),
  uses: string({ description: "The check kind: http, sql, ecs-service." }),
  with: optional(unknownValue("The check kind's settings; may use ${{ }} templates."))
});
var retry = object(
  {
    attempts: withDefault(
      number({
        integer: true,
        min: 1,
        max: 100,
        description: "Tries per check, the first included (default 3)."
      }),
      3
    ),
    interval: withDefault(
      duration("Pause between two tries of a failed check (default 5s)."),
      5e3
    )
  },
  { description: "Retry failed checks: a freshly deployed service may need a few seconds." }
);
var DEFAULT_RETRY = { attempts: 3, interval: 5e3 };
function checksSettings(kinds, notYetAvailable = []) {
  return object({
    checks: array(checkEntry(kinds, notYetAvailable), {
      min: 1,
      description: "The checks to run, side by side."
    }),
    retry: withDefault(retry, DEFAULT_RETRY)
  });
}
function checkEntry(kinds, notYetAvailable) {
  const byName = new Map(kinds.map((k) => [k.name, k]));
  return {
    expected: "a check (uses: and with:)",
    jsonSchema: () => entrySchema(kinds),
    parse(value, path, ctx) {
      const entry = entryFields.parse(value, path, ctx);
      if (entry?.uses === void 0) return void 0;
      const kind = byName.get(entry.uses);
      if (!kind) {
        ctx.issues.push({
          path: [...path, "uses"],
          ...unknownKind(entry.uses, [...byName.keys()], notYetAvailable)
        });
        return void 0;
      }
      const raw = isPlainObject(value) ? value.with ?? {} : {};
      const before = ctx.issues.length;
      const config = kind.settings.parse(raw, [...path, "with"], ctx);
      if (ctx.issues.length > before) return void 0;
      return { name: entry.name ?? entry.uses, uses: entry.uses, kind, config };
    }
  };
}
function unknownKind(name, available, notYet) {
  const inBuild = `check kinds in this build: ${available.join(", ") || "none"}`;
  if (notYet.includes(name))
    return { message: `check kind "${name}" is not available yet`, hint: inBuild };
  const near = closest(name, available);
  return {
    message: `unknown check kind "${name}"`,
    hint: near ? `did you mean "${near}"?` : inBuild
  };
}
function entrySchema(kinds) {
  const schema = entryFields.jsonSchema();
  const properties = schema.properties;
  return {
    ...schema,
    properties: {
      ...properties,
      uses: { ...properties.uses, examples: kinds.map((k) => k.name) }
    },
    allOf: kinds.map((kind) => ({
      if: { properties: { uses: { const: kind.name } }, required: ["uses"] },
      // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then keyword, never awaited.
      then: {
        properties: { with: { description: kind.description, ...kind.settings.jsonSchema() } }
      }
    }))
  };
}

// src/phases/checks/index.ts
function checksPhaseKind(kinds, notYetAvailable = []) {
  return {
    name: "checks",
    description: `Run checks side by side (${kinds.map((k) => k.name).join(", ")}), retrying failed ones; fail when any still fails`,
    settings: checksSettings(kinds, notYetAvailable),
    // Verification looks and changes nothing: it runs again on every run (always-run).
    readOnly: true,
    iam: () => import("./chunks/iam-V3GE6AQD.js"),
    outputs: () => CHECKS_OUTPUTS,
    plan: planChecks,
    run: runChecksPhase
  };
}

// src/aws/ecs/definition-file-check.ts
import { readFile } from "node:fs/promises";
import { relative } from "node:path";

// src/plan/positions.ts
var import_yaml = __toESM(require_dist(), 1);
var SourcePositions = class {
  constructor(doc, lines, file) {
    this.doc = doc;
    this.lines = lines;
    this.file = file;
  }
  doc;
  lines;
  file;
  /** Where a path is; when it does not exist, where its deepest existing part is. */
  at(path, target2 = "value") {
    const found = this.find(path);
    const useKey = found.key && (target2 === "key" || !found.node);
    const range = useKey ? found.key?.range : found.node?.range;
    if (!range) return { file: this.file, line: 1, column: 1 };
    const spansLines = (0, import_yaml.isCollection)(found.node) && !useKey;
    return this.ofOffsets(range[0], spansLines ? void 0 : range[1]);
  }
  ofOffsets(start, end) {
    const from = this.lines.linePos(start);
    const position = { file: this.file, line: from.line, column: from.col };
    if (end === void 0 || end <= start) return position;
    const to = this.lines.linePos(end);
    return { ...position, endLine: to.line, endColumn: to.col };
  }
  find(path) {
    let node = this.doc.contents;
    let key;
    for (const segment of path) {
      if ((0, import_yaml.isAlias)(node)) node = node.resolve(this.doc) ?? null;
      if ((0, import_yaml.isMap)(node)) {
        const pair = node.items.findLast((p) => keyText(p.key) === String(segment));
        if (!pair) break;
        key = pair.key ?? void 0;
        node = pair.value ?? null;
      } else if ((0, import_yaml.isSeq)(node) && typeof segment === "number" && node.items[segment]) {
        key = void 0;
        node = node.items[segment];
      } else {
        break;
      }
    }
    return key ? { node, key } : { node };
  }
};
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  return key === null || key === void 0 ? "" : String(key);
}
function readYaml(text, file) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, {
    keepSourceTokens: true,
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
    // 'silent' would also drop the MULTIPLE_DOCS error; 'error' only mutes console warnings.
    logLevel: "error"
  });
  const positions = new SourcePositions(doc, lines, file);
  const diagnostics = [
    ...doc.errors.map((e) => yamlDiagnostic(e, text, positions, "error")),
    ...doc.warnings.map((e) => yamlDiagnostic(e, text, positions, "warning")),
    ...structureProblems(doc, positions)
  ];
  const trusted = diagnostics.every(
    (d) => d.severity !== "error" || d.message.startsWith("duplicate key")
  );
  if (!trusted) return { positions, value: void 0, diagnostics };
  try {
    return { positions, value: doc.toJS({ maxAliasCount: 100 }), diagnostics };
  } catch (error3) {
    const message = error3 instanceof Error ? error3.message : String(error3);
    diagnostics.push({
      message: `the YAML cannot be read: ${message}`,
      hint: "simplify anchors and aliases (*name); a plan rarely needs them",
      position: positions.at([]),
      severity: "error"
    });
    return { positions, value: void 0, diagnostics };
  }
}
var YAML_HINTS = {
  DUPLICATE_KEY: "each key may appear once in a map: remove or rename one of them",
  TAB_AS_INDENT: "indent with spaces; YAML does not allow tabs for indentation",
  BAD_INDENT: "check the indentation, and that every [ and { is closed",
  BLOCK_AS_IMPLICIT_KEY: "a value cannot start a new map on the same line: put it on its own line",
  MULTILINE_IMPLICIT_KEY: "check the indentation and colons: a key must fit on one line",
  MISSING_CHAR: "add the missing character",
  MULTIPLE_DOCS: "a plan file holds one YAML document: remove the --- line",
  UNEXPECTED_TOKEN: "check for a stray character or a missing colon"
};
function yamlDiagnostic(error3, text, positions, severity) {
  const last = Math.max(0, text.trimEnd().length - 1);
  const [start, end] = error3.pos.map((offset) => Math.min(offset, last));
  const message = error3.code === "DUPLICATE_KEY" ? `duplicate key "${keyAt(text, start)}"` : error3.code === "MULTIPLE_DOCS" ? "the file holds more than one YAML document" : `YAML: ${error3.message}`;
  return {
    message,
    hint: YAML_HINTS[error3.code] ?? "fix the YAML syntax here",
    position: positions.ofOffsets(start, end),
    severity
  };
}
function keyAt(text, offset) {
  return (/^(?:"[^"\n]*"|'[^'\n]*'|[^:\n]*)/.exec(text.slice(offset))?.[0] ?? "").trim();
}
function structureProblems(doc, positions) {
  const problems = [];
  const report2 = (range, message, hint) => problems.push({
    message,
    hint,
    position: range ? positions.ofOffsets(range[0], range[1]) : positions.at([]),
    severity: "error"
  });
  (0, import_yaml.visit)(doc, {
    Alias(_, alias) {
      if (!alias.resolve(doc)) {
        report2(
          alias.range,
          `alias *${alias.source} has no anchor`,
          `define &${alias.source} before using it`
        );
      }
    },
    Pair(_, pair) {
      if ((0, import_yaml.isCollection)(pair.key)) {
        report2(
          pair.key.range,
          "a key must be plain text, not a list or a map",
          "write a name as the key"
        );
      }
    }
  });
  return problems;
}

// src/aws/ecs/definition-file-check.ts
async function checkDefinitionFile(ref, context) {
  if (typeof ref.file !== "string" || isTemplate(ref.file)) return [];
  const inPlan = context.at(ref.at);
  const found = await locate(ref.file, context.planFile, {
    kind: "file",
    name: "task definition file"
  }).catch((e) => e instanceof UserError ? e : Promise.reject(e));
  if (found instanceof UserError)
    return [error2(found.message, inPlan, found.hint ? { hint: found.hint } : {})];
  const near = relative(process.cwd(), found);
  const shown = near === "" || near.startsWith("..") ? found : near;
  const text = await readFile(found, "utf8");
  const parsed = parseJson(text, shown);
  if ("mistake" in parsed) return [parsed.mistake];
  return definitionMistakes(parsed.value, readYaml(text, shown).positions, ref, context);
}
function parseJson(text, file) {
  const top = { file, line: 1, column: 1 };
  try {
    const value = JSON.parse(text);
    if (isRecord(value)) return { value };
    return { mistake: error2(`task definition file ${file} is not a JSON object`, top) };
  } catch (e) {
    const message = e.message;
    const offset = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const yaml = readYaml(text, file).diagnostics.find((d) => d.severity === "error");
    const at = Number.isNaN(offset) ? yaml?.position ?? top : offsetPosition(text, offset, file);
    return { mistake: error2(`task definition file ${file} is not valid JSON: ${message}`, at) };
  }
}
function offsetPosition(text, offset, file) {
  const before = text.slice(0, offset).split("\n");
  return { file, line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
function definitionMistakes(raw, positions, ref, context) {
  const prefix = isRecord(raw.taskDefinition) ? ["taskDefinition"] : [];
  const input = registrationInput(raw);
  const inFile = (path, target2) => positions.at([...prefix, ...path], target2);
  const file = positions.file;
  const source = prefix.length > 0 ? raw.taskDefinition : raw;
  const wrong = shapeProblems(source, { unknown: isTemplate, described: true }).map(
    (p) => error2(
      `${keyPath(p.path)}: ${p.message}`,
      inFile(p.path, p.kind === "unknown-key" ? "key" : void 0),
      {
        hint: p.hint
      }
    )
  );
  if (wrong.length > 0) return wrong;
  if (typeof input.family !== "string" || input.family === "")
    return [
      error2(`task definition file ${file} has no family`, inFile([]), {
        hint: 'add "family": "<name>" to the file'
      })
    ];
  const containers = containerDefinitionsOf(input);
  if (containers.length === 0)
    return [error2(`task definition file ${file} has no containerDefinitions`, inFile([]))];
  const refused = taskDefinitionProblems(input, {
    launchType: ref.launchType,
    unknown: isTemplate
  });
  const mistakes = refused.map(
    (p) => error2(`${keyPath(p.path)}: ${p.message} (ECS would refuse it)`, inFile(p.path), {
      hint: p.hint
    })
  );
  if (containers.some((c) => isTemplate(c.name))) return mistakes;
  const unknownNames = missingContainers(input, ref.named).map(
    (p) => error2(`${p.message} ${file}`, context.at(p.path, "key"), { hint: p.hint })
  );
  return [...mistakes, ...unknownNames];
}
function error2(message, position, extra = {}) {
  return { message, position, severity: "error", ...extra };
}

// src/phases/ecs-deploy/check-files.ts
function serviceFiles(settings) {
  const services = isPlainObject(settings) && Array.isArray(settings.services) ? settings.services : [];
  return services.flatMap((service2) => {
    const file = isPlainObject(service2) ? service2["task-definition"] : void 0;
    return typeof file === "string" && !file.includes("${{") ? [file.trim()] : [];
  });
}
async function checkServiceFiles(settings, context) {
  const services = isPlainObject(settings) && Array.isArray(settings.services) ? settings.services : [];
  const found = await Promise.all(
    services.map((service2, i) => {
      if (!isPlainObject(service2) || service2["task-definition"] === void 0) return [];
      const create2 = isPlainObject(service2.create) ? service2.create : {};
      const launchType = typeof create2["launch-type"] === "string" ? create2["launch-type"] : void 0;
      const named2 = namedContainers(service2).map((n) => ({
        ...n,
        path: ["services", i, ...n.path]
      }));
      return checkDefinitionFile(
        {
          file: service2["task-definition"],
          at: ["services", i, "task-definition"],
          launchType,
          named: named2
        },
        context
      );
    })
  );
  return found.flat();
}

// src/phases/ecs-deploy/settings.ts
var CRASH_LOOP_THRESHOLD = 3;
var loadBalancer = object(
  {
    "target-group-arn": string({
      description: "ARN of the target group the service registers in."
    }),
    container: string({ description: "Container that receives the traffic." }),
    port: number({ integer: true, min: 1, max: 65535, description: "Its container port." })
  },
  { description: "Attach the service to a load balancer target group." }
);
var capacityProvider = object({
  "capacity-provider": string({ description: "For example FARGATE or FARGATE_SPOT." }),
  weight: optional(number({ integer: true, min: 0, max: 1e3 })),
  base: optional(number({ integer: true, min: 0, max: 1e5 }))
});
var create = refine(
  object(
    {
      "launch-type": optional(oneOf(["FARGATE", "EC2", "EXTERNAL"])),
      "capacity-providers": optional(array(capacityProvider, { min: 1 })),
      subnets: optional(array(string(), { min: 1, description: "Subnets of the tasks (awsvpc)." })),
      "security-groups": optional(array(string())),
      "assign-public-ip": withDefault(boolean(), false),
      "desired-count": withDefault(number({ integer: true, min: 0 }), 1),
      "load-balancer": optional(loadBalancer),
      "service-registry-arn": optional(
        string({ description: "Cloud Map service ARN (service discovery)." })
      ),
      "health-check-grace-period": optional(
        duration("How long ECS ignores failing load balancer health checks of new tasks.")
      )
    },
    { description: "Create the service when it does not exist (it is left alone when it does)." }
  ),
  (c) => c["launch-type"] !== void 0 && c["capacity-providers"] !== void 0 ? { message: "give launch-type or capacity-providers, not both", at: ["capacity-providers"] } : void 0
);
var service = refine(
  object(
    {
      service: string({ pattern: /^[A-Za-z0-9_-]{1,255}$/, description: "ECS service name." }),
      cluster: optional(string({ description: "Overrides the phase's cluster." })),
      "task-definition": optional(
        string({ description: "A task definition JSON file (see docs/phases/ecs-deploy.md)." })
      ),
      "task-definition-arn": optional(
        string({ description: "Deploy this existing revision (ARN or family:revision)." })
      ),
      images: optional(record(string(), "Container name \u2192 image to run.")),
      env: optional(
        record(record(string()), "Container name \u2192 environment variables to set or replace.")
      ),
      "desired-count": optional(number({ integer: true, min: 0 })),
      "force-new-deployment": withDefault(boolean(), false),
      "circuit-breaker": withDefault(
        boolean("Turn on the deployment circuit breaker with rollback (default true)."),
        true
      ),
      create: optional(create)
    },
    { description: "One service to deploy." }
  ),
  (s) => {
    if (s["task-definition"] !== void 0 && s["task-definition-arn"] !== void 0)
      return { message: "give task-definition (a file) or task-definition-arn, not both" };
    if (s["task-definition-arn"] !== void 0 && (s.images || s.env))
      return {
        message: "images and env cannot change an existing revision (task-definition-arn)",
        hint: "drop task-definition-arn to register a new revision with these changes"
      };
    return void 0;
  }
);
var phase = refine(
  object({
    cluster: optional(string({ description: "Default cluster of the services." })),
    "max-parallel": optional(
      number({ integer: true, min: 1, description: "Services rolled out at once (default all)." })
    ),
    "poll-interval": withDefault(
      duration(
        "Time between two DescribeServices polls; a quarter of it once a rollout is near its end, at most two calls a second."
      ),
      2e3
    ),
    "crash-loop-threshold": withDefault(
      number({
        integer: true,
        min: 0,
        description: "Fail a rollout once this many tasks of its new deployment ran and exited (an essential container exited): ECS's circuit breaker does not count those. 0 turns the check off."
      }),
      CRASH_LOOP_THRESHOLD
    ),
    services: array(service, { min: 1 })
  }),
  (c) => {
    const keys = c.services.map((s) => `${s.cluster ?? c.cluster}/${s.service}`);
    const twice = keys.findIndex((k, i) => keys.indexOf(k) !== i);
    if (twice >= 0)
      return { message: `service ${keys[twice]} is listed twice`, at: ["services", twice] };
    return void 0;
  }
);
var ecsDeploySettings = {
  ...phase,
  parse(value, path, ctx) {
    const parsed = phase.parse(value, path, ctx);
    const before = ctx.issues.length;
    checkClusters(value, path, ctx.issues);
    return ctx.issues.length === before ? parsed : void 0;
  }
};
function checkClusters(value, path, issues) {
  if (!isPlainObject(value) || value.cluster !== void 0 || !Array.isArray(value.services))
    return;
  value.services.forEach((s, i) => {
    if (!isPlainObject(s) || s.cluster !== void 0) return;
    issues.push({
      path: [...path, "services", i],
      message: `service "${String(s.service)}" has no cluster`,
      hint: "add cluster: to the phase (the default of all its services) or to the service"
    });
  });
}

// src/phases/ecs-deploy/index.ts
var ecsDeployKind = lazyPhaseKind(
  {
    name: "ecs-deploy",
    description: "Deploy ECS services side by side: new revisions from a file or the live one with new images and env, create missing services, watch rollouts, roll back",
    settings: ecsDeploySettings,
    iam: () => import("./chunks/iam-KDASFVQ4.js"),
    canRollBack: true,
    checkFiles: checkServiceFiles,
    outputs: ecsDeployOutputs,
    files: serviceFiles
  },
  () => import("./chunks/steps-FK4SNXVR.js")
);

// src/phases/ecs-run-task/check-files.ts
function taskFile(settings) {
  const file = isPlainObject(settings) ? settings["task-definition"] : void 0;
  return typeof file === "string" && /\.json$/i.test(file.trim()) ? [file.trim()] : [];
}
async function checkTaskFile(settings, context) {
  if (!isPlainObject(settings)) return [];
  const file = settings["task-definition"];
  if (typeof file !== "string" || !/\.json$/i.test(file.trim())) return [];
  const launchType = typeof settings["launch-type"] === "string" ? settings["launch-type"] : void 0;
  const named2 = namedContainers2(settings);
  return checkDefinitionFile(
    { file: file.trim(), at: ["task-definition"], launchType, named: named2 },
    context
  );
}

// src/phases/ecs-run-task/outputs.ts
var ECS_RUN_TASK_OUTPUTS = [
  "task-arn",
  "task-arns",
  "exit-code",
  "task-definition-arn"
];

// src/phases/ecs-run-task/settings.ts
var network = object(
  {
    subnets: array(string(), { min: 1, description: "Subnets of the task (awsvpc)." }),
    "security-groups": optional(array(string(), { description: "Security groups of the task." })),
    "assign-public-ip": withDefault(boolean("Give the task a public IP (default false)."), false)
  },
  { description: "The awsvpc network of the task." }
);
var command = array(string(), {
  min: 1,
  description: "Replaces the container command, e.g. [python, -m, tests.functional]."
});
var environment = record(
  string(),
  "Environment variables added to (or replacing) the definition\u2019s."
);
var containerOverride = object(
  { command: optional(command), environment: optional(environment) },
  { description: "Overrides of one container." }
);
var overrides = object(
  {
    command: optional(command),
    environment: optional(environment),
    containers: optional(
      record(containerOverride, "Container name \u2192 its own command and environment overrides.")
    ),
    cpu: optional(string({ description: 'Task-level CPU units for this run, e.g. "1024".' })),
    memory: optional(string({ description: 'Task-level memory (MiB) for this run, e.g. "2048".' }))
  },
  {
    description: "command and environment apply to `container` (default: the first essential container)."
  }
);
var STARTED_BY = /^[A-Za-z0-9_-]{1,36}$/;
var fields3 = object({
  cluster: string({ description: "Cluster to run the task in." }),
  "task-definition": string({
    description: "A family (latest ACTIVE revision), family:revision, an ARN, or a JSON file (path relative to the plan file) registered when it differs from the latest revision."
  }),
  container: optional(
    string({
      description: "The container that decides the outcome, whose log is shown and that overrides apply to (default: the first essential container)."
    })
  ),
  count: withDefault(
    number({ integer: true, min: 1, max: 10, description: "Copies of the task (RunTask: 1\u201310)." }),
    1
  ),
  "launch-type": optional(oneOf(["FARGATE", "EC2", "EXTERNAL"])),
  network: optional(network),
  "network-from": optional(
    string({ description: "Copy the network (and launch type) of this service of the cluster." })
  ),
  overrides: optional(overrides),
  "started-by": optional(
    string({
      pattern: STARTED_BY,
      expected: "up to 36 letters, digits, - and _",
      description: "Tag of the task in ECS (default phasegate-<phase id>)."
    })
  ),
  "log-lines": withDefault(
    number({ integer: true, min: 0, max: 1e4, description: "Log lines shown per task." }),
    30
  ),
  "poll-interval": withDefault(duration("Time between two DescribeTasks polls."), 2e3)
});
var ecsRunTaskSettings = refine(
  fields3,
  (c) => c.network !== void 0 && c["network-from"] !== void 0 ? {
    message: "give network or network-from, not both",
    at: ["network-from"],
    hint: "network-from copies the whole network of the service"
  } : void 0
);

// src/phases/ecs-run-task/index.ts
var ecsRunTaskKind = lazyPhaseKind(
  {
    name: "ecs-run-task",
    description: "Run a one-off ECS task (family, ARN or JSON file) with overrides, wait for it to stop, fail on a non-zero exit with the reason and the log tail",
    settings: ecsRunTaskSettings,
    iam: () => import("./chunks/iam-VQDTXSA4.js"),
    canRollBack: false,
    checkFiles: checkTaskFile,
    outputs: () => ECS_RUN_TASK_OUTPUTS,
    files: taskFile
  },
  () => import("./chunks/steps-YIRXDXL2.js")
);

// src/phases/migrate/outputs.ts
var MIGRATE_OUTPUTS = ["applied", "pending", "current-version"];

// src/phases/migrate/index.ts
var migrateKind = lazyPhaseKind(
  {
    name: "migrate",
    description: "Apply versioned SQL migrations (migrations/NNN_description.sql) through the RDS Data API or a PostgreSQL connection, each file once, in its own transaction",
    settings: migrateSettings,
    iam: () => import("./chunks/iam-PMG3NEFB.js"),
    canRollBack: false,
    outputs: () => MIGRATE_OUTPUTS,
    files: (settings) => {
      const dir = isPlainObject(settings) ? settings.directory ?? "migrations" : void 0;
      return typeof dir === "string" && !dir.includes("${{") ? [dir.trim()] : [];
    },
    // Loaded when a plan has a migrate phase: the SQL reader and lint stay out of other start-ups.
    checkFiles: async (settings, context) => (await import("./chunks/check-files-MZ6224ZS.js")).checkMigrationFiles(settings, context)
  },
  () => import("./chunks/steps-QLJ3VZKW.js")
);

// src/phases/ssm-command/outputs.ts
var SSM_COMMAND_OUTPUTS = ["command-id", "succeeded", "failed"];

// src/phases/ssm-command/index.ts
var ssmCommandKind = lazyPhaseKind(
  {
    name: "ssm-command",
    description: "Run an SSM document (default AWS-RunShellScript) on managed instances by id or tag, wait for every invocation, fail naming each instance that did not succeed, with its output tail",
    settings: ssmCommandSettings,
    iam: () => import("./chunks/iam-3A7CYLGC.js"),
    canRollBack: false,
    outputs: () => SSM_COMMAND_OUTPUTS
  },
  () => import("./chunks/steps-LIE47SI2.js")
);

// src/phases/registry.ts
var PHASE_KINDS_NOT_YET_AVAILABLE = [];
var CHECK_KINDS_NOT_YET_AVAILABLE = [];
var Registry = class {
  constructor(kinds = {}, notYetAvailable = {
    phases: PHASE_KINDS_NOT_YET_AVAILABLE,
    checks: CHECK_KINDS_NOT_YET_AVAILABLE
  }) {
    this.notYetAvailable = notYetAvailable;
    for (const kind of kinds.phases ?? []) this.phases.set(kind.name, kind);
    for (const kind of kinds.checks ?? []) this.checks.set(kind.name, kind);
  }
  notYetAvailable;
  phases = /* @__PURE__ */ new Map();
  checks = /* @__PURE__ */ new Map();
  phase(name) {
    return this.phases.get(name);
  }
  check(name) {
    return this.checks.get(name);
  }
  phaseNames() {
    return [...this.phases.keys()];
  }
  checkNames() {
    return [...this.checks.keys()];
  }
};
function builtinRegistry() {
  return new Registry({
    phases: [
      migrateKind,
      ecsDeployKind,
      ecsRunTaskKind,
      ssmCommandKind,
      checksPhaseKind(checkKinds, CHECK_KINDS_NOT_YET_AVAILABLE)
    ],
    checks: [...checkKinds]
  });
}

// src/plan/graph.ts
function effectiveNeeds(written, previousId) {
  if (written) return [...written];
  return previousId === void 0 ? [] : [previousId];
}
function edges(phases) {
  const ids = new Set(phases.map((p) => p.id));
  const graph = /* @__PURE__ */ new Map();
  for (const phase2 of phases) {
    const known = phase2.needs.filter((n) => ids.has(n) && n !== phase2.id);
    graph.set(phase2.id, [...graph.get(phase2.id) ?? [], ...known]);
  }
  return graph;
}
function findCycles(phases) {
  const graph = edges(phases);
  const order = phases.map((p) => p.id);
  return stronglyConnected(graph, order).filter((component) => component.length > 1).map((component) => {
    const members = new Set(component);
    const start = order.find((id) => members.has(id)) ?? component[0] ?? "";
    return cycleThrough(start, graph, members);
  });
}
function stronglyConnected(graph, order) {
  const index = /* @__PURE__ */ new Map();
  const low = /* @__PURE__ */ new Map();
  const stack = [];
  const onStack = /* @__PURE__ */ new Set();
  const components = [];
  const visit2 = (id) => {
    index.set(id, index.size);
    low.set(id, index.get(id) ?? 0);
    stack.push(id);
    onStack.add(id);
    for (const next of graph.get(id) ?? []) {
      if (!index.has(next)) {
        visit2(next);
        low.set(id, Math.min(low.get(id) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(id, Math.min(low.get(id) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(id) !== index.get(id)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      if (member === void 0) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== id);
    components.push(component);
  };
  for (const id of order) if (!index.has(id)) visit2(id);
  return components;
}
function cycleThrough(start, graph, members) {
  const cameFrom = /* @__PURE__ */ new Map();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i];
    for (const next of graph.get(id) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) return [...pathTo(id, start, cameFrom), start];
      if (cameFrom.has(next)) continue;
      cameFrom.set(next, id);
      queue.push(next);
    }
  }
  return [start, start];
}
function pathTo(id, start, cameFrom) {
  const path = [id];
  let current = id;
  while (current !== start) {
    current = cameFrom.get(current) ?? start;
    path.unshift(current);
  }
  return path;
}
function ancestors(phases, id) {
  const graph = edges(phases);
  const seen = /* @__PURE__ */ new Set();
  const pending = [...graph.get(id) ?? []];
  while (pending.length > 0) {
    const next = pending.pop();
    if (seen.has(next) || next === id) continue;
    seen.add(next);
    pending.push(...graph.get(next) ?? []);
  }
  return seen;
}
function runOrder(phases) {
  const graph = edges(phases);
  const done = /* @__PURE__ */ new Set();
  const order = [];
  while (order.length < phases.length) {
    const ready = phases.find(
      (p) => !done.has(p.id) && (graph.get(p.id) ?? []).every((n) => done.has(n))
    );
    if (!ready) throw new Error(`runOrder: the phases form a cycle (${findCycles(phases)[0]})`);
    done.add(ready.id);
    order.push(ready.id);
  }
  return order;
}
function stages(phases) {
  const graph = edges(phases);
  const stageOf = /* @__PURE__ */ new Map();
  for (const id of runOrder(phases)) {
    const needs = graph.get(id) ?? [];
    stageOf.set(
      id,
      needs.length === 0 ? 0 : Math.max(...needs.map((n) => stageOf.get(n) ?? 0)) + 1
    );
  }
  const out = [];
  for (const p of phases) {
    const stage = stageOf.get(p.id) ?? 0;
    out[stage] = [...out[stage] ?? [], p.id];
  }
  return out.filter(Boolean);
}
function graphText(phases) {
  const byId = new Map(phases.map((p) => [p.id, p]));
  return stages(phases).map((ids, i) => {
    const needs = [...new Set(ids.flatMap((id) => [...byId.get(id)?.needs ?? []]))];
    const side = ids.length > 1 ? " (side by side)" : "";
    const after = needs.length ? `, after ${needs.join(", ")}` : "";
    const gates = ids.flatMap((id) => gateLine(byId.get(id)));
    return [`  ${i + 1}. ${ids.join(", ")}${side}${after}`, ...gates].join("\n");
  }).join("\n");
}
function gateLine(phase2) {
  const names = (list2) => (list2 ?? []).map((g) => g.name).join(", ");
  const before = names(phase2?.gates?.before);
  const after = names(phase2?.gates?.after);
  if (!phase2 || !before && !after) return [];
  const parts = [before ? `before: ${before}` : "", after ? `after: ${after}` : ""];
  return [`     ${phase2.id} gates ${parts.filter(Boolean).join("; ")}`];
}

// src/aws/clients.ts
var clientConfig = (region) => ({
  region,
  maxAttempts: 8,
  retryMode: "adaptive"
});
function quietSdkNodeNotice(env = process.env) {
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
}
function createAwsClients(region) {
  const cache = /* @__PURE__ */ new Map();
  quietSdkNodeNotice();
  return {
    region,
    client(Class) {
      if (!cache.has(Class)) cache.set(Class, new Class(clientConfig(region)));
      return cache.get(Class);
    }
  };
}

// src/plan/interpolate.ts
var INPUT_NAMES = ["environment", "version", "dry-run"];
var GITHUB_NAMES = [
  "sha",
  "ref_name",
  "actor",
  "run_id",
  "run_attempt",
  "server_url",
  "repository"
];
var SCOPES = ["inputs", "vars", "env", "github", "phases", "ssm"];
var OPEN = "${{";
var CLOSE = "}}";
function splitTemplates(text) {
  const pieces = [];
  let at = 0;
  while (at < text.length) {
    const open2 = text.indexOf(OPEN, at);
    if (open2 < 0) break;
    if (open2 > at) pieces.push({ literal: text.slice(at, open2) });
    const close = text.indexOf(CLOSE, open2 + OPEN.length);
    if (close < 0) {
      pieces.push({ unclosed: text.slice(open2) });
      return pieces;
    }
    const template = text.slice(open2, close + CLOSE.length);
    pieces.push({ template, expression: text.slice(open2 + OPEN.length, close).trim() });
    at = close + CLOSE.length;
  }
  if (at < text.length) pieces.push({ literal: text.slice(at) });
  return pieces;
}
var NAME2 = /^[A-Za-z_][A-Za-z0-9_-]*$/;
var DOTTED = /^([A-Za-z_][A-Za-z0-9_-]*)((?:\.[A-Za-z0-9_-]+)+)$/;
function parseExpression(expression) {
  if (expression === "") {
    return { message: "empty template ${{ }}", hint: "write a reference such as ${{ vars.NAME }}" };
  }
  if (expression.startsWith("ssm:")) return parseSsm(expression.slice(4).trim());
  const m = DOTTED.exec(expression);
  if (!m) {
    return {
      message: `"${expression}" is not a reference`,
      hint: "a template holds exactly one reference such as ${{ vars.NAME }} or ${{ phases.ID.outputs.NAME }}; expressions and functions are not supported"
    };
  }
  const scope = m[1] ?? "";
  const parts = (m[2] ?? "").slice(1).split(".");
  return parseScoped(scope, parts, expression);
}
function parseScoped(scope, parts, expression) {
  switch (scope) {
    case "inputs":
      return named("inputs", parts, INPUT_NAMES);
    case "github":
      return named("github", parts, GITHUB_NAMES);
    case "vars":
    case "env":
      return named(scope, parts, void 0);
    case "phases":
      return parsePhaseOutput(parts);
    default:
      return unknownScope(scope, expression);
  }
}
function named(scope, parts, known) {
  const [name, ...extra] = parts;
  if (name === void 0 || extra.length > 0 || !NAME2.test(name)) {
    return {
      message: `${scope}.${parts.join(".")} is not a reference`,
      hint: `write ${scope}.NAME`
    };
  }
  if (known && !known.includes(name)) {
    const near = closest(name, known);
    return {
      message: `unknown ${scope} value "${name}"`,
      hint: near ? `did you mean ${scope}.${near}?` : `${scope} has: ${known.join(", ")}`
    };
  }
  return { scope, name };
}
function parsePhaseOutput(parts) {
  const [phase2, outputs, output, ...extra] = parts;
  if (phase2 && outputs === "outputs" && output && extra.length === 0) {
    return { scope: "phases", phase: phase2, output };
  }
  return {
    message: `phases.${parts.join(".")} is not a phase output`,
    hint: "write phases.ID.outputs.NAME, for example ${{ phases.agents.outputs.revision }}"
  };
}
function unknownScope(scope, expression) {
  if (scope === "secrets") {
    return {
      message: `GitHub secrets cannot be read in a plan ("${expression}")`,
      hint: "pass the secret to the step with env: and write ${{ env.NAME }}, or store it in SSM and write ${{ ssm:/path/name }}"
    };
  }
  if (scope === "ssm") {
    return {
      message: `"${expression}" is not an SSM reference`,
      hint: "write ${{ ssm:/path/name }}"
    };
  }
  const near = closest(scope, SCOPES);
  const rest = expression.slice(scope.length);
  const suggestion = near === "ssm" ? "ssm:/path/name" : `${near}${rest}`;
  return {
    message: `unknown reference "${expression}"`,
    hint: near ? `did you mean \${{ ${suggestion} }}?` : `a template reads one of: ${SCOPES.map((s) => s === "ssm" ? "ssm:/path" : `${s}.\u2026`).join(", ")}`
  };
}
var SSM_NAME = /^\/?[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*(?::[1-9][0-9]*)?$/;
var SSM_MAX_LENGTH = 1011;
var SSM_MAX_DEPTH = 15;
function parseSsm(name) {
  const depth = name.split("/").filter(Boolean).length;
  if (SSM_NAME.test(name) && name.length <= SSM_MAX_LENGTH && depth <= SSM_MAX_DEPTH) {
    return { scope: "ssm", name };
  }
  return {
    message: `"${name}" is not a valid SSM parameter name`,
    hint: "use letters, digits and _ . - with / between at most 15 levels, and :N for version N, for example ${{ ssm:/ca-a2a/db/host }} or ${{ ssm:/ca-a2a/db/host:3 }}"
  };
}
function isProblem(value) {
  return "message" in value;
}
function scanTemplates(value, path = []) {
  if (typeof value === "string") return scanText(value, path);
  if (Array.isArray(value)) return value.flatMap((item, i) => scanTemplates(item, [...path, i]));
  if (isPlainObject(value)) {
    return Object.entries(value).flatMap(([key, item]) => scanTemplates(item, [...path, key]));
  }
  return [];
}
function scanText(text, path) {
  const uses = [];
  for (const piece of splitTemplates(text)) {
    if ("unclosed" in piece) {
      uses.push({
        path,
        text: piece.unclosed,
        problem: {
          message: "a template is not closed",
          hint: "end it with }}, as in ${{ vars.NAME }}"
        }
      });
    } else if ("template" in piece) {
      const parsed = parseExpression(piece.expression);
      uses.push(
        isProblem(parsed) ? { path, text: piece.template, problem: parsed } : { path, text: piece.template, reference: parsed }
      );
    }
  }
  return uses;
}
function findReferences(value) {
  return scanTemplates(value).flatMap(
    (use) => use.reference ? [{ reference: use.reference, path: use.path, text: use.text }] : []
  );
}
function describeReference(reference) {
  if (reference.scope === "phases") return `phases.${reference.phase}.outputs.${reference.output}`;
  if (reference.scope === "ssm") return `ssm:${reference.name}`;
  return `${reference.scope}.${reference.name}`;
}
function render(value, scope) {
  return mapStrings(value, (text) => renderText(text, scope));
}
function renderKnown(value, scope, unknown) {
  return mapStrings(
    value,
    (text) => splitTemplates(text).map((piece) => {
      if ("literal" in piece) return piece.literal;
      if ("unclosed" in piece) return piece.unclosed;
      const parsed = parseExpression(piece.expression);
      if (isProblem(parsed)) return piece.template;
      const known = parsed.scope === "phases" || parsed.scope === "ssm" ? void 0 : own(scope[parsed.scope], parsed.name);
      if (known === void 0) unknown(parsed);
      return known ?? piece.template;
    }).join("")
  );
}
function mapStrings(value, text) {
  if (typeof value === "string") return text(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, text));
  if (isPlainObject(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, mapStrings(item, text)])
    );
  }
  return value;
}
function renderText(text, scope) {
  return splitTemplates(text).map((piece) => {
    if ("literal" in piece) return piece.literal;
    if ("unclosed" in piece) throw new UserError(`a template is not closed: ${piece.unclosed}`);
    const parsed = parseExpression(piece.expression);
    if (isProblem(parsed)) throw new UserError(parsed.message, parsed.hint);
    return lookup(parsed, scope, piece.template);
  }).join("");
}
function own(record2, key) {
  return record2 && Object.hasOwn(record2, key) ? record2[key] : void 0;
}
function lookup(reference, scope, text) {
  if (reference.scope === "phases") return lookupOutput(reference, scope, text);
  const value = own(scope[reference.scope], reference.name);
  if (value !== void 0) return value;
  throw new UserError(`${text} has no value`, missingHint(reference));
}
function lookupOutput(reference, scope, text) {
  const outputs = own(scope.phases, reference.phase);
  if (!outputs) {
    throw new UserError(
      `${text} has no value: phase "${reference.phase}" has not finished`,
      `add "${reference.phase}" to this phase's needs`
    );
  }
  const value = own(outputs, reference.output);
  if (value !== void 0) return value;
  const names = Object.keys(outputs);
  const near = closest(reference.output, names);
  const has = names.length ? `its outputs are: ${names.join(", ")}` : "it reported no outputs";
  throw new UserError(
    `${text} has no value: phase "${reference.phase}" has no output "${reference.output}" (${has})`,
    near ? `did you mean phases.${reference.phase}.outputs.${near}?` : has
  );
}
function missingHint(reference) {
  switch (reference.scope) {
    case "env":
      return `set the environment variable ${reference.name} (in the workflow step's env: or your shell)`;
    case "vars":
      return `declare ${reference.name} under vars: or pass --var ${reference.name}=VALUE`;
    case "inputs":
      return `give the ${reference.name} input (--${reference.name === "environment" ? "env" : reference.name} in the CLI)`;
    case "ssm":
      return `create the parameter ${reference.name} in SSM Parameter Store, in the plan's region`;
    default:
      return `this run has no ${describeReference(reference)}; outside GitHub Actions set GITHUB_${reference.name.toUpperCase()}`;
  }
}

// src/engine/abort.ts
var PhaseTimeout = class extends Error {
  constructor(ms) {
    super(`timed out after ${formatDuration(ms)}`);
    this.ms = ms;
  }
  ms;
  name = "PhaseTimeout";
};
var RunCancelled = class extends Error {
  constructor(why = "the run was cancelled") {
    super(why);
    this.why = why;
  }
  why;
  name = "RunCancelled";
};
function phaseSignal(parent, timeoutMs) {
  const controller = new AbortController();
  const onParent = () => controller.abort(parent.reason);
  if (parent.aborted) onParent();
  parent.addEventListener("abort", onParent, { once: true });
  const timer = setTimeout(() => controller.abort(new PhaseTimeout(timeoutMs)), timeoutMs);
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer);
      parent.removeEventListener("abort", onParent);
    }
  };
}
function settleWithin(work2, signal, graceMs) {
  return new Promise((resolve2, reject) => {
    let timer;
    const onAbort = () => {
      timer = setTimeout(() => reject(signal.reason), graceMs);
    };
    const finish = () => {
      if (timer) clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    work2.then(
      (value) => {
        finish();
        resolve2(value);
      },
      (error3) => {
        finish();
        reject(error3);
      }
    );
  });
}

// src/engine/settings.ts
function parseFinal(shape, value, what) {
  const ctx = { mode: "final", issues: [] };
  const parsed = shape.parse(value, ["with"], ctx);
  const issue2 = ctx.issues[0];
  if (issue2) {
    throw new UserError(
      `${what}: ${issue2.path.join(".")}: ${issue2.message} (after rendering its templates)`,
      issue2.hint
    );
  }
  return parsed;
}
async function renderWith(items, scope, readSsm, signal) {
  const names = items.flatMap(
    (item) => findReferences(item.with).flatMap(
      ({ reference }) => reference.scope === "ssm" && !(reference.name in scope.ssm) ? [reference.name] : []
    )
  );
  if (names.length > 0) Object.assign(scope.ssm, await readSsm([...new Set(names)], signal));
  return items.map((item) => render(item.with, scope));
}

// src/engine/gates.ts
async function runGate(check, settings, when, ctx) {
  const started = ctx.now();
  const done = (ok, summary2, details) => ({
    when,
    name: check.name,
    uses: check.uses,
    ok,
    summary: summary2,
    durationMs: ctx.now() - started,
    ...details ? { details } : {}
  });
  const kind = ctx.registry.check(check.uses);
  if (!kind) throw new Error(`check kind "${check.uses}" passed validation but is not registered`);
  const outcome = await checkOnce(kind, check, settings, ctx);
  ctx.log.info(
    `gate ${when}: ${check.name}: ${outcome.ok ? "passed" : "FAILED"}: ${outcome.summary}`
  );
  return done(outcome.ok, outcome.summary, outcome.details);
}
async function checkOnce(kind, check, settings, ctx) {
  let config;
  try {
    config = parseFinal(kind.settings, settings, `check "${check.name}"`);
  } catch (error3) {
    return failedCheck(error3);
  }
  return runCheck(kind, checkContext(ctx, check, config));
}

// src/engine/phase-runner.ts
async function runPhase(phase2, scope, log, parent, deps) {
  const result = {
    ...identity(phase2),
    status: "failed",
    summary: "",
    outputs: {},
    gates: []
  };
  result.startedAt = deps.now();
  const { signal, dispose } = phaseSignal(parent, phase2.timeoutMs);
  const changes = [];
  try {
    const kind = deps.registry.phase(phase2.uses);
    if (!kind)
      throw new Error(`phase kind "${phase2.uses}" passed validation but is not registered`);
    const ctx = await phaseContext(kind, phase2, scope, log, signal, changes, deps);
    const report2 = await settleWithin(
      execute(kind, ctx, phase2, scope, result, deps),
      signal,
      deps.graceMs
    );
    Object.assign(result, reportFields(report2), {
      status: deps.mode === "run" ? "succeeded" : "planned"
    });
  } catch (error3) {
    const blind = deps.mode === "plan" ? couldNotLook(error3) : void 0;
    if (blind !== void 0) {
      planBlind(result, blind);
      return result;
    }
    recordFailure(result, error3, signal);
    if (shouldRollBack(phase2, result, deps)) {
      const { outputs, ...rollback } = await rollBack(phase2, scope, log, changes, parent, deps);
      result.rollback = rollback;
      if (outputs) result.outputs = { ...result.outputs, ...outputs };
    }
  } finally {
    dispose();
    result.endedAt = deps.now();
  }
  return result;
}
async function execute(kind, ctx, phase2, scope, result, deps) {
  if (deps.mode === "plan") {
    const report3 = await kind.plan(ctx);
    return { ...report3, plan: report3.plan ?? { changes: !kind.readOnly, items: [] } };
  }
  await passGates(phase2.gates.before, "before", scope, ctx, result, deps);
  const report2 = await kind.run(ctx);
  result.outputs = { ...report2.outputs };
  await passGates(phase2.gates.after, "after", scope, ctx, result, deps);
  return report2;
}
async function passGates(checks, when, scope, ctx, result, deps) {
  if (checks.length === 0) return;
  const rendered = await renderWith(checks, scope, deps.resolveSsm, ctx.signal);
  const outcomes = await Promise.all(
    checks.map(
      (check, i) => runGate(check, rendered[i], when, { ...ctx, registry: deps.registry, now: deps.now })
    )
  );
  result.gates.push(...outcomes);
  const failed = outcomes.filter((g) => !g.ok);
  if (failed.length > 0)
    throw new GateFailed(when, failed.map((g) => `${g.name}: ${g.summary}`).join("; "));
}
var GateFailed = class extends UserError {
  constructor(when, what) {
    super(`gate ${when} the phase failed: ${what}`);
    this.when = when;
  }
  when;
};
async function phaseContext(kind, phase2, scope, log, signal, changes, deps) {
  const [settings] = await renderWith([phase2], scope, deps.resolveSsm, signal);
  return {
    config: parseFinal(kind.settings, settings, `phase "${phase2.id}"`),
    phase: { id: phase2.id, name: phase2.name, uses: phase2.uses, position: phase2.position },
    plan: { app: deps.plan.app, region: deps.plan.region, file: deps.plan.file },
    run: deps.run,
    signal,
    log,
    aws: deps.aws,
    secrets: deps.secrets,
    recordChange: (change) => changes.push(change),
    render: async (value) => (await renderWith([{ with: value }], scope, deps.resolveSsm, signal))[0]
  };
}
function planBlind(result, reason) {
  result.status = "planned";
  result.summary = `could not look: ${reason}`;
  result.plan = { changes: true, items: [], couldNotLook: reason };
}
function recordFailure(result, error3, signal) {
  result.error = classify(error3, signal);
  result.status = result.error.kind === "cancelled" ? "cancelled" : "failed";
  result.summary = result.error.message;
  if (error3 instanceof UserError && "details" in error3 && typeof error3.details === "string") {
    result.details = error3.details;
  }
  if (error3 instanceof UserError && "outputs" in error3 && typeof error3.outputs === "object") {
    result.outputs = { ...result.outputs, ...error3.outputs };
  }
}
function classify(error3, signal) {
  const reason = signal.aborted ? signal.reason : void 0;
  if (reason instanceof PhaseTimeout) return { kind: "timeout", message: reason.message };
  if (reason instanceof RunCancelled) return cancelled(reason, error3);
  if (error3 instanceof GateFailed) return { kind: "gate", message: error3.message };
  const explained = explainFailure(error3);
  if (explained) return { kind: "failure", message: explained.message, ...hintOf(explained) };
  const bug = error3 instanceof Error ? error3 : new Error(String(error3));
  return {
    kind: "bug",
    message: `unexpected error: ${bug.message}`,
    ...bug.stack ? { stack: bug.stack } : {}
  };
}
function cancelled(reason, error3) {
  const goesOn = error3 instanceof PhaseFailure ? error3.goesOn : void 0;
  if (!goesOn) return { kind: "cancelled", message: reason.message };
  return {
    kind: "cancelled",
    message: `${reason.message}; ${goesOn}`,
    hint: "check them, or re-run the release: a re-run waits for rollouts in flight and judges them before calling anything unchanged",
    goesOn
  };
}
function hintOf(error3) {
  return error3.hint ? { hint: error3.hint } : {};
}
function shouldRollBack(phase2, result, deps) {
  return deps.mode === "run" && phase2.onFailure === "rollback" && result.status === "failed";
}
async function rollBack(phase2, scope, log, changes, parent, deps) {
  const kind = deps.registry.phase(phase2.uses);
  if (!kind?.rollback) return { status: "failed", summary: `${phase2.uses} cannot roll back` };
  if (changes.length === 0)
    return { status: "succeeded", summary: "nothing was changed, nothing to roll back" };
  const { signal, dispose } = phaseSignal(parent, phase2.timeoutMs);
  try {
    log.info(`rolling back ${plural(changes.length, "change")}`);
    const ctx = await phaseContext(kind, phase2, scope, log, signal, [], deps);
    const report2 = await settleWithin(kind.rollback(ctx, changes), signal, deps.graceMs);
    return {
      status: "succeeded",
      summary: report2.summary,
      ...report2.details ? { details: report2.details } : {},
      ...report2.outputs ? { outputs: report2.outputs } : {}
    };
  } catch (error3) {
    const problem = classify(error3, signal);
    return {
      status: "failed",
      summary: `rollback failed: ${problem.message}`,
      ...problem.stack ? { details: problem.stack } : {}
    };
  } finally {
    dispose();
  }
}
function reportFields(report2) {
  return {
    summary: report2.summary,
    outputs: { ...report2.outputs },
    ...report2.details ? { details: report2.details } : {},
    ...report2.plan ? { plan: report2.plan } : {}
  };
}
function identity(phase2) {
  return { id: phase2.id, name: phase2.name, uses: phase2.uses };
}

// src/engine/progress.ts
function withProgress(log, startedAt, now2, everyMs = 1e4) {
  let lastText;
  let lastAt = Number.NEGATIVE_INFINITY;
  return {
    info: (m) => log.info(m),
    warning: (m, p) => log.warning(m, p),
    error: (m, p) => log.error(m, p),
    debug: (m) => log.debug(m),
    progress(message) {
      const at = now2();
      if (message === lastText && at - lastAt < everyMs) return;
      lastText = message;
      lastAt = at;
      log.progress(`${message} (${formatDuration(at - startedAt)} elapsed)`);
    }
  };
}

// src/engine/selection.ts
function selectPhases(plan, selection) {
  const ids = plan.phases.map((p) => p.id);
  if (selection.phases?.length && selection.from) {
    throw new UserError(
      "give either phases or from, not both",
      "use phases: a,b to pick phases, or from: a to start at a"
    );
  }
  if (selection.phases?.length) {
    for (const id of selection.phases) assertKnown(id, ids, "phases");
    return new Set(selection.phases);
  }
  if (selection.from) {
    assertKnown(selection.from, ids, "from");
    return new Set(ids.slice(ids.indexOf(selection.from)));
  }
  return new Set(ids);
}
function assertKnown(id, ids, option) {
  if (ids.includes(id)) return;
  const near = closest(id, ids);
  throw new UserError(
    `${option}: the plan has no phase "${id}"`,
    near ? `did you mean "${near}"? The plan's phases: ${ids.join(", ")}` : `the plan's phases: ${ids.join(", ")}`
  );
}
function parsePhaseList(text) {
  const ids = (text ?? "").split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
  return ids.length > 0 ? ids : void 0;
}

// src/engine/run-plan.ts
async function runPlan(options) {
  const now2 = options.now ?? Date.now;
  const deps = { ...options, now: now2, graceMs: options.graceMs ?? 5e3 };
  const selected = selectPhases(options.plan, options.selection ?? {});
  const state = new Schedule(options.plan.phases, selected, scopeFor(options), options.settled);
  const startedAt = now2();
  const running = /* @__PURE__ */ new Map();
  const cancelled2 = aborted(options.signal);
  const start = (phase2) => {
    options.onPhaseStart?.(phase2);
    const log = withProgress(options.logFor(phase2), now2(), now2);
    const work2 = runPhase(phase2, state.scope, log, options.signal, deps).then((result) => {
      running.delete(phase2.id);
      state.finish(phase2, result, options.mode);
      options.onPhaseEnd?.(result, phase2);
    });
    running.set(phase2.id, work2);
  };
  for (; ; ) {
    if (options.signal.aborted) state.abandon("cancelled", cancelledWhy(options.signal));
    state.skipBlocked();
    if (!options.signal.aborted && !state.stopped) {
      for (const phase2 of state.ready(options.plan.maxParallel - running.size)) start(phase2);
    }
    if (running.size === 0) break;
    await Promise.race([...running.values(), ...options.signal.aborted ? [] : [cancelled2]]);
  }
  const why = options.signal.aborted ? cancelledWhy(options.signal) : state.stopped ?? "not started";
  state.abandon(options.signal.aborted ? "cancelled" : "skipped", why);
  return state.result(options.mode, startedAt, now2(), options.signal.aborted);
}
var Schedule = class {
  constructor(phases, selected, scope, settled = []) {
    this.phases = phases;
    this.scope = scope;
    for (const r of settled) {
      this.results.set(r.id, r);
      this.scope.phases[r.id] = r.outputs;
    }
    this.pending = phases.filter((p) => selected.has(p.id) && !this.results.has(p.id));
    for (const p of phases)
      if (!selected.has(p.id) && !this.results.has(p.id))
        this.results.set(p.id, pendingResult(p, "not-selected", "not selected"));
    this.waitsFor = waitsThroughUnselected(phases, (id) => this.results.get(id)?.status);
  }
  phases;
  scope;
  results = /* @__PURE__ */ new Map();
  pending;
  stopped;
  waitsFor;
  /** Takes up to `limit` phases whose needs are met off the pending list, in plan order. */
  ready(limit) {
    const ready = this.pending.filter((p) => this.needsOf(p).every((need) => this.isMet(need))).slice(0, Math.max(0, limit));
    for (const p of ready) this.pending.splice(this.pending.indexOf(p), 1);
    return ready;
  }
  finish(phase2, result, mode) {
    this.results.set(phase2.id, result);
    if (result.status === "succeeded" || result.status === "planned" || phase2.onFailure === "continue") {
      this.scope.phases[phase2.id] = mode === "plan" ? { ...this.scope.phases[phase2.id], ...result.outputs } : result.outputs;
    }
    if (result.status === "failed" && phase2.onFailure !== "continue" && mode === "run") {
      this.stopped ??= `not started: ${phase2.id} failed`;
    }
  }
  /** Marks phases whose needs failed, were skipped or were cancelled, until nothing changes. */
  skipBlocked() {
    for (let changed = true; changed; ) {
      changed = false;
      for (const phase2 of [...this.pending]) {
        const blocker = this.needsOf(phase2).find((need) => this.blocks(need));
        if (!blocker) continue;
        this.settle(phase2, "skipped", `skipped (needs ${blocker})`);
        changed = true;
      }
    }
  }
  abandon(status, why) {
    this.skipBlocked();
    for (const phase2 of [...this.pending]) this.settle(phase2, status, why);
  }
  result(mode, startedAt, endedAt, cancelled2) {
    const phases = this.phases.map(
      (p) => this.results.get(p.id) ?? pendingResult(p, "skipped", "not started")
    );
    const failed = phases.find((p) => p.status === "failed");
    return {
      mode,
      status: cancelled2 ? "cancelled" : failed ? "failed" : "succeeded",
      startedAt,
      endedAt,
      phases,
      ...failed ? { failedPhase: failed.id } : {},
      bug: phases.some((p) => p.error?.kind === "bug"),
      releaseComplete: mode === "run" && !cancelled2 && phases.every((p) => p.status === "succeeded" || p.status === "done-earlier")
    };
  }
  settle(phase2, status, why) {
    this.pending.splice(this.pending.indexOf(phase2), 1);
    this.results.set(phase2.id, pendingResult(phase2, status, why));
  }
  needsOf(phase2) {
    return this.waitsFor.get(phase2.id) ?? phase2.needs;
  }
  isMet(need) {
    const r = this.results.get(need);
    if (!r) return false;
    if (r.status === "failed") return this.onFailureOf(need) === "continue";
    return r.status === "succeeded" || r.status === "planned" || r.status === "not-selected" || r.status === "done-earlier";
  }
  blocks(need) {
    const r = this.results.get(need);
    if (!r) return false;
    if (r.status === "failed") return this.onFailureOf(need) !== "continue";
    return r.status === "skipped" || r.status === "cancelled";
  }
  onFailureOf(id) {
    return this.phases.find((p) => p.id === id)?.onFailure;
  }
};
function waitsThroughUnselected(phases, statusOf2) {
  const byId = new Map(phases.map((p) => [p.id, p]));
  const reach = (id, seen) => {
    if (seen.has(id)) return [];
    seen.add(id);
    if (statusOf2(id) !== "not-selected") return [id];
    return (byId.get(id)?.needs ?? []).flatMap((n) => reach(n, seen));
  };
  return new Map(
    phases.map((p) => [p.id, [...new Set(p.needs.flatMap((n) => reach(n, /* @__PURE__ */ new Set())))]])
  );
}
function scopeFor(options) {
  const phases = options.mode === "plan" ? placeholders(options.plan.phases) : {};
  return { ...options.scope, phases, ssm: {} };
}
function placeholders(phases) {
  const known = {};
  const settings = phases.flatMap((p) => [
    p.with,
    ...p.gates.before.map((g) => g.with),
    ...p.gates.after.map((g) => g.with)
  ]);
  for (const { reference } of settings.flatMap((value) => findReferences(value))) {
    if (reference.scope !== "phases") continue;
    known[reference.phase] ??= {};
    known[reference.phase][reference.output] = `<phases.${reference.phase}.outputs.${reference.output}>`;
  }
  return known;
}
function cancelledWhy(signal) {
  return signal.reason instanceof RunCancelled ? `not started: ${signal.reason.message}` : "not started: the run was cancelled";
}
function aborted(signal) {
  return new Promise((resolve2) => {
    if (signal.aborted) resolve2();
    else signal.addEventListener("abort", () => resolve2(), { once: true });
  });
}

// src/plan/load.ts
import { readFile as readFile2 } from "node:fs/promises";

// src/plan/check-files.ts
function phasesToCheck(phases, mistakes, registry) {
  if (!Array.isArray(phases)) return [];
  const wrong = new Set(
    mistakes.flatMap(
      (m) => m.path[0] === "phases" && typeof m.path[1] === "number" ? [m.path[1]] : []
    )
  );
  return phases.flatMap((raw, index) => {
    if (!isPlainObject(raw) || typeof raw.uses !== "string" || wrong.has(index)) return [];
    if (!registry.phase(raw.uses)?.checkFiles) return [];
    return [{ index, uses: raw.uses, with: raw.with ?? {} }];
  });
}
async function checkPhaseFiles(phases, context) {
  const found = await Promise.all(
    phases.map((phase2) => {
      const check = context.registry.phase(phase2.uses)?.checkFiles;
      if (!check) return [];
      return check(phase2.with, {
        planFile: context.planFile,
        at: (path, target2) => context.positions.at(["phases", phase2.index, "with", ...path], target2)
      });
    })
  );
  return found.flat();
}

// src/plan/check-phases.ts
function scalarText(value) {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return typeof value === "string" && !isTemplate(value) ? value : void 0;
}
function phaseViews(phases) {
  if (!Array.isArray(phases)) return [];
  const views = [];
  let previousId;
  phases.forEach((item, index) => {
    const raw = isPlainObject(item) ? item : {};
    const id = scalarText(raw.id);
    const written = writtenNeeds(raw.needs);
    views.push({
      path: ["phases", index],
      raw,
      id,
      uses: scalarText(raw.uses),
      needs: effectiveNeeds(written, previousId),
      defaultNeeds: written === void 0
    });
    previousId = id;
  });
  return views;
}
function writtenNeeds(needs) {
  if (needs === void 0) return void 0;
  const list2 = Array.isArray(needs) ? needs : [needs];
  return list2.flatMap((n) => scalarText(n) ?? []);
}
function checkPhases(views, registry, defaultOnFailure) {
  return [
    ...duplicateIds(views),
    ...views.flatMap((view) => checkPhaseKind(view, registry, defaultOnFailure)),
    ...views.flatMap((view) => checkGates(view, registry)),
    ...checkNeeds(views),
    ...checkCycles(views)
  ];
}
function duplicateIds(views) {
  const seen = /* @__PURE__ */ new Map();
  const issues = [];
  views.forEach((view, index) => {
    if (view.id === void 0) return;
    const first = seen.get(view.id);
    if (first === void 0) {
      seen.set(view.id, index);
      return;
    }
    issues.push({
      path: [...view.path, "id"],
      message: `phase id "${view.id}" is already used by phase ${first + 1}`,
      hint: "give each phase its own id"
    });
  });
  return issues;
}
function settingsOf(raw) {
  return raw.with ?? {};
}
function checkPhaseKind(view, registry, defaultOnFailure) {
  if (view.uses === void 0) return [];
  const usesPath = [...view.path, "uses"];
  const kind = registry.phase(view.uses);
  if (!kind) {
    return [
      kindIssue(
        "phase",
        view.uses,
        registry.phaseNames(),
        registry.notYetAvailable.phases,
        usesPath
      )
    ];
  }
  const issues = [];
  kind.settings.parse(settingsOf(view.raw), [...view.path, "with"], { mode: "check", issues });
  if (!kind.rollback) issues.push(...rollbackUnsupported(view, defaultOnFailure));
  return issues;
}
function rollbackUnsupported(view, defaultOnFailure) {
  const written = view.raw["on-failure"];
  if ((written ?? defaultOnFailure) !== "rollback") return [];
  const inherited = written === void 0;
  return [
    {
      path: [...view.path, inherited ? "uses" : "on-failure"],
      message: `phase kind "${view.uses}" cannot roll back${inherited ? " (defaults.on-failure is rollback)" : ""}`,
      hint: `write on-failure: stop or on-failure: continue${inherited ? " on this phase" : ""}`
    }
  ];
}
function checkGates(view, registry) {
  const gates = view.raw.gates;
  if (!isPlainObject(gates)) return [];
  const issues = [];
  for (const when of ["before", "after"]) {
    const list2 = gates[when];
    if (!Array.isArray(list2)) continue;
    list2.forEach((check, index) => {
      const uses = isPlainObject(check) ? scalarText(check.uses) : void 0;
      if (!isPlainObject(check) || uses === void 0) return;
      const path = [...view.path, "gates", when, index];
      const kind = registry.check(uses);
      if (kind) {
        kind.settings.parse(settingsOf(check), [...path, "with"], { mode: "check", issues });
        return;
      }
      const { checks } = registry.notYetAvailable;
      issues.push(kindIssue("check", uses, registry.checkNames(), checks, [...path, "uses"]));
    });
  }
  return issues;
}
function kindIssue(what, name, available, notYet, path) {
  const inBuild = `${what} kinds in this build: ${available.length ? available.join(", ") : "none yet"}`;
  if (notYet.includes(name)) {
    return { path, message: `${what} kind "${name}" is not available yet`, hint: inBuild };
  }
  const near = closest(name, [...available, ...notYet]);
  const nearHint = near && notYet.includes(near) ? `did you mean "${near}"? (not available yet)` : `did you mean "${near}"?`;
  return { path, message: `unknown ${what} kind "${name}"`, hint: near ? nearHint : inBuild };
}
function checkNeeds(views) {
  const ids = views.flatMap((v) => v.id === void 0 ? [] : [v.id]);
  const issues = [];
  for (const view of views) {
    const written = view.raw.needs;
    const entries = written === void 0 ? [] : Array.isArray(written) ? written : [written];
    entries.forEach((entry, index) => {
      const need = scalarText(entry);
      if (need === void 0) return;
      const path = [...view.path, "needs", ...Array.isArray(written) ? [index] : []];
      if (need === view.id) {
        issues.push({
          path,
          message: `phase "${need}" needs itself`,
          hint: `remove "${need}" from its needs`
        });
      } else if (!ids.includes(need)) {
        const near = closest(need, ids);
        issues.push({
          path,
          message: `needs names an unknown phase "${need}"`,
          hint: near ? `did you mean "${near}"?` : `phases in this plan: ${ids.join(", ") || "none"}`
        });
      }
    });
  }
  return issues;
}
function checkCycles(views) {
  const nodes = views.flatMap((v) => v.id === void 0 ? [] : [{ id: v.id, needs: v.needs }]);
  return findCycles(nodes).map((cycle) => {
    const first = views.find((v) => v.id === cycle[0]);
    const implicit = views.filter((v) => v.defaultNeeds && v.id && cycle.includes(v.id));
    const because = implicit.map(
      (v) => `"${v.id}" needs "${v.needs[0]}" because it is written after it`
    );
    return {
      path: [...first?.path ?? ["phases"], "needs"],
      message: `the phases form a cycle: ${cycle.join(" \u2192 ")}`,
      hint: ["remove one of these needs so that the phases can run in order", ...because].join(
        "; "
      )
    };
  });
}

// src/plan/check-templates.ts
function checkTemplates(root, context) {
  return scanTemplates(root).flatMap((use) => {
    const reader = readerAt(use.path, context.views);
    if (!reader) return [misplaced(use)];
    if (use.problem) return [{ path: use.path, ...use.problem }];
    const problem = checkReference(use.reference, reader, context);
    return problem ? [{ path: use.path, ...problem }] : [];
  });
}
function checkOverrideTemplates(name, value, at) {
  return scanTemplates(value).flatMap((use) => {
    const problem = use.problem ?? checkReference(use.reference, { kind: "vars" }, { views: [], declaredVars: [] });
    return problem ? [{ path: at, message: `--var ${name}: ${problem.message}`, hint: problem.hint }] : [];
  });
}
function readerAt(path, views) {
  const [top, index, key, when, , gateKey] = path;
  if (top === "vars" && path.length === 2) return { kind: "vars" };
  if (top !== "phases" || typeof index !== "number") return void 0;
  const view = views[index];
  if (!view) return void 0;
  if (key === "with") return { kind: "phase", view };
  const inGate = key === "gates" && (when === "before" || when === "after") && gateKey === "with";
  return inGate ? { kind: "phase", view, gate: when } : void 0;
}
function misplaced(use) {
  return {
    path: use.path,
    message: `a template (${use.text}) cannot be used here`,
    hint: "templates are rendered only in with: values and vars: values; write the value itself here"
  };
}
function checkReference(reference, reader, context) {
  if (reader.kind === "vars") return checkVarsReference(reference);
  if (reference.scope === "vars") return checkDeclared(reference.name, context.declaredVars);
  if (reference.scope === "phases") return checkPhaseOutput(reference, reader, context);
  return void 0;
}
function checkVarsReference(reference) {
  if (["inputs", "env", "github"].includes(reference.scope)) return void 0;
  return {
    message: `a variable cannot read ${describeReference(reference)}`,
    hint: "vars may read only inputs, env and github; read other values in a phase's with: instead"
  };
}
function checkDeclared(name, declared) {
  if (declared.includes(name)) return void 0;
  const near = closest(name, declared);
  return {
    message: `vars.${name} is not declared`,
    hint: near ? `did you mean vars.${near}?` : `declare it under vars:, for example vars: { ${name}: VALUE }`
  };
}
function checkPhaseOutput(reference, reader, context) {
  const { view, gate } = reader;
  const { views } = context;
  const ids = views.flatMap((v) => v.id === void 0 ? [] : [v.id]);
  const text = `phases.${reference.phase}.outputs.${reference.output}`;
  if (!ids.includes(reference.phase)) {
    const near = closest(reference.phase, ids);
    return {
      message: `${text} names an unknown phase "${reference.phase}"`,
      hint: near ? `did you mean phases.${near}.outputs.${reference.output}?` : `phases in this plan: ${ids.join(", ")}`
    };
  }
  if (reference.phase === view.id && gate !== "after") {
    return {
      message: `phase "${view.id}" cannot read its own outputs`,
      hint: "outputs exist once the phase ends: read them in a later phase or in an after gate"
    };
  }
  const producer = views.find((v) => v.id === reference.phase);
  const unknown = producer && unknownOutput(reference, producer, context);
  if (unknown) return unknown;
  if (reference.phase === view.id) return void 0;
  const nodes = views.flatMap((v) => v.id === void 0 ? [] : [{ id: v.id, needs: v.needs }]);
  if (view.id === void 0 || ancestors(nodes, view.id).has(reference.phase)) return void 0;
  return {
    message: `phase "${view.id}" reads ${text} but does not need "${reference.phase}"`,
    hint: `add it to needs so it runs first: needs: [${[...view.needs, reference.phase].join(", ")}]`
  };
}
function unknownOutput(reference, producer, context) {
  const outputs = context.outputsOf?.(producer);
  if (!outputs || outputs.includes(reference.output)) return void 0;
  const near = closest(reference.output, [...outputs]);
  const writes = outputs.length > 0 ? `${producer.uses} writes ${outputs.join(", ")}` : `this ${producer.uses} phase writes no outputs`;
  return {
    message: `phases.${reference.phase}.outputs.${reference.output}: phase "${reference.phase}" has no output "${reference.output}" (${writes})`,
    hint: near ? `did you mean phases.${reference.phase}.outputs.${near}?` : `read one of its outputs: ${outputs.map((o) => `phases.${reference.phase}.outputs.${o}`).join(", ")}`
  };
}

// src/plan/plan-shape.ts
var SLUG = /^[a-z][a-z0-9-]*$/;
var REGION = /^[a-z]{2,4}(?:-[a-z]+)+-[0-9]+$/;
var ON_FAILURE = ["stop", "rollback", "continue"];
var DEFAULT_TIMEOUT = "30m";
var DEFAULT_MAX_PARALLEL = 4;
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function titled(shape, title) {
  return { ...shape, jsonSchema: () => ({ title, ...shape.jsonSchema() }) };
}
function defined(shape, name) {
  return { ...shape, jsonSchema: () => ({ $ref: `#/$defs/${name}` }) };
}
function durationDefault(text, description) {
  const shape = withDefault(duration(description), parseDuration(text) ?? 0);
  return { ...shape, jsonSchema: () => ({ ...duration(description).jsonSchema(), default: text }) };
}
function nonEmptyList(shape, noun, hint) {
  return {
    ...shape,
    expected: `a list of ${noun}`,
    jsonSchema: () => ({ ...shape.jsonSchema(), minItems: 1 }),
    parse(value, path, ctx) {
      if (Array.isArray(value) && value.length > 0) return shape.parse(value, path, ctx);
      if (isTemplate(value)) return void 0;
      const found = Array.isArray(value) ? "an empty list" : describeValue(value);
      ctx.issues.push({ path, message: `expected a list of ${noun}, found ${found}`, hint });
      return void 0;
    }
  };
}
function describeValue(value) {
  if (value === null || value === void 0) return "nothing";
  if (typeof value === "object") return "a map";
  return `the ${typeof value === "string" ? "text" : typeof value} ${JSON.stringify(value)}`;
}
var version = {
  expected: "the number 1",
  jsonSchema: () => ({ const: 1, description: "Plan file format version. Always 1." }),
  parse(value, path, ctx) {
    if (value === 1) return 1;
    if (isTemplate(value)) return void 0;
    ctx.issues.push({
      path,
      message: `unsupported plan format version ${JSON.stringify(value) ?? "nothing"}`,
      hint: "write version: 1"
    });
    return void 0;
  }
};
var slug = string({
  pattern: SLUG,
  expected: "a slug (lowercase letters, digits and hyphens, starting with a letter)",
  hint: "for example id: admin-api",
  description: "Unique phase id: lowercase letters, digits and hyphens, starting with a letter."
});
var onFailure = (description) => oneOf(ON_FAILURE, description);
var checkShape = object(
  {
    name: optional(
      string({ description: "Shown in logs and the summary. Default: the check kind." })
    ),
    uses: string({ description: "The check kind, for example http or sql." }),
    with: optional(unknownValue("The check kind's settings; may use ${{ }} templates."))
  },
  { description: "A check that must pass." }
);
var checkList = (description) => optional(array(defined(checkShape, "check"), { description }));
var phaseShape = object(
  {
    id: slug,
    name: optional(string({ description: "Shown in logs and the summary. Default: the id." })),
    uses: string({ description: "The phase kind, for example migrate or ecs-deploy." }),
    with: optional(unknownValue("The phase kind's settings; may use ${{ }} templates.")),
    needs: optional(
      listOf(
        string({ description: "A phase id." }),
        "Phase ids this phase waits for. Default: the phase written before it; [] for none."
      )
    ),
    timeout: optional(duration("How long the phase may run. Default: defaults.timeout.")),
    gates: optional(
      object(
        {
          before: checkList("Checks that must pass before the phase starts."),
          after: checkList("Checks that must pass after the phase ends, for it to succeed.")
        },
        { description: "Checks around the phase." }
      )
    ),
    "on-failure": optional(
      onFailure("What to do when the phase fails. Default: defaults.on-failure.")
    ),
    "always-run": optional(
      boolean(
        "Run even when the release record says this phase already succeeded for this version. Default: true for kinds that change nothing (checks), false for the others."
      )
    )
  },
  { description: "One step of the release." }
);
var defaultsObject = object(
  {
    timeout: durationDefault(DEFAULT_TIMEOUT, "Timeout of a phase that sets none."),
    "on-failure": withDefault(onFailure("What a failing phase does when it sets nothing."), "stop")
  },
  { description: "Settings for phases that do not set their own." }
);
var defaultsShape = {
  ...withDefault(defaultsObject, {
    timeout: parseDuration(DEFAULT_TIMEOUT) ?? 0,
    "on-failure": "stop"
  }),
  jsonSchema: defaultsObject.jsonSchema
};
var recordShape = object(
  {
    store: optional(
      oneOf(
        ["ssm", "none"],
        "ssm (default): the release record in SSM Parameter Store under /phasegate/<app>/<environment>/. none: nothing is remembered between runs and no lease is taken (every selected phase runs)."
      )
    ),
    lease: optional(
      duration(
        "How long a run holds the environment without renewing its lease (it renews it every third of this). A killed run blocks others this long. Default 1m."
      )
    ),
    wait: optional(
      duration(
        "How long a run waits for another run's lease before it fails naming the holder. Default 10m; 0s fails at once."
      )
    )
  },
  { description: "Where the release record is kept, and the release lease." }
);
var environmentShape = object(
  {
    "promote-from": optional(
      string({
        pattern: /\S/,
        description: "Only versions fully released to this other environment may be released here (for example promote-from: staging)."
      })
    )
  },
  { description: "Rules for one environment." }
);
var planShape = object(
  {
    version,
    app: string({ pattern: /\S/, description: "The application, shown in the summary." }),
    region: string({
      pattern: REGION,
      expected: "an AWS region such as eu-west-3",
      hint: "for example region: eu-west-3",
      description: "The AWS region every phase works in, for example eu-west-3."
    }),
    vars: optional(
      record(
        string({ description: "Text; may use ${{ inputs.X }}, ${{ env.X }}, ${{ github.X }}." }),
        "Plan variables, read as ${{ vars.NAME }}; --var NAME=VALUE overrides one."
      )
    ),
    secrets: optional(
      array(
        string({
          pattern: ENV_NAME,
          expected: "an environment variable name",
          hint: "for example secrets: [DB_PASSWORD, API_TOKEN]",
          description: "An environment variable whose value is a secret."
        }),
        {
          description: "Environment variables whose values are secrets: masked in every log line, summary and output (read them as ${{ env.NAME }})."
        }
      )
    ),
    defaults: defaultsShape,
    record: optional(recordShape),
    environments: optional(record(environmentShape, "Rules per environment, by environment name.")),
    "max-parallel": withDefault(
      number({
        integer: true,
        min: 1,
        description: "How many phases may run at once when needs allow."
      }),
      DEFAULT_MAX_PARALLEL
    ),
    phases: nonEmptyList(
      array(titled(defined(phaseShape, "phase"), "Phase"), {
        description: "The phases, in order."
      }),
      "phases",
      "write each phase as a list item: - id: migrate (next line: uses: migrate)"
    )
  },
  { description: "A phasegate release plan." }
);
var CHECK_EXAMPLE = "- uses: http (next line: with: { url: \u2026 })";
var EXAMPLES = {
  version: "version: 1",
  app: "app: ca-a2a",
  region: "region: eu-west-3",
  vars: "vars: { image-tag: v5.1 }",
  "vars.*": "image-tag: v5.1 (a variable holds text)",
  secrets: "secrets: [DB_PASSWORD, API_TOKEN]",
  "secrets[]": "secrets: [DB_PASSWORD, API_TOKEN]",
  defaults: "defaults: { timeout: 30m, on-failure: stop }",
  "defaults.timeout": "timeout: 30m",
  "defaults.on-failure": "on-failure: stop",
  "max-parallel": "max-parallel: 4",
  record: "record: { store: ssm, lease: 2m, wait: 10m }",
  "record.store": "store: ssm",
  "record.lease": "lease: 2m",
  "record.wait": "wait: 10m",
  environments: "environments: { production: { promote-from: staging } }",
  "environments.*": "production: { promote-from: staging }",
  "environments.*.promote-from": "promote-from: staging",
  phases: "phases: [ { id: migrate, uses: migrate } ]",
  "phases[]": "- id: migrate (next line: uses: migrate)",
  "phases[].id": "id: admin-api",
  "phases[].name": "name: Deploy the Admin API",
  "phases[].uses": "uses: ecs-deploy",
  "phases[].with": "with: { cluster: ca-a2a-cluster }",
  "phases[].needs": "needs: [migrate]",
  "phases[].needs[]": "needs: [migrate]",
  "phases[].timeout": "timeout: 15m",
  "phases[].gates": "gates: { before: [ { uses: http, with: { url: \u2026 } } ] }",
  "phases[].gates.before": "before: [ { uses: http, with: { url: \u2026 } } ]",
  "phases[].gates.after": "after: [ { uses: http, with: { url: \u2026 } } ]",
  "phases[].gates.before[]": CHECK_EXAMPLE,
  "phases[].gates.after[]": CHECK_EXAMPLE,
  "phases[].gates.before[].name": "name: orchestrator healthy",
  "phases[].gates.after[].name": "name: orchestrator healthy",
  "phases[].gates.before[].uses": "uses: http",
  "phases[].gates.after[].uses": "uses: http",
  "phases[].on-failure": "on-failure: rollback",
  "phases[].always-run": "always-run: true"
};
function examplePath(path) {
  return path.map((segment, i) => {
    if (typeof segment === "number") return "[]";
    const name = i === 1 && path[0] === "vars" ? "*" : segment;
    return i === 0 ? name : `.${name}`;
  }).join("");
}

// src/plan/load.ts
function parsePlan(source, file, options) {
  const yaml = readYaml(source, file);
  const diagnostics = [...yaml.diagnostics];
  const fail = (filePhases2 = []) => ({
    plan: void 0,
    diagnostics: sorted(diagnostics),
    positions: yaml.positions,
    filePhases: filePhases2
  });
  if (diagnostics.some(isError)) return fail();
  const root = yaml.value;
  if (!isPlainObject(root)) {
    diagnostics.push(topLevelProblem(root, yaml.positions));
    return fail();
  }
  const { parsed, issues } = checkPlan(root, options);
  diagnostics.push(...issues.map((issue2) => toDiagnostic(issue2, yaml.positions)));
  const filePhases = phasesToCheck(root.phases, issues, options.registry);
  if (!parsed || diagnostics.some(isError)) return fail(filePhases);
  const vars = { ...varsAsWritten(root.vars), ...options.vars };
  const plan = buildPlan(parsed, file, vars, yaml.positions, options.registry);
  return { plan, diagnostics, positions: yaml.positions, filePhases };
}
async function loadPlan(file, options) {
  let source;
  try {
    source = await readFile2(file, "utf8");
  } catch (error3) {
    const code = error3.code;
    throw new UserError(
      `cannot read the plan file ${file}${code ? ` (${code})` : ""}`,
      code === "ENOENT" ? "check the path; it is relative to the working directory" : void 0
    );
  }
  const { plan, diagnostics, positions, filePhases } = parsePlan(source, file, options);
  const context = { planFile: file, registry: options.registry, positions };
  const inFiles = await checkPhaseFiles(filePhases, context);
  if (!plan || inFiles.some(isError)) throw new InvalidFileError([...diagnostics, ...inFiles]);
  for (const warning2 of [...diagnostics, ...inFiles]) options.onWarning?.(warning2);
  return plan;
}
function isError(d) {
  return d.severity === "error";
}
function sorted(diagnostics) {
  const key = (d) => d.position ? d.position.line * 1e5 + d.position.column : 0;
  return [...diagnostics].sort((a, b) => key(a) - key(b));
}
function topLevelProblem(root, positions) {
  const empty = root === null || root === void 0;
  return {
    message: empty ? "the plan file is empty" : "the top level of a plan must be a map",
    hint: "start with version: 1, app, region and a list of phases (see docs/plan-format.md)",
    position: positions.at([]),
    severity: "error"
  };
}
function checkPlan(root, options) {
  const issues = [];
  const parsed = planShape.parse(root, [], { mode: "check", issues });
  const views = phaseViews(root.phases);
  const defaults = isPlainObject(root.defaults) ? root.defaults : {};
  issues.push(...checkPhases(views, options.registry, defaults["on-failure"]));
  const declaredVars = isPlainObject(root.vars) ? Object.keys(root.vars) : [];
  const outputsOf = (view) => view.uses === void 0 ? void 0 : options.registry.phase(view.uses)?.outputs?.(view.raw.with);
  issues.push(...checkTemplates(root, { views, declaredVars, outputsOf }));
  issues.push(...checkOverrides(options.vars ?? {}, declaredVars, "vars" in root));
  return { parsed, issues };
}
function checkOverrides(overrides2, declared, hasVars) {
  const at = hasVars ? ["vars"] : [];
  return Object.entries(overrides2).flatMap(([name, value]) => {
    if (declared.includes(name)) return checkOverrideTemplates(name, value, at);
    const near = closest(name, declared);
    return [
      {
        path: at,
        target: "key",
        message: `variable "${name}" (from --var or the vars input) is not declared under vars: in the plan`,
        hint: near ? `did you mean --var ${near}=\u2026?` : `declare it with a default value, for example vars: { ${name}: "" }`
      }
    ];
  });
}
function toDiagnostic(issue2, positions) {
  const target2 = issue2.target ?? (issue2.message.startsWith("unknown key") ? "key" : "value");
  const hint = issue2.hint ?? defaultHint(issue2);
  return {
    message: issue2.message,
    ...hint ? { hint } : {},
    position: positions.at(issue2.path, target2),
    severity: "error"
  };
}
function defaultHint(issue2) {
  const example = EXAMPLES[examplePath(issue2.path)];
  if (example) return `for example: ${example}`;
  const expected = /^expected (.+), found /.exec(issue2.message)?.[1];
  return expected ? `write ${expected}` : void 0;
}
function varsAsWritten(vars) {
  if (!isPlainObject(vars)) return {};
  return Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, String(value)]));
}
var DEFAULT_LEASE_MS = 6e4;
var DEFAULT_LEASE_WAIT_MS = 6e5;
function buildPlan(parsed, file, vars, positions, catalog) {
  const { defaults } = parsed;
  const phases = parsed.phases.map((phase2, index) => {
    const path = ["phases", index];
    const checks = (list2, when) => (list2 ?? []).map((check, i) => toCheck(check, positions.at([...path, "gates", when, i])));
    return {
      id: phase2.id,
      name: phase2.name ?? phase2.id,
      uses: phase2.uses,
      with: phase2.with ?? {},
      needs: effectiveNeeds(phase2.needs, parsed.phases[index - 1]?.id),
      timeoutMs: phase2.timeout ?? defaults.timeout,
      gates: {
        before: checks(phase2.gates?.before, "before"),
        after: checks(phase2.gates?.after, "after")
      },
      onFailure: phase2["on-failure"] ?? defaults["on-failure"],
      alwaysRun: phase2["always-run"] ?? catalog.phase(phase2.uses)?.readOnly === true,
      position: positions.at(path)
    };
  });
  return {
    file,
    version: 1,
    app: parsed.app,
    region: parsed.region,
    vars,
    secrets: parsed.secrets ?? [],
    defaults: { timeoutMs: defaults.timeout, onFailure: defaults["on-failure"] },
    maxParallel: parsed["max-parallel"],
    record: {
      store: parsed.record?.store ?? "ssm",
      leaseTtlMs: parsed.record?.lease ?? DEFAULT_LEASE_MS,
      leaseWaitMs: parsed.record?.wait ?? DEFAULT_LEASE_WAIT_MS
    },
    environments: Object.fromEntries(
      Object.entries(parsed.environments ?? {}).map(([name, e]) => [
        name,
        e["promote-from"] ? { promoteFrom: e["promote-from"] } : {}
      ])
    ),
    phases
  };
}
function toCheck(check, position) {
  return { name: check.name ?? check.uses, uses: check.uses, with: check.with ?? {}, position };
}

// src/release/identity.ts
import { hostname, userInfo } from "node:os";
function runIdentity(env, commit, url) {
  const withCommit = commit ? { commit } : {};
  if (env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY) {
    return {
      owner: `github:${env.GITHUB_REPOSITORY}/${env.GITHUB_RUN_ID}`,
      runId: env.GITHUB_RUN_ID,
      attempt: env.GITHUB_RUN_ATTEMPT ?? "1",
      ...url ? { url } : {},
      ...env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {},
      ...withCommit
    };
  }
  const user = safeUser(env);
  return { owner: `cli:${user}@${hostname()}/${process.pid}`, actor: user, ...withCommit };
}
function safeUser(env) {
  try {
    return userInfo().username;
  } catch {
    return env.USER ?? "someone";
  }
}

// src/release/record/entries.ts
import { createHash } from "node:crypto";
var RELEASED_KEPT = 50;
function phaseDigest(phase2, scope, secrets) {
  const gates = [...phase2.gates.before, ...phase2.gates.after].map((g) => ({
    uses: g.uses,
    with: g.with
  }));
  const what = renderKnown(
    { uses: phase2.uses, with: phase2.with, gates, timeoutMs: phase2.timeoutMs },
    { inputs: scope.inputs, vars: scope.vars, env: {}, github: {} },
    () => {
    }
  );
  const text = secrets.mask(canonicalJson(what));
  return `sha256:${createHash("sha256").update(text).digest("hex").slice(0, 16)}`;
}
function canonicalJson(value) {
  return JSON.stringify(
    value,
    (_key, v) => v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v
  );
}
function parseEntry(text) {
  const value = parseJson2(text);
  return value && typeof value.phase === "string" && typeof value.status === "string" ? value : void 0;
}
function parseState(text) {
  const value = text ? parseJson2(text) : void 0;
  return {
    ...value?.current ? { current: value.current } : {},
    ...value?.previous ? { previous: value.previous } : {},
    released: Array.isArray(value?.released) ? value.released : []
  };
}
function parseJson2(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function withRelease(state, released) {
  const same = state.current?.version === released.version;
  return {
    current: released,
    ...same ? state.previous ? { previous: state.previous } : {} : state.current ? { previous: state.current } : {},
    released: [released.version, ...state.released.filter((v) => v !== released.version)].slice(
      0,
      RELEASED_KEPT
    )
  };
}

// src/release/record/keys.ts
function keySegment(name) {
  return [...name].map(
    (c) => /[A-Za-z0-9.-]/.test(c) ? c : [...Buffer.from(c)].map((b) => `_${b.toString(16).padStart(2, "0")}`).join("")
  ).join("");
}
function recordPrefix(app, environment2) {
  return `/phasegate/${keySegment(app)}/${keySegment(environment2)}`;
}
var phaseKey = (version2, phaseId) => `versions/${keySegment(version2)}/phases/${phaseId}`;
var versionPrefix = (version2) => `versions/${keySegment(version2)}/phases/`;
var STATE_KEY = "state";
var LEASE_PREFIX = "lease/";
var leaseKey = (generation) => `${LEASE_PREFIX}${String(generation).padStart(10, "0")}`;
function leaseGeneration(key) {
  const n = Number(key.slice(LEASE_PREFIX.length));
  return key.startsWith(LEASE_PREFIX) && Number.isInteger(n) ? n : void 0;
}

// src/release/record/lease.ts
var CLOCK_SKEW_MS = 3e4;
var LeaseHeld = class extends UserError {
};
var ReleaseLease = class _ReleaseLease {
  constructor(store, generation, value, o) {
    this.store = store;
    this.generation = generation;
    this.value = value;
    this.o = o;
    this.lastRenewed = now(o);
  }
  store;
  generation;
  value;
  o;
  timer;
  lastRenewed;
  lost = false;
  /** Takes the lease, waiting up to `waitMs` for another run to release it or let it expire. */
  static async acquire(store, run2, o) {
    const started = now(o);
    const at = new Date(started).toISOString();
    const mine = {
      owner: run2.owner,
      token: `${run2.owner}#${started.toString(36)}${Math.random().toString(36).slice(2, 8)}`,
      run: run2,
      acquiredAt: at,
      renewedAt: at,
      ttlMs: o.ttlMs
    };
    const watch = new Watch();
    let told = false;
    let heldSince;
    for (; ; ) {
      const asked = now(o);
      const latest = await latestLease(store, o.signal);
      const seen = now(o);
      const holder = latest?.value;
      if (latest && holder && (holder.token === mine.token || sameRun(holder, mine)))
        return _ReleaseLease.hold(store, latest.generation, mine, o);
      const stale = holder && !holder.released && latest && watch.expired(latest, asked, seen);
      if (!holder || holder.released || stale) {
        const next = (latest?.generation ?? 0) + 1;
        if (await store.create(leaseKey(next), JSON.stringify(mine), o.signal)) {
          if (stale) o.log.info(tookOver(holder, asked - (heldSince ?? asked)));
          await removeOlder(store, next, o.signal);
          return _ReleaseLease.hold(store, next, mine, o);
        }
        continue;
      }
      if (now(o) - started >= o.waitMs) throw heldBy(holder, o.waitMs);
      if (!told) o.log.info(`waiting for the release lease: ${describeHolder(holder)}`);
      told = true;
      heldSince ??= seen;
      await sleep(Math.min(o.ttlMs / 4, 5e3, watch.left(latest, now(o))), o.signal);
    }
  }
  static async hold(store, generation, mine, o) {
    const lease = new _ReleaseLease(store, generation, mine, o);
    await lease.renew();
    lease.timer = setInterval(() => void lease.renew(), o.ttlMs / 3);
    lease.timer.unref();
    return lease;
  }
  /** Writes a fresh renewal time, then checks nobody took over meanwhile. */
  async renew() {
    if (this.lost) return;
    const at = new Date(now(this.o)).toISOString();
    try {
      await this.store.put(
        leaseKey(this.generation),
        JSON.stringify({ ...this.value, renewedAt: at }),
        this.o.signal
      );
      const next = await this.store.get(leaseKey(this.generation + 1), this.o.signal);
      if (next) return this.lose(`taken over: ${describeHolder(parseLease(next))}`);
      this.lastRenewed = now(this.o);
    } catch (error3) {
      if (this.o.signal.aborted) return;
      if (now(this.o) - this.lastRenewed > this.o.ttlMs * 2 / 3)
        this.lose(
          `it could not be renewed for ${formatDuration(now(this.o) - this.lastRenewed)} (${String(error3)})`
        );
    }
  }
  /** Marks the lease released so the next run need not wait for it to expire. */
  async release(signal) {
    this.stop();
    if (this.lost) return;
    const next = await this.store.get(leaseKey(this.generation + 1), signal);
    if (next) return;
    await this.store.put(
      leaseKey(this.generation),
      JSON.stringify({
        ...this.value,
        renewedAt: new Date(now(this.o)).toISOString(),
        released: true
      }),
      signal
    );
  }
  /** Stops renewing, leaving the lease to expire (another job of this run still holds it). */
  stop() {
    if (this.timer) clearInterval(this.timer);
    this.timer = void 0;
  }
  lose(why) {
    if (this.lost) return;
    this.lost = true;
    this.stop();
    this.o.onLost(`the release lease was lost, ${why}`);
  }
};
async function latestLease(store, signal) {
  const entries = await store.list(LEASE_PREFIX, signal);
  let latest;
  for (const e of entries) {
    const generation = leaseGeneration(e.key);
    if (generation === void 0 || latest && latest.generation > generation) continue;
    latest = { generation, text: e.value, value: parseLease(e.value) };
  }
  return latest;
}
async function removeOlder(store, generation, signal) {
  const entries = await store.list(LEASE_PREFIX, signal).catch(() => []);
  for (const e of entries) {
    const g = leaseGeneration(e.key);
    if (g !== void 0 && g < generation) await store.delete(e.key, signal).catch(() => void 0);
  }
}
var Watch = class {
  seen = /* @__PURE__ */ new Map();
  /**
   * `asked` is when the look was sent, `seen` when its answer came. A value first seen at `seen`
   * and found again by a look sent at `asked` stayed unchanged at least from one to the other:
   * the lease store read it no earlier than each of those times.
   */
  expired(latest, asked, seen) {
    const renewed = Date.parse(latest.value.renewedAt);
    const ttl = latest.value.ttlMs || 0;
    if (Number.isFinite(renewed) && renewed + ttl + CLOCK_SKEW_MS < seen) return true;
    const before = this.seen.get(latest.generation);
    if (!before || before.text !== latest.text) {
      this.seen.set(latest.generation, { text: latest.text, since: seen });
      return false;
    }
    return asked - before.since >= ttl;
  }
  /** Milliseconds until `expired` says yes if the value stays as it was last seen. */
  left(latest, at) {
    const before = this.seen.get(latest.generation);
    const ttl = latest.value.ttlMs || 0;
    return before ? Math.max(0, before.since + ttl - at) : ttl;
  }
};
function sameRun(holder, mine) {
  return holder.owner === mine.owner && !holder.released;
}
function parseLease(text) {
  try {
    const v = JSON.parse(text);
    if (typeof v.owner === "string") return v;
  } catch {
  }
  const epoch = (/* @__PURE__ */ new Date(0)).toISOString();
  return {
    owner: "unknown",
    token: "",
    run: { owner: "unknown" },
    acquiredAt: epoch,
    renewedAt: epoch,
    ttlMs: 0
  };
}
function describeHolder(holder) {
  const who = holder.run.url ?? holder.owner;
  const actor = holder.run.actor ? ` (${holder.run.actor})` : "";
  return `held by ${who}${actor} since ${holder.acquiredAt.slice(0, 19).replace("T", " ")} UTC, renewed ${holder.renewedAt.slice(11, 19)}`;
}
function tookOver(holder, waitedMs) {
  return `took over the release lease after waiting ${formatDuration(waitedMs)}: it was ${describeHolder(holder)}, not renewed for a lease time since (its run stopped renewing it)`;
}
function heldBy(holder, waitedMs) {
  return new LeaseHeld(
    `another release is changing this environment: the release lease is ${describeHolder(holder)}; waited ${formatDuration(waitedMs)}`,
    "wait for that run to end (a run that died lets its lease expire after record.lease), or raise record.wait in the plan"
  );
}
function now(o) {
  return (o.now ?? Date.now)();
}

// src/release/record/release-record.ts
var ReleaseRecord = class {
  constructor(store, run2) {
    this.store = store;
    this.run = run2;
  }
  store;
  run;
  queue = Promise.resolve();
  /** This version's entries, by phase id. */
  async phases(version2, signal) {
    const entries = await this.store.list(versionPrefix(version2), signal);
    const byPhase = /* @__PURE__ */ new Map();
    for (const e of entries) {
      const entry = parseEntry(e.value);
      if (entry) byPhase.set(entry.phase, entry);
    }
    return byPhase;
  }
  async state(signal) {
    return parseState(await this.store.get(STATE_KEY, signal));
  }
  started(phase2, version2, digest, log, signal) {
    const entry = {
      phase: phase2,
      version: version2,
      status: "running",
      startedAt: (/* @__PURE__ */ new Date()).toISOString(),
      run: this.run,
      digest,
      outputs: {}
    };
    this.write(phaseKey(version2, phase2), entry, log, signal);
  }
  /** `result` must already be masked: its outputs and summary go into the record as they are. */
  ended(result, version2, digest, log, signal) {
    if (result.status === "not-selected" || result.status === "done-earlier") return;
    const status = result.status === "succeeded" ? "succeeded" : result.status === "cancelled" ? "cancelled" : "failed";
    const entry = {
      phase: result.id,
      version: version2,
      status,
      startedAt: new Date(result.startedAt ?? Date.now()).toISOString(),
      endedAt: new Date(result.endedAt ?? Date.now()).toISOString(),
      run: this.run,
      digest,
      outputs: result.outputs,
      summary: result.summary.split("\n")[0]?.slice(0, 300) ?? ""
    };
    this.write(phaseKey(version2, result.id), entry, log, signal);
  }
  /** The version is fully released: it becomes current and the one before becomes previous. */
  async released(version2, log, signal) {
    await this.flush();
    try {
      const state = await this.state(signal);
      const next = withRelease(state, { version: version2, at: (/* @__PURE__ */ new Date()).toISOString(), run: this.run });
      await this.store.put(STATE_KEY, JSON.stringify(next), signal);
    } catch (error3) {
      log.warning(`the release record could not mark ${version2} as current: ${String(error3)}`);
    }
  }
  /** Waits for every queued write. */
  flush() {
    return this.queue;
  }
  write(key, value, log, signal) {
    this.queue = this.queue.then(
      () => this.store.put(key, JSON.stringify(value), signal).catch((error3) => {
        log.warning(
          `the release record (${this.store.location}) could not be written: ${String(error3)}; a re-run will run this phase again`
        );
      })
    );
  }
};
function openStore(plan, environment2, aws) {
  if (plan.record.store === "none") return void 0;
  const prefix = recordPrefix(plan.app, environment2);
  return lazyStore(ssmLocation(prefix, aws.region), async () => {
    const { SsmRecordStore } = await import("./chunks/ssm-store-OLOLXMWZ.js");
    return new SsmRecordStore(aws, prefix);
  });
}

// src/release/record/rerun.ts
function decideRerun(input) {
  const settled = [];
  const toRun = [];
  for (const phase2 of input.plan.phases) {
    const entry = succeeded(input.entries.get(phase2.id));
    if (!input.selected.has(phase2.id)) {
      if (entry) settled.push(recorded(phase2, entry));
      continue;
    }
    const same = entry && entry.digest === input.digests.get(phase2.id);
    if (same && !phase2.alwaysRun && !input.force) settled.push(recorded(phase2, entry));
    else toRun.push(phase2.id);
  }
  if (!input.force) refuseMissingNeeds(input, new Set(toRun));
  return { settled, toRun };
}
function succeeded(entry) {
  return entry?.status === "succeeded" ? entry : void 0;
}
function recorded(phase2, entry) {
  return { ...pendingResult(phase2, "done-earlier", describeDone(entry)), outputs: entry.outputs };
}
function describeDone(entry) {
  const when = (entry.endedAt ?? entry.startedAt).slice(0, 16).replace("T", " ");
  const by = entry.run.runId ? `run ${entry.run.runId} attempt ${entry.run.attempt ?? "1"}` : `${entry.run.owner.replace(/\/\d+$/, "")}`;
  return `done in ${by}, ${when} UTC`;
}
function refuseMissingNeeds(input, toRun) {
  const isDone = (id) => succeeded(input.entries.get(id)) !== void 0;
  for (const phase2 of input.plan.phases) {
    if (!toRun.has(phase2.id)) continue;
    const missing = phase2.needs.filter((need) => !toRun.has(need) && !isDone(need));
    if (missing.length === 0) continue;
    const order = input.plan.phases.map((p) => p.id);
    const add = [.../* @__PURE__ */ new Set([...missing, ...toRun])].sort(
      (a, b) => order.indexOf(a) - order.indexOf(b)
    );
    throw new UserError(
      `phase "${phase2.id}" needs ${list(missing)}, which ${missing.length === 1 ? "has" : "have"} not succeeded for ${input.version} in ${input.environment}: it would run against what is deployed now`,
      `run ${list(missing)} first, or add ${missing.length === 1 ? "it" : "them"}: --phases ${add.join(",")} (the action: phases: ${add.join(",")}); --force runs it anyway`
    );
  }
}
function list(ids) {
  return ids.map((id) => `"${id}"`).join(", ");
}

// src/release/rules.ts
function checkVersionOrder(state, version2, environment2, force) {
  const current = state.current?.version;
  if (!current || current === version2 || force || !isOlder(version2, current, state)) return;
  throw new UserError(
    `${version2} is older than ${current}, the version ${environment2} runs now: releasing it would roll ${environment2} back`,
    `a rollback release is a deliberate act: run again with --force (the action: force: true), or give the version you meant`
  );
}
function isOlder(version2, current, state) {
  const order = state.released;
  if (order.includes(version2)) return order.indexOf(version2) > order.indexOf(current);
  const a = numbers(version2);
  const b = numbers(current);
  if (!a || !b) return false;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d < 0;
  }
  return false;
}
function numbers(version2) {
  const m = /^v?(\d+(?:\.\d+)*)$/.exec(version2);
  return m?.[1]?.split(".").map(Number);
}
function checkPromotion(source, version2, environment2) {
  if (!source || source.state.released.includes(version2)) return;
  const current = source.state.current?.version;
  throw new UserError(
    `${environment2} takes only versions fully released to ${source.environment} (promote-from in the plan), and ${version2} is not${current ? ` (${source.environment} runs ${current})` : ` (nothing is released to ${source.environment} yet)`}`,
    `release ${version2} to ${source.environment} first: phasegate run \u2026 --env ${source.environment} --version ${version2}`
  );
}

// src/release/session.ts
var ReleaseSession = class _ReleaseSession {
  constructor(plan, settings, deps, record2, digests, settled, start) {
    this.plan = plan;
    this.settings = settings;
    this.deps = deps;
    this.record = record2;
    this.digests = digests;
    this.settled = settled;
    this.start = start;
  }
  plan;
  settings;
  deps;
  record;
  digests;
  settled;
  start;
  lease;
  mine = /* @__PURE__ */ new Set();
  /** Reads the record and applies the rules; throws a UserError when the run may not start. */
  static async open(plan, settings, deps) {
    selectPhases(plan, settings.selection);
    const digests = new Map(
      plan.phases.map((p) => [p.id, phaseDigest(p, deps.scope, deps.secrets)])
    );
    const store = openStore(plan, settings.environment, deps.aws);
    const record2 = store ? new ReleaseRecord(store, deps.identity) : void 0;
    const known = await readRecord(record2, plan, settings, deps);
    const settled = decide(known, record2 !== void 0, plan, settings, digests);
    const start = {
      ...known.state.current ? { current: known.state.current.version } : {},
      ...store ? { recordLocation: store.location } : {}
    };
    return new _ReleaseSession(plan, settings, deps, record2, digests, settled, start);
  }
  /**
   * Reads the record again once the lease is held: a run that waited for another one finds what
   * that run did (often everything) instead of doing it again.
   */
  async reread() {
    const known = await readRecord(this.record, this.plan, this.settings, this.deps);
    this.settled = decide(known, true, this.plan, this.settings, this.digests);
  }
  /** Takes the environment's lease for a run that changes things; `stop` aborts the run if lost. */
  async takeLease(stop) {
    if (!this.record || this.settings.dryRun) return;
    this.lease = await ReleaseLease.acquire(this.record.store, this.deps.identity, {
      ttlMs: this.plan.record.leaseTtlMs,
      waitMs: this.plan.record.leaseWaitMs,
      signal: this.deps.signal,
      log: this.deps.log,
      onLost: (why) => {
        this.deps.log.error(
          `${why}: stopping, so two runs never change ${this.settings.environment} at once`
        );
        stop.abort(new RunCancelled(why));
      }
    });
    await this.reread();
  }
  started(phase2) {
    if (!this.record || this.settings.dryRun) return;
    this.mine.add(phase2.id);
    this.record.started(
      phase2.id,
      this.settings.version,
      this.digest(phase2.id),
      this.deps.log,
      this.deps.signal
    );
  }
  /** `result` must be masked already. */
  ended(result) {
    if (!this.record || this.settings.dryRun) return;
    this.record.ended(
      result,
      this.settings.version,
      this.digest(result.id),
      this.deps.log,
      this.deps.signal
    );
  }
  /** Waits for the record's writes; a fully released version becomes the current one. */
  async finish(result) {
    if (!this.record || this.settings.dryRun) return;
    await this.record.flush();
    if (result.releaseComplete)
      await this.record.released(this.settings.version, this.deps.log, this.deps.signal);
  }
  /**
   * Lets the next run in. Jobs of one workflow run share the lease (one job per phase): a job
   * leaves it held while another phase of its run is still running, and the last one releases
   * it. Failing to release only makes the next run wait for the lease to expire.
   */
  async close() {
    const lease = this.lease;
    if (!lease || !this.record) return;
    lease.stop();
    const signal = AbortSignal.timeout(1e4);
    try {
      const entries = await this.record.phases(this.settings.version, signal);
      if (othersRunning(entries, this.deps.identity, this.mine)) return;
      await lease.release(signal);
    } catch (error3) {
      this.deps.log.warning(
        `the release lease could not be released (${String(error3)}); it expires on its own after ${this.plan.record.leaseTtlMs / 1e3} s`
      );
    }
  }
  digest(id) {
    return this.digests.get(id) ?? "";
  }
};
function othersRunning(entries, me, mine) {
  return [...entries.values()].some(
    (e) => e.status === "running" && !mine.has(e.phase) && e.run.owner === me.owner && e.run.attempt === me.attempt
  );
}
function decide(known, hasRecord, plan, settings, digests) {
  checkVersionOrder(known.state, settings.version, settings.environment, settings.force);
  checkPromotion(known.promotedFrom, settings.version, settings.environment);
  if (!hasRecord) return [];
  return decideRerun({
    plan,
    selected: selectPhases(plan, settings.selection),
    entries: known.entries,
    digests,
    force: settings.force,
    version: settings.version,
    environment: settings.environment
  }).settled;
}
async function readRecord(record2, plan, settings, deps) {
  const empty = { entries: /* @__PURE__ */ new Map(), state: { released: [] } };
  if (!record2) return empty;
  try {
    const [entries, state] = await Promise.all([
      record2.phases(settings.version, deps.signal),
      record2.state(deps.signal)
    ]);
    const from = plan.environments[settings.environment]?.promoteFrom;
    const source = from ? openStore(plan, from, deps.aws) : void 0;
    const promotedFrom = source && from ? {
      environment: from,
      state: await new ReleaseRecord(source, deps.identity).state(deps.signal)
    } : void 0;
    return { entries, state, ...promotedFrom ? { promotedFrom } : {} };
  } catch (error3) {
    if (!settings.dryRun) throw error3;
    deps.log.warning(
      `the release record could not be read (${String(error3)}): the plan shows every selected phase as if nothing were done`
    );
    return empty;
  }
}

// src/release/release.ts
function loadReleasePlan(settings, registry) {
  return loadPlan(settings.planFile, { registry, vars: settings.vars });
}
async function runRelease(plan, settings, frontend, deps) {
  registerPlanSecrets(plan, deps.env, frontend.secrets);
  const aws = deps.aws ?? createAwsClients(plan.region);
  const scope = templateScope(plan, settings, deps.env);
  const url = runUrl(deps.env);
  const session = await ReleaseSession.open(plan, settings, {
    aws,
    secrets: frontend.secrets,
    scope,
    identity: runIdentity(deps.env, settings.commit, url),
    signal: deps.signal,
    log: frontend.releaseLog
  });
  const run2 = runInfo(plan, settings, deps.env, session.start.current);
  frontend.onStart?.(run2, session.start);
  const stop = new AbortController();
  const follow = () => stop.abort(deps.signal.reason);
  if (deps.signal.aborted) follow();
  deps.signal.addEventListener("abort", follow, { once: true });
  try {
    await session.takeLease(stop);
    const result = await runPlan({
      plan: settings.maxParallel !== void 0 ? { ...plan, maxParallel: settings.maxParallel } : plan,
      registry: deps.registry,
      run: run2,
      mode: settings.dryRun ? "plan" : "run",
      aws,
      secrets: frontend.secrets,
      resolveSsm: lazySsmResolver(aws, frontend.secrets),
      selection: settings.selection,
      settled: session.settled,
      scope,
      signal: stop.signal,
      logFor: (phase2) => frontend.logFor(phase2),
      onPhaseStart: (phase2) => {
        session.started(phase2);
        frontend.onPhaseStart?.(phase2);
      },
      onPhaseEnd: (result2, phase2) => {
        session.ended(frontend.secrets.maskValues(result2));
        frontend.onPhaseEnd?.(result2, phase2);
      },
      ...deps.graceMs !== void 0 ? { graceMs: deps.graceMs } : {}
    });
    await session.finish(result);
    return { result, run: run2 };
  } finally {
    deps.signal.removeEventListener("abort", follow);
    await session.close();
  }
}
function registerPlanSecrets(plan, env, secrets) {
  for (const name of plan.secrets) {
    const value = env[name];
    if (value) secrets.add(value);
  }
}
function runInfo(plan, settings, env, current) {
  const url = runUrl(env);
  return {
    app: plan.app,
    region: plan.region,
    environment: settings.environment,
    version: settings.version,
    dryRun: settings.dryRun,
    ...current ? { currentVersion: current } : {},
    ...settings.commit ? { commit: settings.commit } : {},
    ...settings.simulatedTime ? { simulatedTime: true } : {},
    ...url ? { runUrl: url } : {},
    ...env.GITHUB_ACTOR ? { actor: env.GITHUB_ACTOR } : {}
  };
}
function runUrl(env) {
  const {
    GITHUB_SERVER_URL: server,
    GITHUB_REPOSITORY: repo,
    GITHUB_RUN_ID: id,
    GITHUB_RUN_ATTEMPT: attempt
  } = env;
  if (!server || !repo || !id) return void 0;
  return `${server}/${repo}/actions/runs/${id}${attempt && attempt !== "1" ? `/attempts/${attempt}` : ""}`;
}
function templateScope(plan, settings, env) {
  const inputs = {
    environment: settings.environment,
    version: settings.version,
    "dry-run": String(settings.dryRun)
  };
  const github = Object.fromEntries(
    GITHUB_NAMES.map((name) => [name, env[`GITHUB_${name.toUpperCase()}`] ?? ""])
  );
  const vars = render(plan.vars, { inputs, vars: {}, env, github, phases: {}, ssm: {} });
  return { inputs, vars, env, github };
}
function lazySsmResolver(aws, secrets) {
  return async (names, signal) => {
    const { ssmResolver } = await import("./chunks/ssm-parameters-I6CC4NT3.js");
    return ssmResolver(aws, secrets)(names, signal);
  };
}

// src/release/report/outputs.ts
function runOutputs(result, phases) {
  return {
    status: result.status,
    "failed-phase": result.failedPhase ?? "",
    result: JSON.stringify(resultJson(result, phases)),
    changes: result.mode === "plan" ? String(planHasChanges(result)) : ""
  };
}
function resultJson(result, phases) {
  return {
    ...resultFields(result),
    ...result.mode === "plan" && phases ? { stages: stages(phases) } : {}
  };
}
function resultFields(result) {
  return {
    status: result.status,
    mode: result.mode,
    startedAt: new Date(result.startedAt).toISOString(),
    durationMs: result.endedAt - result.startedAt,
    failedPhase: result.failedPhase ?? null,
    // A dry run's answer to "would anything change?"; null for a run (schema/plan-output).
    changes: result.mode === "plan" ? planHasChanges(result) : null,
    phases: result.phases.map((p) => ({
      id: p.id,
      name: p.name,
      uses: p.uses,
      status: p.status,
      summary: p.summary,
      durationMs: durationOf(p) ?? null,
      outputs: p.outputs,
      gates: p.gates.map((g) => ({ when: g.when, name: g.name, ok: g.ok, summary: g.summary })),
      ...p.error ? { error: { kind: p.error.kind, message: p.error.message } } : {},
      ...p.rollback ? { rollback: { status: p.rollback.status, summary: p.rollback.summary } } : {},
      ...p.plan ? { plan: p.plan } : {}
    }))
  };
}

// src/release/report/plan-mistakes.ts
function planMistakesSummary(diagnostics) {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const rows = diagnostics.map((d) => {
    const where = d.position ? `\`${shownPath(d.position.file)}:${d.position.line}:${d.position.column}\`` : "";
    return `| ${d.severity === "error" ? "\u274C" : "\u26A0\uFE0F"} | ${where} | ${cell(d.message)} | ${cell(d.hint ?? "")} |`;
  });
  const title = `## \u274C phasegate: the plan has ${plural(errors, "mistake")}; nothing was changed`;
  return [title, "", "| | Where | Mistake | What to write |", "|---|---|---|---|", ...rows].join(
    "\n"
  );
}

// src/core/colour.ts
var plain = (_tone, text) => text;

// src/release/report/plan-view.ts
var INDENT = "    ";
function planText(result, paint = plain) {
  const phases = result.phases.filter((p) => p.status === "planned" && p.plan);
  return phases.map((p) => {
    const plan = p.plan;
    const items = plan.items.map((item) => itemText(item, paint));
    return [`${p.id} (${p.uses}): ${p.summary}`, ...items].join("\n");
  }).join("\n\n");
}
function itemText(item, paint) {
  const facts = item.facts.map((f) => `${INDENT}${f}`);
  const blocks = item.blocks.map((b) => `${INDENT}${b.label}:
${blockLines(b, paint)}`);
  return [`  ${item.line}`, ...facts, ...blocks].join("\n");
}
function blockLines(block, paint) {
  return block.text.split("\n").map((line) => {
    const tone = block.language !== "diff" ? void 0 : TONE[line[0] ?? ""];
    return `${INDENT}  ${tone ? paint(tone, line) : line}`;
  }).join("\n");
}
var TONE = { "+": "good", "-": "bad", "@": "dim" };
function planMarkdown(plan) {
  const blind = plan.couldNotLook ? [`> \u26A0\uFE0F The plan could not look: ${escapeHtml(plan.couldNotLook)}`] : [];
  return [...blind, ...plan.items.map(itemMarkdown)].join("\n\n");
}
function itemMarkdown(item) {
  const facts = item.facts.length > 0 ? [item.facts.map((f) => `- ${escapeHtml(f)}`).join("\n")] : [];
  const blocks = item.blocks.map((b) => `${escapeHtml(b.label)}:

${fenced(b.text, b.language)}`);
  return [`**${escapeHtml(item.line)}**`, ...facts, ...blocks].join("\n\n");
}

// src/release/report/start.ts
function startLine(run2, start) {
  const from = run2.currentVersion ? `${run2.currentVersion} \u2192 ${run2.version}` : `${run2.version} (first release recorded here)`;
  const commit = run2.commit ? `, commit ${run2.commit.slice(0, 7)}` : "";
  const mode = run2.dryRun ? " (dry run: nothing will change)" : "";
  const record2 = start.recordLocation ? `release record: ${start.recordLocation}` : "release record: none (record.store: none): every selected phase runs";
  return `${run2.app} ${run2.environment}: ${from}${commit}${mode}
${record2}`;
}

// src/release/report/gantt.ts
var TAG = {
  failed: "crit, ",
  cancelled: "crit, ",
  succeeded: "done, "
};
function ganttChart(result) {
  const started = result.phases.filter((p) => p.startedAt !== void 0 && p.endedAt !== void 0);
  if (started.length === 0) return "";
  const rows = started.map((p, i) => {
    const from = (p.startedAt ?? 0) - result.startedAt;
    const to = Math.max((p.endedAt ?? 0) - result.startedAt, from + 1);
    return `    ${label(p.name)} :${TAG[p.status] ?? ""}p${i}, ${from}, ${to}`;
  });
  const axis = axisFormat(result.endedAt - result.startedAt);
  return ["```mermaid", "gantt", "    dateFormat x", `    axisFormat ${axis}`, ...rows, "```"].join(
    "\n"
  );
}
function axisFormat(spanMs) {
  if (spanMs >= 36e5) return "%H:%M";
  if (spanMs < 1e4) return "%S.%L";
  return "%M:%S";
}
function label(name) {
  return name.replace(/[:#;]/g, " ").replace(/\s+/g, " ").trim() || "phase";
}

// src/release/report/summary.ts
var SUMMARY_LIMIT_BYTES = 1e6;
var STATUS_ICON = {
  succeeded: "\u2705",
  planned: "\u{1F4DD}",
  failed: "\u274C",
  skipped: "\u23ED\uFE0F",
  cancelled: "\u{1F6AB}",
  "not-selected": "\u2796",
  "done-earlier": "\u2611\uFE0F"
};
var RUN_ICON = { succeeded: "\u2705", failed: "\u274C", cancelled: "\u{1F6AB}" };
function renderSummary(input, limitBytes = SUMMARY_LIMIT_BYTES) {
  const order = input.graph && input.result.mode === "plan" ? [`**Order** (phases on one line may run side by side)

${fenced(input.graph, "text")}`] : [];
  const head = [
    header(input),
    phaseTable(input.result.phases),
    ...order,
    ganttChart(input.result)
  ].join("\n\n");
  const sections = input.result.phases.filter(hasSection).map(phaseSection);
  return fitWithin(head, sections, limitBytes);
}
function header({ result, run: run2, planFile }) {
  const verb = result.mode === "plan" ? "dry run" : "release";
  const title = `## ${RUN_ICON[result.status]} ${run2.app} ${run2.version} \u2192 ${run2.environment}: ${verb} ${result.status}`;
  const facts = [
    `**Version** ${run2.currentVersion ? `${run2.currentVersion} \u2192 ${run2.version}` : `${run2.version} (first recorded)`}`,
    ...run2.commit ? [`**Commit** \`${run2.commit.slice(0, 7)}\``] : [],
    ...result.mode === "plan" && result.status === "succeeded" ? [`**Changes** ${planHasChanges(result) ? "yes" : "none"}`] : [],
    `**Duration** ${formatDuration(result.endedAt - result.startedAt)}`,
    `**Plan** \`${shownPath(planFile)}\``,
    ...run2.runUrl ? [`**Run** [${runLabel(run2.runUrl)}](${run2.runUrl})`] : [],
    ...run2.actor ? [`**By** ${run2.actor}`] : []
  ];
  const failed = result.failedPhase ? result.phases.find((p) => p.id === result.failedPhase) : void 0;
  const why = failed ? [`> **${failed.name}** failed: ${oneLine(failed.summary)}`] : [];
  const now2 = result.phases.flatMap(
    (p) => p.rollback?.status === "succeeded" ? [`> \u21A9\uFE0F ${oneLine(p.rollback.summary)}`] : []
  );
  const stopped = result.phases.filter((p) => p.error?.kind === "cancelled").map(
    (p) => `> \u{1F6AB} **${p.name}** cancelled: ${oneLine(p.summary)}${p.error?.goesOn ? "; check them or re-run" : ""}`
  );
  const bug = result.bug ? [`> \u26A0\uFE0F phasegate hit an unexpected error: ${BUG_NOTE}, with the log.`] : [];
  return [title, ...now2, ...why, ...stopped, facts.join(" \xB7 "), ...bug].join("\n\n");
}
function runLabel(url) {
  const m = /\/runs\/(\d+)(?:\/attempts\/(\d+))?/.exec(url);
  return m ? `#${m[1]}${m[2] ? ` attempt ${m[2]}` : ""}` : url;
}
function phaseTable(phases) {
  const rows = phases.map((p) => {
    const duration2 = durationOf(p);
    return `| ${STATUS_ICON[p.status]} | ${cell(p.name)} | \`${p.uses}\` | ${duration2 === void 0 ? "" : formatDuration(duration2)} | ${cell(p.summary)} |`;
  });
  return ["| | Phase | Kind | Duration | Result |", "|---|---|---|---|---|", ...rows].join("\n");
}
function hasSection(p) {
  return Boolean(
    shownPlan(p) || p.details || p.gates.length || p.error || p.rollback || Object.keys(p.outputs).length
  );
}
function shownPlan(p) {
  return p.plan && (p.plan.items.length > 0 || p.plan.couldNotLook) ? p.plan : void 0;
}
function phaseSection(p) {
  const duration2 = durationOf(p);
  const parts = [
    p.error ? errorBlock(p) : "",
    shownPlan(p) ? planMarkdown(shownPlan(p)) : p.details ?? "",
    p.gates.length ? gateList(p) : "",
    p.rollback ? `**Rollback** ${p.rollback.status === "succeeded" ? "\u21A9\uFE0F" : "\u274C"} ${p.rollback.summary}${p.rollback.details ? `

${p.rollback.details}` : ""}` : "",
    Object.keys(p.outputs).length ? outputList(p.outputs) : ""
  ].filter(Boolean);
  const title = `${STATUS_ICON[p.status]} ${escapeHtml(p.name)}${duration2 === void 0 ? "" : ` (${formatDuration(duration2)})`}`;
  return `<details${p.status === "failed" ? " open" : ""}>
<summary>${title}</summary>

${parts.join("\n\n")}

</details>`;
}
var ERROR_LABEL = {
  failure: "Failed",
  gate: "Failed",
  timeout: "Failed",
  cancelled: "Cancelled",
  bug: "Bug"
};
function errorBlock(p) {
  const e = p.error;
  if (!e) return "";
  const hint = e.hint ? `

${e.hint}` : "";
  const stack = e.stack ? `

\`\`\`
${e.stack}
\`\`\`` : "";
  return `**${ERROR_LABEL[e.kind]}**: ${e.message}${hint}${stack}`;
}
function gateList(p) {
  return p.gates.map(
    (g) => `- ${g.ok ? "\u2705" : "\u274C"} gate ${g.when}: **${escapeHtml(g.name)}** (\`${g.uses}\`): ${oneLine(g.summary)}`
  ).join("\n");
}
function outputList(outputs) {
  const rows = Object.entries(outputs).map(([k, v]) => `| \`${k}\` | ${cell(v)} |`);
  return ["| Output | Value |", "|---|---|", ...rows].join("\n");
}
function fitWithin(head, sections, limitBytes) {
  const note = (n) => `

> \u2702\uFE0F ${plural(n, "phase section was", "phase sections were")} left out to stay under GitHub's 1 MiB summary limit; the job log has them in full.`;
  let out = head;
  for (const [i, section] of sections.entries()) {
    const next = `${out}

${section}`;
    if (bytes(next) + bytes(note(sections.length - i)) > limitBytes)
      return out + note(sections.length - i);
    out = next;
  }
  if (bytes(out) > limitBytes)
    return `${truncateBytes(out, limitBytes - 200)}

> \u2702\uFE0F truncated at GitHub's 1 MiB summary limit.`;
  return out;
}
var bytes = (text) => Buffer.byteLength(text, "utf8");
function truncateBytes(text, max) {
  return Buffer.from(text, "utf8").subarray(0, Math.max(0, max)).toString("utf8").replace(/\uFFFD$/, "");
}

// src/release/signals.ts
function cancelOnSignals(hardExitMs = 9e3) {
  const controller = new AbortController();
  const onSignal = (name) => {
    if (controller.signal.aborted) return;
    controller.abort(new RunCancelled(`the run was cancelled (${name})`));
    setTimeout(() => process.exit(130), hardExitMs).unref();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  return {
    signal: controller.signal,
    dispose() {
      process.off("SIGINT", onSignal);
      process.off("SIGTERM", onSignal);
    }
  };
}

// src/action/github/calls.ts
var RETRY_DELAYS_MS = [1e3, 4e3];
var GitHubCallFailed = class extends Error {
  constructor(what, status, tries, cause) {
    super(`${what}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.what = what;
    this.status = status;
    this.tries = tries;
  }
  what;
  status;
  tries;
};
function octokitTarget(token, repo, o) {
  const [owner = "", name = ""] = repo.split("/");
  const baseUrl = o.env.GITHUB_API_URL || "https://api.github.com";
  return { token, owner, repo: name, baseUrl, debug: o.debug };
}
function callOptions(o) {
  return { delaysMs: o.retryDelaysMs ?? RETRY_DELAYS_MS, signal: o.signal };
}
async function tryCall(what, call, o) {
  for (let tries = 1; ; tries++) {
    try {
      return await call();
    } catch (error3) {
      const delay = o.delaysMs[tries - 1];
      const status = statusOf(error3);
      if (delay === void 0 || !isTransient(status) || o.signal.aborted) {
        throw new GitHubCallFailed(what, status, tries, error3);
      }
      await sleep(delay, o.signal).catch(() => void 0);
    }
  }
}
function warningFor(error3, repo, f) {
  const said = error3.cause instanceof Error ? error3.cause.message : String(error3.cause);
  const answer = error3.status && error3.status !== 500 ? `${error3.status} ${said}` : said;
  const head = `${f.off}: ${error3.what} failed (${answer})`;
  if (error3.status === 403 || error3.status === 404) {
    return [
      `${head}.`,
      `The token must be allowed to ${f.allowed} of ${repo}: add "${f.permission}" under the job's permissions: (or set the input ${f.optOut}).`,
      "The release itself is not affected."
    ].join(" ");
  }
  const tries = error3.tries > 1 ? ` after ${error3.tries} tries` : "";
  return `${head}${tries}. The release itself is not affected.`;
}
async function warnOnFailure(warn, repo, feature, work2) {
  try {
    return await work2();
  } catch (error3) {
    if (!(error3 instanceof GitHubCallFailed)) throw error3;
    warn(warningFor(error3, repo, feature));
    return void 0;
  }
}
function statusOf(error3) {
  const status = error3?.status;
  return typeof status === "number" ? status : void 0;
}
function isTransient(status) {
  return status !== void 0 && (status === 429 || status >= 500);
}

// src/action/deployments/deployment.ts
var TASK = "deploy";
var DESCRIPTION_LIMIT = 140;
var GitHubDeployment = class _GitHubDeployment {
  constructor(id, api, t, out, o) {
    this.id = id;
    this.api = api;
    this.t = t;
    this.out = out;
    this.o = o;
  }
  id;
  api;
  t;
  out;
  o;
  /** The version's deployment, found or created, set in progress; undefined after a warning. */
  static open(api, t, out, o) {
    return warnOnFailure2(out, t, async () => {
      const id = await findOrCreate(api, t, out.secrets, o);
      const deployment = new _GitHubDeployment(id, api, t, out, o);
      await deployment.post("in_progress", `${label2(t)}: ${t.work}`);
      out.info(`GitHub deployment ${id} (${t.environment}): in progress`);
      return deployment;
    });
  }
  /** The status the run's result calls for, if any. */
  async finish(result) {
    const end = endStatus(result, this.t);
    if (!end) {
      this.out.info(`GitHub deployment ${this.id} stays in progress: the release is not complete`);
      return;
    }
    await this.settle(end.state, end.description);
  }
  /** The run stopped before it had a result (e.g. a selection naming no phase of the plan). */
  async stopped(message) {
    await this.settle("failure", `phasegate stopped: ${message}`);
  }
  async settle(state, description) {
    await warnOnFailure2(this.out, this.t, async () => {
      await this.post(state, description);
      this.out.info(`GitHub deployment ${this.id} (${this.t.environment}): ${state}`);
    });
  }
  post(state, description) {
    const { logUrl, environmentUrl: environmentUrl2 } = this.t;
    const status = {
      state,
      // Masked, then cut: GitHub is a sink too, and a cut must not leave a secret's prefix.
      description: this.out.secrets.excerpt(description, DESCRIPTION_LIMIT),
      ...logUrl ? { log_url: logUrl } : {},
      ...environmentUrl2 ? { environment_url: environmentUrl2 } : {}
    };
    return tryCall(
      `set deployment ${this.id} ${state}`,
      () => this.api.addStatus(this.id, status),
      this.o
    );
  }
};
async function findOrCreate(api, t, secrets, o) {
  const query2 = { environment: t.environment, sha: t.sha, task: TASK };
  const find = async () => lowest(await tryCall("list deployments", () => api.list(query2), o), t);
  const found = await find();
  if (found !== void 0) return found;
  const payload = { tool: "phasegate", app: t.app, version: t.version, plan: t.planFile };
  const created = await tryCall(
    "create a deployment",
    () => api.create({
      ref: t.sha,
      environment: t.environment,
      task: TASK,
      description: secrets.mask(label2(t)),
      payload: secrets.maskValues(payload)
    }),
    o
  );
  const kept = Math.min(created, await find() ?? created);
  if (kept !== created) {
    const description = `duplicate of deployment ${kept}, created by a job that raced it`;
    await tryCall(
      "retire a duplicate deployment",
      () => api.addStatus(created, { state: "inactive", description }),
      o
    );
  }
  return kept;
}
function lowest(found, t) {
  const ids = found.filter((d) => isOurs(d.payload, t)).map((d) => d.id);
  return ids.length > 0 ? Math.min(...ids) : void 0;
}
function isOurs(payload, t) {
  const p = typeof payload === "string" ? parseJson3(payload) : payload;
  if (!p || typeof p !== "object") return false;
  const { tool, app, version: version2 } = p;
  return tool === "phasegate" && app === t.app && version2 === t.version;
}
function parseJson3(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function endStatus(result, t) {
  if (result.status === "succeeded") {
    return result.releaseComplete ? { state: "success", description: `${label2(t)} released to ${t.environment}` } : void 0;
  }
  const failed = result.phases.find((p) => p.id === result.failedPhase);
  const why = failed ? `phase ${failed.id} failed: ${failed.summary}` : `the run was ${result.status}`;
  return { state: "failure", description: `${label2(t)}: ${why}` };
}
function label2(t) {
  return `phasegate ${t.app} ${t.version}`;
}
var DEPLOYMENTS = {
  off: "GitHub Deployments are off for this job",
  allowed: "write deployments",
  permission: "deployments: write",
  optOut: "deployments: false"
};
function warnOnFailure2(out, t, work2) {
  return warnOnFailure((text) => out.warning(text), t.repo, DEPLOYMENTS, work2);
}

// src/action/deployments/index.ts
function reportDeployment(settings, plan, out, o) {
  const opening = openDeployment(settings, plan, out, o);
  opening.catch(() => void 0);
  return {
    finish: async (result) => (await opening)?.finish(result),
    stopped: async (message) => (await opening.catch(() => void 0))?.stopped(message)
  };
}
async function openDeployment(settings, plan, out, o) {
  if (!settings.deployments || !settings.githubToken || settings.dryRun) return void 0;
  const { GITHUB_REPOSITORY: repo = "", GITHUB_SHA: sha = "" } = o.env;
  const [owner, name] = repo.split("/");
  if (!owner || !name || !sha) {
    out.warning(
      "GitHub Deployments are off for this job: GITHUB_REPOSITORY and GITHUB_SHA are not set (not a GitHub Actions run?). The release itself is not affected."
    );
    return void 0;
  }
  const { octokitDeployments } = await import("./chunks/octokit-FLMFJESA.js");
  const api = octokitDeployments(octokitTarget(settings.githubToken, repo, o));
  const t = target(settings, plan, o.env, repo, sha);
  return GitHubDeployment.open(api, t, out, callOptions(o));
}
function target(settings, plan, env, repo, sha) {
  const { runUrl: runUrl2 } = runInfo(plan, settings, env);
  return {
    repo,
    sha,
    environment: settings.environment,
    app: plan.app,
    version: settings.version,
    planFile: settings.planFile,
    work: work(settings.selection),
    ...runUrl2 ? { logUrl: runUrl2 } : {},
    ...settings.environmentUrl ? { environmentUrl: settings.environmentUrl } : {}
  };
}
function work(selection) {
  if (selection.phases?.length) return `running ${selection.phases.join(", ")}`;
  if (selection.from) return `running from ${selection.from}`;
  return "running every phase";
}

// src/plan/vars-input.ts
var import_yaml2 = __toESM(require_dist(), 1);
function parseVarsMap(text, where) {
  if (!text.trim()) return {};
  let value;
  try {
    value = (0, import_yaml2.parse)(text);
  } catch (error3) {
    throw new UserError(
      `${where} is not valid YAML: ${error3.message}`,
      'write a YAML map, e.g. "image_tag: v5.1"'
    );
  }
  if (!isPlainObject(value))
    throw new UserError(`${where} must be a YAML map`, 'write one "name: value" per line');
  const vars = {};
  for (const [name, v] of Object.entries(value)) {
    if (v !== null && typeof v === "object") {
      throw new UserError(
        `${where}: "${name}" must be a single value, not a list or map`,
        `write ${name}: some-value`
      );
    }
    vars[name] = v === null ? "" : String(v);
  }
  return vars;
}

// src/release/version.ts
import { execFileSync } from "node:child_process";
import { dirname as dirname2 } from "node:path";
var runGit = (args, cwd) => {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim().split("\n")[0];
  } catch {
    return void 0;
  }
};
function resolveVersion(given, planFile, env, git = runGit) {
  const commit = env.GITHUB_SHA || git(["rev-parse", "HEAD"], dirname2(planFile)) || void 0;
  const withCommit = commit ? { commit } : {};
  if (given?.trim()) return { version: given.trim(), from: "given", ...withCommit };
  if (env.GITHUB_REF_TYPE === "tag" && env.GITHUB_REF_NAME)
    return { version: env.GITHUB_REF_NAME, from: "tag", ...withCommit };
  if (!env.GITHUB_SHA) {
    const tag = git(["describe", "--tags", "--exact-match", "HEAD"], dirname2(planFile));
    if (tag) return { version: tag, from: "tag", ...withCommit };
  }
  if (commit) return { version: commit.slice(0, 7), from: "commit", commit };
  throw new UserError(
    "no version to release: not started by a tag, and the plan is not in a git checkout",
    "give the version the images are tagged with: --version v1.2.3 (the action: version: v1.2.3)"
  );
}

// src/action/inputs.ts
function readInputs(env = process.env) {
  const githubToken = getInput("github-token");
  const phases = parsePhaseList(getInput("phases"));
  const from = getInput("from").trim();
  const planFile = getInput("plan") || "phases/release.yml";
  const { version: version2, commit } = resolveVersion(getInput("version"), planFile, env);
  return {
    planFile,
    environment: getInput("environment") || "default",
    version: version2,
    ...commit ? { commit } : {},
    dryRun: booleanInput("dry-run"),
    force: booleanInput("force"),
    selection: { ...phases ? { phases } : {}, ...from ? { from } : {} },
    vars: parseVarsMap(getInput("vars"), "the vars input"),
    ...maxParallel(getInput("max-parallel")),
    githubToken,
    deployments: booleanInput("deployments", true),
    ...environmentUrl(getInput("environment-url").trim()),
    ...getInput("comment").trim() ? { comment: booleanInput("comment") } : {}
  };
}
function maxParallel(text) {
  if (!text.trim()) return {};
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    throw new UserError(
      `max-parallel must be a whole number of at least 1, got "${text}"`,
      "write max-parallel: 4"
    );
  }
  return { maxParallel: n };
}
function environmentUrl(text) {
  if (!text) return {};
  if (!URL.canParse(text) || !/^https?:$/.test(new URL(text).protocol)) {
    throw new UserError(
      `input environment-url must be an http(s) address, got "${text}"`,
      "write environment-url: https://app.example.com"
    );
  }
  return { environmentUrl: text };
}
function booleanInput(name, byDefault = false) {
  const text = getInput(name).trim().toLowerCase();
  if (text === "") return byDefault;
  if (text === "false") return false;
  if (text === "true") return true;
  throw new UserError(`input ${name} must be true or false, got "${text}"`, `write ${name}: true`);
}

// src/action/logger.ts
var PhaseGroupLog = class {
  constructor(id, out) {
    this.id = id;
    this.out = out;
  }
  id;
  out;
  lines = [];
  info(message) {
    this.lines.push(this.out.secrets.mask(message));
  }
  warning(message, position) {
    this.lines.push(this.out.secrets.mask(`warning: ${message}`));
    this.out.warning(`[${this.id}] ${message}`, annotation(position));
  }
  error(message, position) {
    this.lines.push(this.out.secrets.mask(`error: ${message}`));
    this.out.error(`[${this.id}] ${message}`, annotation(position));
  }
  debug(message) {
    this.out.debug(`[${this.id}] ${message}`);
  }
  progress(message) {
    this.lines.push(this.out.secrets.mask(message));
    this.out.info(`[${this.id}] ${message}`);
  }
  flush(title) {
    this.out.startGroup(title);
    for (const line of this.lines) this.out.info(line);
    this.out.endGroup();
  }
};
var LiveLog = class {
  constructor(id, out) {
    this.id = id;
    this.out = out;
  }
  id;
  out;
  info(message) {
    this.out.info(`[${this.id}] ${message}`);
  }
  warning(message, position) {
    this.out.warning(`[${this.id}] ${message}`, annotation(position));
  }
  error(message, position) {
    this.out.error(`[${this.id}] ${message}`, annotation(position));
  }
  debug(message) {
    this.out.debug(`[${this.id}] ${message}`);
  }
  progress(message) {
    this.out.info(`[${this.id}] ${message}`);
  }
};
function annotation(position) {
  if (!position) return {};
  return {
    file: position.file,
    startLine: position.line,
    startColumn: position.column,
    ...position.endLine ? { endLine: position.endLine } : {},
    ...position.endColumn && position.endLine === position.line ? { endColumn: position.endColumn } : {}
  };
}

// src/action/pr-comment/index.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";

// src/action/pr-comment/body.ts
var COMMENT_LIMIT = 65536;
function commentMarker(app, environment2) {
  const safe = (text) => text.replaceAll("--", "- -").replaceAll(">", "");
  return `<!-- phasegate plan: ${safe(app)} ${safe(environment2)} -->`;
}
function commentBody(marker, markdown, runUrl2, limit = COMMENT_LIMIT) {
  const whole = `${marker}

${markdown}`;
  if (whole.length <= limit) return whole;
  const where = runUrl2 ? `the step summary of [this run](${runUrl2})` : "the run's step summary";
  const note = `

---
\u2702\uFE0F The plan is cut here: it is longer than a GitHub comment may be (${limit.toLocaleString("en-US")} characters). The whole plan is in ${where}.`;
  return `${cutAtLine(whole, limit - note.length)}${note}`;
}
function cutAtLine(text, room) {
  const kept = [];
  const open2 = { fence: "", details: 0 };
  let length = 0;
  for (const line of text.split("\n")) {
    const next = { ...open2 };
    track(line, next);
    const closing = closers(next);
    if (length + line.length + 1 + closing.length > room) break;
    kept.push(line);
    length += line.length + 1;
    Object.assign(open2, next);
  }
  return kept.join("\n") + closers(open2);
}
function track(line, open2) {
  const trimmed = line.trim();
  if (open2.fence) {
    if (trimmed === open2.fence) open2.fence = "";
    return;
  }
  const fence = /^(`{3,})/.exec(trimmed)?.[1];
  if (fence) open2.fence = fence;
  else if (trimmed.startsWith("<details")) open2.details++;
  else if (trimmed.startsWith("</details>")) open2.details = Math.max(0, open2.details - 1);
}
function closers(open2) {
  return (open2.fence ? `
${open2.fence}` : "") + "\n\n</details>".repeat(open2.details);
}

// src/action/pr-comment/comment.ts
var PLAN_COMMENT = {
  off: "No plan comment on the pull request",
  allowed: "comment on the pull requests",
  permission: "pull-requests: write",
  optOut: "comment: false"
};
async function postPlanComment(api, t, markdown, out, o) {
  const marker = commentMarker(t.app, t.environment);
  const body = commentBody(marker, out.secrets.mask(markdown), t.runUrl);
  await warnOnFailure(out.warning, t.repo, PLAN_COMMENT, async () => {
    const pr = t.pullRequest;
    const found = await tryCall("list the comments", () => api.list(pr), o);
    const ours = found.find((c) => c.body.startsWith(marker));
    if (ours) {
      await tryCall(`update comment ${ours.id}`, () => api.update(ours.id, body), o);
      out.info(`plan comment ${ours.id} on pull request #${pr}: updated`);
      return;
    }
    const id = await tryCall("create the comment", () => api.create(pr, body), o);
    out.info(`plan comment ${id} on pull request #${pr}: created`);
  });
}

// src/action/pr-comment/index.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function planComment(settings, out, o) {
  if (!(settings.comment ?? settings.dryRun) || !settings.githubToken) return void 0;
  const event = o.env.GITHUB_EVENT_NAME ?? "";
  const pullRequest = PULL_REQUEST_EVENTS.has(event) ? prNumber(o.env.GITHUB_EVENT_PATH) : 0;
  const [owner, name] = (o.env.GITHUB_REPOSITORY ?? "").split("/");
  if (!pullRequest || !owner || !name) {
    if (settings.comment) {
      out.info(
        `No plan comment: this run is not for a pull request (event "${event || "none"}"); comment: true posts only on pull_request events`
      );
    }
    return void 0;
  }
  const url = runUrl(o.env);
  const target2 = {
    repo: `${owner}/${name}`,
    pullRequest,
    app: appOf(settings.planFile),
    environment: settings.environment,
    ...url ? { runUrl: url } : {}
  };
  return {
    async post(markdown) {
      const { octokitComments } = await import("./chunks/octokit-ZG5UJLGJ.js");
      const api = octokitComments(octokitTarget(settings.githubToken, target2.repo, o));
      await postPlanComment(api, target2, markdown, out, callOptions(o));
    }
  };
}
function prNumber(eventPath) {
  if (!eventPath) return 0;
  try {
    const payload = JSON.parse(readFileSync(eventPath, "utf8"));
    const n = payload.pull_request?.number;
    return typeof n === "number" && Number.isInteger(n) ? n : 0;
  } catch {
    return 0;
  }
}
function appOf(planFile) {
  try {
    const app = (0, import_yaml3.parse)(readFileSync(planFile, "utf8"))?.app;
    return typeof app === "string" && app.trim() ? app : planFile;
  } catch {
    return planFile;
  }
}

// src/action/sinks.ts
function actionSinks(secrets) {
  const m = (text) => secrets.mask(text);
  const props = (p = {}) => p.title === void 0 ? p : { ...p, title: m(p.title) };
  return {
    secrets,
    info: (text) => info(m(text)),
    debug: (text) => debug(m(text)),
    warning: (text, p) => warning(m(text), props(p)),
    error: (text, p) => error(m(text), props(p)),
    startGroup: (title) => startGroup(m(title)),
    endGroup: () => endGroup(),
    setFailed: (text) => setFailed(m(text)),
    setOutput: (name, value) => setOutput(name, m(value)),
    summary: (markdown) => summary.addRaw(m(markdown)).write()
  };
}

// src/action/main.ts
async function run(registry = builtinRegistry()) {
  const secrets = new Secrets((value) => setSecret(value));
  const out = actionSinks(secrets);
  const cancel = cancelOnSignals();
  let deployment;
  let comment;
  try {
    checkRunnerFiles(process.env);
    const settings = readInputs();
    if (settings.githubToken) secrets.add(settings.githubToken);
    const github = { env: process.env, signal: cancel.signal, debug: out.debug };
    comment = planComment(settings, out, github);
    const plan = await loadReleasePlan(settings, registry);
    deployment = reportDeployment(settings, plan, out, github);
    const logs = /* @__PURE__ */ new Map();
    const { result, run: info2 } = await runRelease(
      plan,
      settings,
      {
        secrets,
        releaseLog: new LiveLog("release", out),
        onStart: (run2, start) => out.info(startLine(run2, start)),
        logFor: (phase2) => {
          const log = new PhaseGroupLog(phase2.id, out);
          logs.set(phase2.id, log);
          return log;
        },
        onPhaseStart: (phase2) => out.info(`\u25B6 ${phase2.name} (${phase2.uses}) started`),
        onPhaseEnd: (result2) => logs.get(result2.id)?.flush(`${result2.name}: ${result2.status}`)
      },
      { registry, env: process.env, signal: cancel.signal }
    );
    const shown = secrets.maskValues(result);
    const markdown = renderSummary({
      result: shown,
      run: info2,
      planFile: plan.file,
      graph: graphText(plan.phases)
    });
    await out.summary(markdown);
    await comment?.post(markdown);
    await deployment?.finish(shown);
    report(shown, plan, out);
  } catch (error3) {
    await deployment?.stopped(
      explainFailure(error3)?.message ?? "phasegate hit an unexpected error"
    );
    const markdown = await reportError(error3, out);
    await comment?.post(markdown);
  } finally {
    cancel.dispose();
  }
}
function report(result, plan, out) {
  for (const [name, value] of Object.entries(runOutputs(result, plan.phases)))
    out.setOutput(name, value);
  const took = formatDuration(result.endedAt - result.startedAt);
  if (result.status === "succeeded" && result.mode === "plan") {
    const plan2 = planText(result);
    if (plan2) out.info(plan2);
    const changes = planHasChanges(result) ? "changes to make" : "nothing would change";
    out.info(`phasegate: dry run succeeded in ${took}: ${changes}`);
    return;
  }
  if (result.status === "succeeded") {
    out.info(`phasegate: release succeeded in ${took}`);
    return;
  }
  const failed = result.phases.find((p) => p.id === result.failedPhase);
  const goesOn = result.phases.flatMap(
    (p) => p.error?.goesOn ? [`${p.id}: ${p.error.goesOn}`] : []
  );
  const after = goesOn.length > 0 ? `; ${goesOn.join("; ")}; check them or re-run` : "";
  const why = failed ? `phase ${failed.id} failed: ${failed.summary}` : `the run was ${result.status}${after}`;
  if (result.bug) {
    for (const p of result.phases) if (p.error?.stack) out.error(p.error.stack);
  }
  out.setFailed(`phasegate: ${why}${result.bug ? ` (${BUG_NOTE})` : ""}`);
}
function checkRunnerFiles(env) {
  if (env.GITHUB_OUTPUT) checkWritable(env.GITHUB_OUTPUT, "GITHUB_OUTPUT");
  if (env.GITHUB_STEP_SUMMARY) checkWritable(env.GITHUB_STEP_SUMMARY, "GITHUB_STEP_SUMMARY");
}
async function reportError(error3, out) {
  try {
    out.setOutput("status", "invalid");
  } catch {
  }
  if (error3 instanceof InvalidFileError) {
    for (const d of error3.diagnostics) {
      const text2 = d.hint ? `${d.message}
${d.hint}` : d.message;
      (d.severity === "error" ? out.error : out.warning)(text2, {
        title: "phasegate plan",
        ...annotation(d.position)
      });
    }
    const markdown = planMistakesSummary(error3.diagnostics);
    await out.summary(markdown);
    out.setFailed(`phasegate: ${error3.message} in the plan; nothing was changed`);
    return markdown;
  }
  const explained = explainFailure(error3);
  const text = explained ? `phasegate: ${explained.message}${explained.hint ? `
${explained.hint}` : ""}` : bugReport(error3);
  out.setFailed(text);
  return `## \u274C phasegate could not make the plan

${fenced(text)}`;
}

// src/index.ts
await run();
