// Typed React Query keys (STYLE.md practice 6): one factory per live resource.
export const deploymentKeys = {
  all: ["deployments"] as const,
  /** every view of one deployment: the live feed invalidates this prefix on a change */
  detail: (deploymentId: string) => ["deployments", deploymentId] as const,
  cockpit: (deploymentId: string) => ["deployments", deploymentId, "cockpit"] as const,
  /** one phase run's detail on the finished record, fetched when the phase is opened */
  phaseRun: (deploymentId: string, phaseRunId: string) => ["deployments", deploymentId, "phase-run", phaseRunId] as const,
};
