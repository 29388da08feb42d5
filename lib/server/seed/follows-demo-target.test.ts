// Which demo environments the seed moves to the demo target's URL of now (seed-demo.ts
// followsDemoTarget): a restart of the embedded databases serves the demo target on a new port, and
// an environment still saved with the old URL could reach nothing.
import { describe, expect, it } from "vitest";
import { followsDemoTarget } from "./seed-demo";

const embedded = (port: number) => `postgresql://postgres@127.0.0.1:${port}/postgres?sslmode=disable`;

describe("followsDemoTarget", () => {
  it("moves an environment saved with the embedded target's URL of the previous start", () => {
    expect(followsDemoTarget(embedded(36813), { url: embedded(41002), adminUrl: embedded(41002), previousUrl: embedded(36813) }, "postgres")).toBe(true);
  });

  it("leaves one an admin pointed elsewhere, and one already right", () => {
    const target = { url: embedded(41002), adminUrl: embedded(41002), previousUrl: embedded(36813) };
    expect(followsDemoTarget("postgresql://app@db.example.com:5432/shop", target, "postgres")).toBe(false);
    expect(followsDemoTarget(embedded(41002), target, "postgres")).toBe(false);
    expect(followsDemoTarget(null, target, "postgres")).toBe(false);
  });

  it("without a previous URL, moves nothing on the embedded databases", () => {
    expect(followsDemoTarget(embedded(36813), { url: embedded(41002), adminUrl: embedded(41002) }, "postgres")).toBe(false);
  });

  it("on a server, still moves one the seed set up as the administrator to the demo target's own role", () => {
    const admin = "postgresql://postgres@127.0.0.1:5432/phaseline_demo_target";
    expect(followsDemoTarget(admin, { url: "postgresql://phaseline_demo_target:secret@127.0.0.1:5432/phaseline_demo_target", adminUrl: admin }, "phaseline_demo_target")).toBe(
      true,
    );
  });
});
