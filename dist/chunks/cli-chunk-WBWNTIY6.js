import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  locate
} from "./cli-chunk-N2YYZX6X.js";
import {
  containerDefinitionsOf,
  isRecord,
  registrationInput
} from "./cli-chunk-VA2HRYOR.js";
import {
  PhaseFailure
} from "./cli-chunk-75YOGVQ5.js";

// src/aws/ecs/definition-files.ts
import { readFile } from "node:fs/promises";
async function readDefinitionFile(path, planFile, renderTemplates) {
  const found = await locate(path, planFile, { kind: "file", name: "task definition file" });
  const text = await readFile(found, "utf8");
  const input = registrationInput(await renderTemplates(parseObject(text, path)));
  if (typeof input.family !== "string" || input.family === "")
    throw new PhaseFailure(`task definition file ${path} has no family`, {
      hint: 'add "family": "<name>" to the file'
    });
  if (containerDefinitionsOf(input).length === 0)
    throw new PhaseFailure(`task definition file ${path} has no containerDefinitions`);
  return input;
}
function parseObject(text, path) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new PhaseFailure(
      `task definition file ${path} is not valid JSON: ${error.message}`
    );
  }
  if (!isRecord(parsed))
    throw new PhaseFailure(`task definition file ${path} is not a JSON object`);
  return parsed;
}

export {
  readDefinitionFile
};
