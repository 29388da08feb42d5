// Typed React Query keys (STYLE.md practice 6): one factory per live resource.
export const deploymentKeys = {
  all: ["deployments"] as const,
  cockpit: (deploymentId: string) => ["deployments", deploymentId, "cockpit"] as const,
};
