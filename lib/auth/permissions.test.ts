import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { can, isPermission, isRole, PERMISSIONS, permissionsOf, ROLES, type TPermission, type TRole } from "./permissions";

// The whole table, written out: a change to who may do what must change this test too.
//                                     LEAD   DBA    MANAGER ADMIN
const EXPECTED: Record<TPermission, [boolean, boolean, boolean, boolean]> = {
  "runbook.view": /*           */ [true, true, true, true],
  "runbook.edit": /*           */ [true, true, false, false],
  "runbook.publish": /*        */ [true, false, false, false],
  "deployment.view": /*        */ [true, true, true, true],
  "deployment.plan": /*        */ [true, false, false, false],
  "deployment.run": /*         */ [true, false, false, false],
  "deployment.rehearse": /*    */ [true, true, false, false],
  "deployment.control": /*     */ [true, false, false, false],
  "backup.drop": /*            */ [true, false, false, true],
  "signoff.dba": /*            */ [false, true, false, false],
  "signoff.sheet": /*          */ [true, true, false, false],
  "report.view": /*            */ [true, true, true, true],
  "report.export": /*          */ [true, true, true, false],
  "audit.view": /*             */ [false, false, true, true],
  "admin.users": /*            */ [false, false, false, true],
  "admin.environments": /*     */ [false, false, false, true],
  "admin.tokens": /*           */ [false, false, false, true],
};

const ORDER: TRole[] = ["LEAD", "DBA", "MANAGER", "ADMIN"];

describe("permissions", () => {
  it("lists every permission in the expected table", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PERMISSIONS].sort());
  });

  it("has the same roles as the database enum", () => {
    // compile-time: TRole and Prisma's Role are the same set
    const fromPrisma: TRole[] = ["LEAD", "DBA", "MANAGER", "ADMIN"] satisfies Role[];
    const toPrisma: Role[] = [...ROLES];
    expect(toPrisma.sort()).toEqual(fromPrisma.sort());
  });

  for (const permission of PERMISSIONS) {
    ORDER.forEach((role, column) => {
      const expected = EXPECTED[permission][column];
      it(`${role} ${expected ? "may" : "may not"} ${permission}`, () => {
        expect(can([role], permission)).toBe(expected);
      });
    });
  }

  it("keeps MANAGER read-only", () => {
    const writes = permissionsOf(["MANAGER"]).filter((p) => !/\.(view|export)$/.test(p));
    expect(writes).toEqual([]);
  });

  it("grants the union of several roles", () => {
    expect(can(["MANAGER", "DBA"], "signoff.dba")).toBe(true);
    expect(can(["MANAGER", "DBA"], "audit.view")).toBe(true);
    expect(can(["MANAGER", "DBA"], "deployment.run")).toBe(false);
    expect(permissionsOf(["LEAD", "ADMIN"])).toEqual(PERMISSIONS.filter((p) => p !== "signoff.dba"));
  });

  it("fails closed on no roles, unknown roles and unknown permissions", () => {
    expect(permissionsOf([])).toEqual([]);
    expect(permissionsOf(null)).toEqual([]);
    expect(permissionsOf(undefined)).toEqual([]);
    expect(permissionsOf(["ROOT", "admin"])).toEqual([]);
    expect(can(["ADMIN"], "admin.everything" as TPermission)).toBe(false);
  });

  it("recognises roles and permissions", () => {
    expect(isRole("DBA")).toBe(true);
    expect(isRole("dba")).toBe(false);
    expect(isPermission("report.export")).toBe(true);
    expect(isPermission("report")).toBe(false);
  });
});
