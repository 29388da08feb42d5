// Kinds of structure the tenth held-out set (118–129, database runbooks) showed the importer missing at
// its first measure (issue 16 "Done when"): each a small document of its own, so the fix is the kind
// and not the file.
import { describe, expect, it } from "vitest";
import { expectSound, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";
import type { TParsedRunbook } from "./types";

const allPhases = (p: TParsedRunbook) => [...p.phases, ...(p.rollback?.phases ?? [])];
const sqlSteps = (p: TParsedRunbook) => allPhases(p).flatMap((x) => x.steps.filter((s) => s.kind === "SQL"));

describe("a fence labelled sql that holds no SQL to run", () => {
  const source =
    "# Data Guard switchover\n\n### Step 1: Check the configuration\n\n````sql\nDGMGRL> SHOW CONFIGURATION;\n````\n\n### Step 2: Switch over\n\n````sql\nDGMGRL> SWITCHOVER TO db_standby;\n````\n\n### Step 3: Verify the roles\n\n````sql\nSELECT DATABASE_ROLE FROM V$DATABASE;\n````\n\nOn the new primary, the result must be:\n\n````sql\nDATABASE_ROLE\n---------------\nPRIMARY\n````\n";

  it("shows broker commands at their prompt and a query's printed rows, and runs only the query", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Check the configuration", "Switch over", "Verify the roles"]);
    expect(sqlSteps(parsed).map((s) => s.text)).toEqual(["SELECT DATABASE_ROLE FROM V$DATABASE;"]);
    expectSound(source, parsed);
  });
});
