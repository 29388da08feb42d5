// `phaseline deployment status` and `deployments list` exit codes on real deployments, against
// the database and against the REST route (issue 14: what a CI/CD gate relies on).
import { beforeAll, describe, expect, it } from "vitest";
import { testPrisma } from "@/lib/testing/db";
import { createTestUser, planTestDeployment, type TTestUser } from "@/lib/testing/deployment-fixture";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { getDeploymentStatusRoute, listDeployments } from "@/lib/api/v1/deployments";
import { databaseSource, EXIT, httpSource, runDeploymentStatus, runDeploymentsList, type TDeploymentSource } from "./deployments";

type TStatus = "PLANNED" | "IN_PROGRESS" | "PAUSED" | "SUCCEEDED" | "FAILED" | "ROLLING_BACK" | "ROLLED_BACK" | "ABORTED";

let lead: TTestUser;
const byStatus = new Map<TStatus, { id: string; name: string }>();

async function seed(status: TStatus) {
  const planned = await planTestDeployment(lead, [{ title: "Only", steps: [{ kind: "MANUAL", title: "Do", instructions: "Do." }] }]);
  await testPrisma().deployment.update({ where: { id: planned.deploymentId }, data: { status } });
  return { id: planned.deploymentId, name: planned.name };
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) } };
}

/** The REST routes, called in process with real Requests: what `--url` talks to. */
function routeFetch(): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(String(input));
    const request = new Request(url, init);
    const m = /^\/api\/v1\/deployments\/([^/]+)\/status$/.exec(url.pathname);
    if (m) return getDeploymentStatusRoute(request, { params: Promise.resolve({ deploymentId: decodeURIComponent(m[1]!) }) });
    if (url.pathname === "/api/v1/deployments") return listDeployments(request, { params: Promise.resolve({}) });
    return new Response("{}", { status: 404 });
  }) as typeof fetch;
}

let db: TDeploymentSource;
let http: TDeploymentSource;

beforeAll(async () => {
  lead = await createTestUser(["LEAD"]);
  for (const status of ["PLANNED", "IN_PROGRESS", "PAUSED", "SUCCEEDED", "FAILED", "ROLLING_BACK", "ROLLED_BACK", "ABORTED"] as const) byStatus.set(status, await seed(status));
  db = await databaseSource(testPrisma());
  const { token } = await createApiToken({ ownerId: lead.id, actor: { id: lead.id, label: lead.email }, name: "ci", scope: "READ", expiresIn: "1d", prisma: testPrisma() });
  http = httpSource("http://phaseline.test", token, routeFetch());
});

const EXPECTED: [TStatus, number][] = [
  ["SUCCEEDED", 0],
  ["FAILED", 1],
  ["ROLLED_BACK", 1],
  ["ABORTED", 1],
  ["PLANNED", 2],
  ["IN_PROGRESS", 2],
  ["PAUSED", 2],
  ["ROLLING_BACK", 2],
];

describe("phaseline deployment status", () => {
  for (const [label, source] of [
    ["database", () => db],
    ["--url", () => http],
  ] as const) {
    it(`exits 0 succeeded, 1 failed / rolled back / aborted, 2 in progress (${label}), by id and by name`, async () => {
      for (const [status, code] of EXPECTED) {
        const d = byStatus.get(status)!;
        const byId = capture();
        expect(await runDeploymentStatus([d.id], { source: source(), io: byId.io }), status).toBe(code);
        expect(byId.out[0]).toContain(status);
        const byName = capture();
        expect(await runDeploymentStatus([d.name, "--json"], { source: source(), io: byName.io })).toBe(code);
        expect(JSON.parse(byName.out.join("\n"))).toMatchObject({ id: d.id, status });
      }
      const missing = capture();
      expect(await runDeploymentStatus(["no-such-deployment"], { source: source(), io: missing.io })).toBe(EXIT.unknown);
    });
  }

  it("--wait returns when the deployment ends, and exits 2 when the timeout comes first", async () => {
    const d = await seed("IN_PROGRESS");
    let clock = 0;
    let polls = 0;
    const ends = capture();
    const code = await runDeploymentStatus([d.name, "--wait", "--timeout", "10m", "--interval", "1s"], {
      source: db,
      io: {
        ...ends.io,
        now: () => clock,
        sleep: async (ms) => {
          clock += ms;
          if (++polls === 3) await testPrisma().deployment.update({ where: { id: d.id }, data: { status: "ROLLED_BACK" } });
        },
      },
    });
    expect(code).toBe(1);
    expect(polls).toBe(3);

    const still = await seed("PAUSED");
    clock = 0;
    const times = capture();
    expect(
      await runDeploymentStatus([still.id, "--wait", "--timeout", "30s", "--interval", "5s"], {
        source: http,
        io: { ...times.io, now: () => clock, sleep: async (ms) => void (clock += ms) },
      }),
    ).toBe(2);
    expect(times.err.join(" ")).toContain("still PAUSED");
  });

  it("--url without a token, or with a bad one, exits 3 with a sentence", async () => {
    expect(() => httpSource("http://phaseline.test", undefined)).toThrow(/PHASELINE_TOKEN/);
    const bad = capture();
    const source = httpSource("http://phaseline.test", "phl_" + "y".repeat(43), routeFetch());
    expect(await runDeploymentStatus([byStatus.get("SUCCEEDED")!.id], { source, io: bad.io })).toBe(EXIT.unknown);
    expect(bad.err.join(" ")).toContain("401");
  });
});

describe("phaseline deployments list", () => {
  it("filters by status, from the database and from the server", async () => {
    for (const source of [db, http]) {
      const c = capture();
      expect(await runDeploymentsList(["--status", "rolled_back,aborted", "--json", "--limit", "200"], { source, io: c.io })).toBe(0);
      const items = JSON.parse(c.out.join("\n")) as { id: string; status: string }[];
      expect(new Set(items.map((i) => i.status))).toEqual(new Set(["ROLLED_BACK", "ABORTED"]));
      expect(items.map((i) => i.id)).toEqual(expect.arrayContaining([byStatus.get("ROLLED_BACK")!.id, byStatus.get("ABORTED")!.id]));
    }
    const bad = capture();
    expect(await runDeploymentsList(["--status", "DONE"], { source: db, io: bad.io })).toBe(EXIT.usage);
  });
});
