import { describe, expect, it } from "vitest";
import { navigationFor } from "./navigation";

const labels = (roles: Parameters<typeof navigationFor>[0]) => navigationFor(roles).map((i) => i.label);

describe("navigation by role", () => {
  it("shows each role only the sections it may open", () => {
    expect(labels(["LEAD"])).toEqual(["Runbooks", "Deployments", "Analytics"]);
    expect(labels(["DBA"])).toEqual(["Runbooks", "Deployments", "Analytics"]);
    expect(labels(["MANAGER"])).toEqual(["Runbooks", "Deployments", "Analytics", "Audit"]);
    expect(labels(["ADMIN"])).toEqual(["Runbooks", "Deployments", "Analytics", "Audit", "Admin"]);
    expect(labels(["LEAD", "ADMIN"])).toEqual(["Runbooks", "Deployments", "Analytics", "Audit", "Admin"]);
    expect(labels([])).toEqual([]);
  });
});
