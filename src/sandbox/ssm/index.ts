/** The sandbox's AWS Systems Manager: Parameter Store and Run Command (scripted). */
import { unknownOperation } from '../protocol.js';
import type { SandboxService, ServiceDeps } from '../service.js';
import { CommandRunner } from './commands.js';
import { ManagedInstances } from './instances.js';
import { ParameterStore } from './parameters.js';
import { parseSsmSection } from './scenario.js';

type Handler = (input: Record<string, unknown>) => unknown;

export function createSsmService(section: unknown, deps: ServiceDeps): SandboxService {
  const scenario = parseSsmSection(section);
  const now = () => deps.clock.now();
  const parameters = new ParameterStore({ now, region: deps.region, accountId: deps.accountId });
  for (const p of scenario.parameters) parameters.seed(p);
  const instances = new ManagedInstances(scenario.instances, now);
  const commands = new CommandRunner({
    now,
    region: deps.region,
    scripts: scenario.commands,
    instances,
    logs: deps.logs,
  });

  const operations: Record<string, Handler> = {
    GetParameter: (i) => parameters.getParameter(i),
    GetParameters: (i) => parameters.getParameters(i),
    GetParametersByPath: (i) => parameters.getParametersByPath(i),
    PutParameter: (i) => parameters.putParameter(i),
    DeleteParameter: (i) => parameters.deleteParameter(i),
    SendCommand: (i) => commands.sendCommand(i),
    CancelCommand: (i) => commands.cancelCommand(i),
    GetCommandInvocation: (i) => commands.getCommandInvocation(i),
    ListCommandInvocations: (i) => commands.listCommandInvocations(i),
    ListCommands: (i) => commands.listCommands(i),
    DescribeInstanceInformation: (i) => instances.describeInstanceInformation(i),
  };

  return {
    name: 'ssm',
    async handle(operation, input) {
      const handler = operations[operation];
      if (!handler) throw unknownOperation(`AmazonSSM.${operation}`);
      return handler(input);
    },
  };
}
