import { describe, expect, it } from "vitest";
import { describeCheck } from "./report";

describe("the report's line for BACKUP and RESTORE results", () => {
  it("names the backup, its schema, and each table's rows and checksum", () => {
    const result = {
      backupKey: "before_rename",
      schemaName: "phaseline_backup_0123456789ab_before_rename",
      tables: [{ table: "public.orders", rowCount: 40, checksum: "abc", bytes: 8192 }],
    };
    expect(describeCheck(result)).toBe("backup before_rename in phaseline_backup_0123456789ab_before_rename: public.orders 40 rows, md5 abc");
    expect(describeCheck({ backupKey: "k", rowsWritten: 3, tables: [{ table: "public.orders", rowCount: 40, checksum: "abc", isVerified: true }] })).toBe(
      "backup k: public.orders 40 rows, md5 abc verified",
    );
  });
});
