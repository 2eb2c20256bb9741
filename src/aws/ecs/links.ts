/** Links to the ECS console (its v2 pages), for reports. */

function clusterPage(region: string, cluster: string): string {
  return `https://${region}.console.aws.amazon.com/ecs/v2/clusters/${encodeURIComponent(cluster)}`;
}

/** The deployments tab of a service. */
export function serviceLink(region: string, cluster: string, service: string): string {
  return `${clusterPage(region, cluster)}/services/${encodeURIComponent(service)}/deployments`;
}

/** The configuration tab of a task, by its id (the last part of its ARN). */
export function taskLink(region: string, cluster: string, taskId: string): string {
  return `${clusterPage(region, cluster)}/tasks/${encodeURIComponent(taskId)}/configuration`;
}
