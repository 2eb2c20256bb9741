import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);

// src/release/record/store.ts
var RecordTooLarge = class extends Error {
  name = "RecordTooLarge";
};
function ssmLocation(prefix, region) {
  return `SSM Parameter Store ${prefix} (${region})`;
}
function lazyStore(location, load) {
  let loading;
  const store = () => {
    loading ??= load();
    return loading;
  };
  return {
    location,
    get: async (key, signal) => (await store()).get(key, signal),
    list: async (prefix, signal) => (await store()).list(prefix, signal),
    create: async (key, value, signal) => (await store()).create(key, value, signal),
    put: async (key, value, signal) => (await store()).put(key, value, signal),
    delete: async (key, signal) => (await store()).delete(key, signal)
  };
}

export {
  RecordTooLarge,
  ssmLocation,
  lazyStore
};
