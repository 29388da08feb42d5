// Kinds of structure the eighth held-out set (94–105) showed the importer missing at its first measure
// (issue 16 "Done when"): each a small document of its own, so the fix is the kind and not the file.
import { describe, expect, it } from "vitest";
import { findUnplacedLines } from "./coverage";
import { exportRunbookMarkdown } from "./export-runbook";
import { parseRunbookMarkdown } from "./parse-runbook";
import type { TParsedRunbook } from "./types";

const withoutWarnings = ({ warnings: _w, ...rest }: TParsedRunbook) => rest;
const titles = (p: TParsedRunbook) => p.phases.map((x) => x.title);
function expectSound(source: string, parsed: TParsedRunbook) {
  expect(findUnplacedLines(source, parsed)).toEqual([]);
  expect(withoutWarnings(parseRunbookMarkdown(exportRunbookMarkdown(parsed)))).toEqual(withoutWarnings(parsed));
}

describe("a Ukrainian or Russian upgrade guide", () => {
  it("finds “Процедура відкату” (rollback procedure) as the rollback, not a third phase", () => {
    const source =
      "# Оновлення проєкту\n\n## 1. Підготовка\n\n- Зробити резервну копію бази даних\n\n## 2. Процес оновлення\n\n- Розгорнути новий код\n\n## 3. Процедура відкату\n\n- Відновити попередню версію\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Підготовка", "Процес оновлення"]);
    expect(parsed.rollback?.phases.length).toBe(1);
    expectSound(source, parsed);
  });

  it("takes “## Відкат”, “## План отката” and “## Откат изменений” as rollback sections too", () => {
    for (const name of ["Відкат", "План отката", "Откат изменений"]) {
      const doc = `# Релиз\n\n## 1. Развертывание\n\n1. Развернуть новую версию\n\n## 2. Проверка\n\n1. Смоук-тесты\n\n## ${name}\n\n1. Вернуть предыдущую версию\n`;
      const parsed = parseRunbookMarkdown(doc);
      expect(parsed.phases.length).toBe(2);
      expect(parsed.rollback?.phases.length).toBe(1);
    }
  });
});

describe("a rollback section named for its criteria and its procedure", () => {
  it("reads “## 3) Rollback Criteria & Procedure” as the rollback, not a phase", () => {
    const source =
      "# Cutover plan\n\n## 1) Freeze\n- Freeze enters enforced state\n\n## 2) Deploy & Switch\n- Canary 5% → 100%\n\n## 3) Rollback Criteria & Procedure\n**Triggers:**\n- P0 outage > 5 min\n\n**Procedure:**\n1. Flip traffic back to last stable\n2. Confirm recovery\n";
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Freeze", "Deploy & Switch"]);
    expect(parsed.rollback?.title).toBe("Rollback Criteria & Procedure");
    expectSound(source, parsed);
  });
});

describe("a database lab whose fences wrap their code in copy-button tags", () => {
  const source =
    "# Upgrade CDB and Roll Back\n\n## Task 1: Prepare\n\n1. Connect.\n\n    ```\n    <copy>\n    sqlplus / as sysdba\n    </copy>\n            \n    Be sure to hit RETURN\n    ```\n\n## Task 2: Upgrade\n\n1. Upgrade.\n\n    ```\n    <copy>\n    java -jar autoupgrade.jar -mode deploy\n    </copy>\n    ```\n\n## Task 3: Restore database using AutoUpgrade\n\n1. Restore to the guaranteed restore point.\n\n    ```\n    <copy>\n    java -jar autoupgrade.jar -restore -jobs 101\n    </copy>\n    ```\n\n2. Verify the version.\n\n    ```\n    <copy>\n    select version from v$instance;\n    </copy>\n    ```\n\n## Learn More\n\n* Documentation, AutoUpgrade Command-Line Syntax\n";

  it("reads a `<copy>`-wrapped query as a SQL step, its text without the tags", () => {
    const parsed = parseRunbookMarkdown(source);
    const sql = [...parsed.phases, ...(parsed.rollback?.phases ?? [])].flatMap((p) => p.steps).filter((s) => s.kind === "SQL");
    expect(sql.map((s) => s.text)).toEqual(["select version from v$instance;"]);
    expectSound(source, parsed);
  });

  it("takes a last task that restores the database (before a “Learn More” appendix) as the rollback", () => {
    const parsed = parseRunbookMarkdown(source);
    expect(titles(parsed)).toEqual(["Prepare", "Upgrade"]);
    expect(parsed.rollback?.title).toBe("Restore database using AutoUpgrade");
    expect(parsed.appendix).toContain("Learn More");
  });
});
