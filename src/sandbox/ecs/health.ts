/**
 * The health route of each load-balanced service, answering as the application behind the ALB
 * would: 200 with the image tag of the newest deployment that has a task running, 503 while no
 * task of the service runs.
 */
import type { HttpReply } from '../service.js';
import type { EcsState, Input, ServiceRecord } from './model.js';
import { isRunning, tasksOfDeployment } from './service-tasks.js';

const ROUTE = /^\/([A-Za-z0-9_-]+)\/health\/?$/;

/** `orchestrator` → `Orchestrator`, `admin-api` → `Admin-Api`. */
export function agentName(serviceName: string): string {
  return serviceName.replace(
    /(^|-)([a-z])/g,
    (_m, dash: string, c: string) => dash + c.toUpperCase(),
  );
}

/** The tag of an image reference: `repo:5.1.0` → `5.1.0`, a digest as is, no tag → `latest`. */
export function imageTag(image: string): string {
  const at = image.indexOf('@');
  if (at !== -1) return image.slice(at + 1);
  const lastSlash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  return colon > lastSlash ? image.slice(colon + 1) : 'latest';
}

export function healthReply(state: EcsState, method: string, path: string): HttpReply | undefined {
  const match = ROUTE.exec(path.split('?')[0] ?? '');
  if (!match || method !== 'GET') return undefined;
  const service = [...state.services.values()].find(
    (s) => s.name === match[1] && s.health && s.status === 'ACTIVE',
  );
  if (!service?.health) return undefined;
  const version = runningVersion(state, service);
  if (version === undefined) return { status: 503, body: { status: 'unhealthy' } };
  return { status: 200, body: { status: 'healthy', agent: service.health.agent, version } };
}

function runningVersion(state: EcsState, service: ServiceRecord): string | undefined {
  for (const deployment of service.deployments) {
    const running = tasksOfDeployment(state, deployment).filter((t) => isRunning(t) && !t.failing);
    if (running.length === 0) continue;
    const first = (deployment.taskDefinition.body.containerDefinitions as Input[])[0];
    return imageTag(String(first?.image ?? ''));
  }
  return undefined;
}
