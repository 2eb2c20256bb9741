import { createRequire as __phasegateCreateRequire } from 'node:module';
const require = __phasegateCreateRequire(import.meta.url);
import {
  shapeProblems,
  taskDefinitionProblems
} from "./cli-chunk-V467Q2W7.js";
import {
  PhaseFailure
} from "./cli-chunk-75YOGVQ5.js";

// src/aws/ecs/refusals.ts
function assertRegistrable(input, label, launchType) {
  const wrong = shapeProblems(input);
  const problems = wrong.length > 0 ? wrong : taskDefinitionProblems(input, { launchType });
  if (problems.length === 0) return;
  const line = (p) => `${keyPath(p.path)}: ${p.message}`;
  throw new PhaseFailure(
    `${label}: ECS would refuse the task definition (nothing was registered): ${problems.map(line).join("; ")}`,
    {
      hint: [...new Set(problems.map((p) => p.hint))].join("; "),
      details: problems.map((p) => `- \`${keyPath(p.path)}\`: ${p.message} (${p.hint})`).join("\n")
    }
  );
}
function keyPath(path) {
  return path.map((k, i) => typeof k === "number" ? `[${k}]` : i === 0 ? k : `.${k}`).join("");
}

export {
  assertRegistrable,
  keyPath
};
