/** CreateService, UpdateService, DescribeServices, ListServices and DeleteService. */
import { DISABLED, parseCircuitBreaker } from './circuit-breaker.js';
import { activeService, findService, resolveCluster } from './clusters.js';
import { evaluate, scaleService, startDeployment } from './deployments.js';
import { agentName } from './health.js';
import type { EcsState, Input, ServiceRecord, TaskDefinitionRecord } from './model.js';
import { isLive, tasksOfService } from './service-tasks.js';
import { serviceToWire } from './service-wire.js';
import { resolveTaskDefinition, supportsLaunchType } from './task-definitions.js';
import { requestStop } from './tasks.js';
import {
  describeEach,
  invalidParameter,
  optionalBoolean,
  optionalInteger,
  optionalList,
  optionalObject,
  optionalString,
  optionalStringList,
  paginate,
  requiredString,
} from './wire.js';

/** A task definition a service or task may use: ACTIVE, and able to run on the launch type. */
export function usableTaskDefinition(state: EcsState, ref: string, launchType: string) {
  const td = resolveTaskDefinition(state, ref);
  if (td.status !== 'ACTIVE') throw invalidParameter('TaskDefinition is inactive');
  if (!supportsLaunchType(td, launchType)) {
    throw invalidParameter(`Task definition does not support launch_type ${launchType}.`);
  }
  return td;
}

/** awsvpc tasks need subnets: ECS refuses the call without a network configuration. */
export function checkNetwork(td: TaskDefinitionRecord, network: Input | undefined): void {
  if (td.body.networkMode === 'awsvpc' && !network?.awsvpcConfiguration) {
    throw invalidParameter(
      "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
    );
  }
}

function launchTypeOf(input: Input): string {
  const given = optionalString(input, 'launchType');
  if (given) return given;
  // Capacity providers place tasks on Fargate or EC2; the sandbox runs them as Fargate.
  return optionalList(input, 'capacityProviderStrategy') ? 'FARGATE' : 'EC2';
}

function checkLoadBalancers(td: TaskDefinitionRecord, balancers: Input[]): void {
  const names = (td.body.containerDefinitions as Input[]).map((c) => c.name);
  for (const lb of balancers) {
    if (!names.includes(lb.containerName)) {
      throw invalidParameter(
        `The container ${String(lb.containerName)} does not exist in the task definition.`,
      );
    }
  }
}

/**
 * CreateService's clientToken: "An identifier that you provide to ensure the idempotency of the
 * request ... Up to 36 ASCII characters in the range of 33-126 (inclusive)" (ECS API Reference).
 * The same token and parameters again answer the service created; anything else for a service
 * that exists is refused, as ECS refuses it.
 */
function createToken(input: Input): { token?: string; params: string } {
  const { clientToken, ...rest } = input;
  if (clientToken !== undefined && !/^[\x21-\x7e]{1,36}$/.test(String(clientToken)))
    throw invalidParameter('clientToken must be 1 to 36 ASCII characters in the range 33-126.');
  return {
    ...(clientToken !== undefined ? { token: String(clientToken) } : {}),
    params: JSON.stringify(rest),
  };
}

export function createService(state: EcsState, input: Input, at: number): Input {
  const cluster = resolveCluster(state, input);
  const name = requiredString(input, 'serviceName', 'ServiceName');
  const existing = state.services.get(`${cluster.name}/${name}`);
  const request = createToken(input);
  if (existing && existing.status !== 'INACTIVE') {
    const same = existing.createdWith;
    if (request.token && same?.token === request.token && same.params === request.params)
      return { service: serviceToWire(state, existing) };
    throw invalidParameter('Creation of service was not idempotent.');
  }
  const launchType = launchTypeOf(input);
  const td = usableTaskDefinition(
    state,
    requiredString(input, 'taskDefinition', 'TaskDefinition'),
    launchType,
  );
  const desiredCount = optionalInteger(input, 'desiredCount');
  if (desiredCount === undefined) {
    throw invalidParameter('desiredCount is required for services using the REPLICA strategy.');
  }
  const network = optionalObject(input, 'networkConfiguration');
  checkNetwork(td, network);
  const loadBalancers = (optionalList(input, 'loadBalancers') ?? []) as Input[];
  checkLoadBalancers(td, loadBalancers);
  const config = optionalObject(input, 'deploymentConfiguration') ?? {};
  const service: ServiceRecord = {
    name,
    arn: state.arns.service(cluster.name, name),
    cluster: cluster.name,
    status: 'ACTIVE',
    desiredCount,
    launchType,
    deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, ...config },
    circuitBreaker: parseCircuitBreaker(
      config.deploymentCircuitBreaker as Input | undefined,
      DISABLED,
    ),
    loadBalancers,
    serviceRegistries: (optionalList(input, 'serviceRegistries') ?? []) as Input[],
    createdAt: at,
    createdBy: state.arns.principal(),
    tags: (optionalList(input, 'tags') ?? []) as Input[],
    rolloutTime: state.scenario.timing.rollout,
    deployments: [],
    events: [],
    awaitingSteadyState: true,
    extras: pick(input, [
      'capacityProviderStrategy',
      'healthCheckGracePeriodSeconds',
      'enableExecuteCommand',
      'propagateTags',
      'enableECSManagedTags',
    ]),
    ...(network ? { networkConfiguration: network } : {}),
    ...(loadBalancers.length > 0 ? { health: { agent: agentName(name) } } : {}),
    ...(request.token ? { createdWith: request as { token: string; params: string } } : {}),
  };
  state.services.set(`${cluster.name}/${name}`, service);
  startDeployment(state, service, td, at);
  return { service: serviceToWire(state, service) };
}

function pick(input: Input, keys: string[]): Input {
  return Object.fromEntries(keys.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]));
}

export function updateService(state: EcsState, input: Input, at: number): Input {
  const cluster = resolveCluster(state, input);
  const service = activeService(state, cluster, requiredString(input, 'service', 'Service'));
  const primary = service.deployments[0];
  const tdRef = optionalString(input, 'taskDefinition');
  const launchType = optionalString(input, 'launchType') ?? service.launchType;
  const td = tdRef ? usableTaskDefinition(state, tdRef, launchType) : primary?.taskDefinition;
  const desired = optionalInteger(input, 'desiredCount');
  if (desired !== undefined && desired < 0)
    throw invalidParameter('desiredCount must be 0 or more.');
  const network = optionalObject(input, 'networkConfiguration');
  const config = optionalObject(input, 'deploymentConfiguration');
  if (config) {
    const { deploymentCircuitBreaker, ...rest } = config;
    service.deploymentConfiguration = { ...service.deploymentConfiguration, ...rest };
    service.circuitBreaker = parseCircuitBreaker(
      deploymentCircuitBreaker as Input | undefined,
      service.circuitBreaker,
    );
  }
  const balancers = optionalList(input, 'loadBalancers') as Input[] | undefined;
  if (balancers && td) {
    checkLoadBalancers(td, balancers);
    service.loadBalancers = balancers;
  }
  if (!td) throw invalidParameter('TaskDefinition can not be blank.');
  const networkChanged =
    network !== undefined &&
    JSON.stringify(network) !== JSON.stringify(service.networkConfiguration);
  if (network) {
    checkNetwork(td, network);
    service.networkConfiguration = network;
  }
  const force = optionalBoolean(input, 'forceNewDeployment') ?? false;
  if (force || networkChanged || td.arn !== primary?.taskDefinition.arn) {
    checkNetwork(td, service.networkConfiguration);
    if (desired !== undefined) service.desiredCount = desired;
    service.launchType = launchType;
    startDeployment(state, service, td, at);
  } else if (desired !== undefined && desired !== service.desiredCount) {
    scaleService(state, service, desired, at);
  }
  return { service: serviceToWire(state, service) };
}

/** ECS: "service names can have at most 10 items" per DescribeServices call. */
const DESCRIBE_LIMIT = 10;

export function describeServices(state: EcsState, input: Input): Input {
  const cluster = resolveCluster(state, input);
  const includeTags = (optionalStringList(input, 'include') ?? []).includes('TAGS');
  const { found, failures } = describeEach(
    optionalStringList(input, 'services') ?? [],
    { what: 'service names', empty: 'Services cannot be empty.', limit: DESCRIBE_LIMIT },
    (name) => findService(state, cluster, name),
    (service) => serviceToWire(state, service, includeTags),
    (name) => state.arns.service(cluster.name, name),
  );
  return { services: found, failures };
}

/**
 * ACTIVE services only. DeleteService: a deleted service "moves from ACTIVE to DRAINING, and the
 * service is no longer visible in the console or in the ListServices API operation"; DRAINING
 * and INACTIVE ones "can still be viewed with the DescribeServices API operation"
 * (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteService.html).
 */
export function listServices(state: EcsState, input: Input): Input {
  const cluster = resolveCluster(state, input);
  const launchType = optionalString(input, 'launchType');
  const arns = [...state.services.values()]
    .filter((s) => s.cluster === cluster.name && s.status === 'ACTIVE')
    .filter((s) => launchType === undefined || s.launchType === launchType)
    .map((s) => s.arn);
  const { page, nextToken } = paginate(arns, input, { default: 10, max: 100 });
  return { serviceArns: page, ...(nextToken ? { nextToken } : {}) };
}

export function deleteService(state: EcsState, input: Input, at: number): Input {
  const cluster = resolveCluster(state, input);
  const service = activeService(state, cluster, requiredString(input, 'service', 'Service'));
  if (service.desiredCount > 0 && optionalBoolean(input, 'force') !== true) {
    throw invalidParameter('The service cannot be stopped while it is scaled above 0.');
  }
  service.status = 'DRAINING';
  service.desiredCount = 0;
  for (const task of tasksOfService(state, service).filter(isLive)) {
    requestStop(state, task, {
      at,
      delay: state.scenario.timing['task-stop'],
      stopCode: 'ServiceSchedulerInitiated',
      reason: 'Service deletion',
    });
  }
  evaluate(state, service, at);
  return { service: serviceToWire(state, service) };
}
