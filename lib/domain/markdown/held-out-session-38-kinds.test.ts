// Kinds found in session 38 (round 29's first-run misses, sets 282–287, with their siblings in the corpus's other
// languages), each as a small document of its own: what a lead expects, and that the import is sound (every line placed,
// export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;

describe("a section naming what sets the runbook off (“## Trigger”, “## Symptoms / Trigger”) is its context, not a phase", () => {
  // after 3390 (set 283: an incident playbook's "## Triggers" of alert bullets before "## Response Flow", both counters four
  // phases without it) and 1736 (a hotfix runbook's "## Trigger" — push to a hotfix branch — before its seven steps)
  const runbook = (name: string) =>
    lines(
      "# Hotfix Runbook",
      "",
      "## Purpose",
      "",
      "Ship an emergency fix to production.",
      "",
      `## ${name}`,
      "",
      "- A push to a `hotfix/*` branch",
      "- A P1 alert that a fix must close",
      "",
      "## Steps",
      "",
      "1. Branch from the release tag:",
      "   ```bash",
      "   git checkout -b hotfix/fix v1.4.2",
      "   ```",
      "2. Commit the fix and run the tests:",
      "   ```bash",
      "   make test",
      "   ```",
      "3. Push the branch:",
      "   ```bash",
      "   git push -u origin hotfix/fix",
      "   ```",
      "4. Watch the hotfix workflow.",
      "5. Approve the production gate.",
      "6. Check the health endpoints.",
      "7. Merge the backport pull request.",
      "",
      "## Rollback",
      "",
      "Deploy the previous tag again.",
      "",
      "## Notes",
      "",
      "- Hotfixes skip the beta promotion, never the production gate.",
    );

  it.each([["Trigger"], ["Triggers"], ["Symptoms / Trigger"], ["Sintomas / Trigger"], ["Síntomas"]])("“## %s”", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed).every((t) => t.startsWith("Steps"))).toBe(true);
    expect(parsed.preamble).toContain("A push to a `hotfix/*` branch");
  });

  it("a heading naming an action on a trigger stays work (“## Trigger the deploy” over its command)", () => {
    const parsed = parse(lines("# Release", "", "## Build", "", "```bash", "make build", "```", "", "## Trigger the deploy", "", "```bash", "gh workflow run deploy.yml", "```"));
    expect(titles(parsed)).toEqual(["Build", "Trigger the deploy"]);
  });
});

describe("a Chinese section asking how to go back is the rollback", () => {
  // after 3376 (set 282: a data-move runbook's "## 5.5 匯錯了怎麼回去" — imported the wrong thing: how to go back — over the
  // restore of the automatic pre-import backup; both counters' rollback, the importer reference)
  const runbook = (name: string) => lines("# 資料搬遷", "", ...WORK, "", `## ${name}`, "", "1. 用匯入前的自動備份還原：`platformarchive apply backups/latest.zip`");

  it.each([["4. 匯錯了怎麼回去"], ["改错了怎么回去"], ["部署失败如何退回"], ["如何回去"]])("“## %s”", (name) => {
    const parsed = parse(runbook(name));
    expect(parsed.rollback).not.toBeNull();
    expect(rollbackText(parsed)).toContain("用匯入前的自動備份還原");
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
  });

  it("asking how to do the work is no rollback (“## 如何部署”)", () => {
    const parsed = parse(runbook("如何部署"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a rollback section named for its safety nets is the way back", () => {
  // after 3388 (set 283: a DR runbook's "## 9. Rollback safety nets" — each restore script's pre-restore snapshot, re-run the
  // script with it —; both counters' rollback, the importer read "safety" as about the rollback)
  const runbook = (name: string) =>
    lines(
      "# Restore",
      "",
      ...WORK,
      "",
      `## 4. ${name}`,
      "",
      "Each restore script snapshots what it replaces:",
      "",
      "- `db-prerestore-<ts>.dump` → re-run `restore-db.sh` with it.",
    );

  it.each([["Rollback safety nets"], ["Rollback safety net"]])("“## 4. %s”", (name) => {
    const parsed = parse(runbook(name));
    expect(parsed.rollback).not.toBeNull();
    expect(rollbackText(parsed)).toContain("re-run `restore-db.sh` with it");
  });

  it("“Rollback safety” alone is still about the rollback, not the way back", () => {
    const parsed = parse(runbook("Rollback safety"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("an item rolling back to the release before, in the scenarios ahead of the procedures, is the way back", () => {
  // after 3436 (set 287: a DR plan's "### Scenario 3: Application Deployment Failure" › "**Recovery Steps:**" › "1. Rollback to
  // previous version (see `ops/rollback-procedure.sh`)", before its "## Recovery Procedures"; both counters' rollback)
  const runbook = (step: string) =>
    lines(
      "# Disaster Recovery Plan",
      "",
      "## Disaster Scenarios",
      "",
      "### Scenario 1: Database Corruption",
      "",
      "**Recovery Steps:**",
      "1. Stop the application",
      "2. Restore the database from the last backup",
      "",
      "### Scenario 2: Application Deployment Failure",
      "",
      "**Recovery Steps:**",
      `1. ${step}`,
      "2. Verify the service",
      "",
      "## Recovery Procedures",
      "",
      "### 1. Application Recovery",
      "",
      "```bash",
      "kubectl rollout status deploy/api",
      "```",
      "",
      "### 2. Database Recovery",
      "",
      "```bash",
      "pg_restore -d app latest.dump",
      "```",
    );

  it.each([["Rollback to previous version (see `ops/rollback-procedure.sh`)"], ["Roll back to the previous release"]])("“1. %s”", (step) => {
    const parsed = parse(runbook(step));
    expect(rollbackText(parsed)).toContain(step);
  });

  it("an item restoring data, naming no release before, is the recovery, no rollback (“1. Restore the database from a snapshot”)", () => {
    const parsed = parse(runbook("Restore the database from a snapshot"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a section named for the work failing, whose text puts something back, is the rollback", () => {
  // after 3423 (set 286: an operations runbook's "## Migration failed" — do not switch to the new release, restore from a
  // verified backup — among its failure cases; both counters' rollback)
  const runbook = (name: string, text: string[]) => lines("# Release", "", ...WORK, "", `## ${name}`, "", ...text);
  const PUTS_BACK = ["1. Do not switch workers to the new release.", "2. Restore from a verified backup through the recovery procedure."];

  it.each([["Migration failed"], ["Deployment failures"], ["Upgrade fails"]])("“## %s”", (name) => {
    const parsed = parse(runbook(name, PUTS_BACK));
    expect(parsed.rollback?.title).toBe(name);
    expect(rollbackText(parsed)).toContain("Restore from a verified backup");
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
  });

  it("one whose text puts nothing back is troubleshooting, no rollback (“## Migration failed” over reading the logs)", () => {
    const parsed = parse(runbook("Migration failed", ["1. Read the migration log.", "2. Fix the migration and run it again."]));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a Vietnamese section named the way back (“Đường lùi”) is the rollback", () => {
  // after 3471 (set 290: a server move's last "## 6 · Đường lùi" — the old machine keeps its volume: `docker compose down` on
  // the new one, `make up` on the old —; both counters' rollback)
  const runbook = (name: string) => lines("# Chuyển server", "", ...WORK, "", `## 4 · ${name}`, "", "Trên máy mới `docker compose down`, trên máy cũ `make up`.");

  it.each([["Đường lùi"], ["Phương án lùi"], ["Kế hoạch lùi"]])("“## 4 · %s”", (name) => {
    const parsed = parse(runbook(name));
    expect(parsed.rollback).not.toBeNull();
    expect(rollbackText(parsed)).toContain("trên máy cũ `make up`");
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
  });

  it("a section of another name stays a phase (“## 4 · Kiểm tra cuối”, the final check)", () => {
    const parsed = parse(runbook("Kiểm tra cuối"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a step of a named case that, when it fails, puts the release before back is the way back", () => {
  // after 3472 (set 290: an MLOps runbook's "### FastAPI Deployment Failure" › "3. If model loading fails, revert Production
  // model in MLflow UI to previous version and restart container"; its step carries the case's name, "FastAPI Deployment
  // Failure: If …", and the model comes between the verb and the version; both counters' rollback. "### Deployment Failure"
  // alone names the way back already.)
  const runbook = (step: string) =>
    lines(
      "# Runbook: Sentiment Pipeline",
      "",
      "## Common Procedures",
      "",
      "### Data Validation Failure",
      "",
      "1. Open the failed validation task in Airflow.",
      "2. Inspect the expectations report.",
      "",
      "### Serving Errors",
      "",
      "1. Check the serving logs.",
      `2. ${step}`,
      "",
      "## Backfill",
      "",
      "```bash",
      "make backfill START=2025-01-01",
      "```",
    );

  it.each([
    ["If model loading fails, revert Production model in MLflow UI to previous version and restart the container."],
    ["If the canary fails, redeploy the API to the previous release."],
  ])("“%s”", (step) => {
    const parsed = parse(runbook(step));
    expect(rollbackText(parsed)).toContain(step);
  });

  it("a case whose remedy puts nothing back stays a step (“If model loading fails, restart the container.”)", () => {
    const parsed = parse(runbook("If model loading fails, restart the container."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a paragraph of the case of a problem, then going back to what ran before, in Korean, Japanese and Chinese, is the way back", () => {
  // after 3506 (set 293: a Korean cut-over's "문제가 생기면 새 구성을 중지하고 기존 Compose/이미지/설정으로 복귀한다" — if a problem
  // arises, stop the new set-up and return to the existing Compose, images and settings —; both counters' rollback)
  const runbook = (para: string) => lines("# 새 구조로 이전", "", "## 1. 준비", "", "```bash", "make build", "```", "", "## 2. 전환", "", "```bash", "make up", "```", "", para);

  it.each([
    ["문제가 생기면 새 구성을 중지하고 기존 Compose/이미지/설정으로 복귀한다."],
    ["問題があれば新しい構成を止め、旧環境へ切り戻す。"],
    ["如果出现问题，停止新配置并切回旧版本。"],
  ])("“%s”", (para) => {
    const parsed = parse(runbook(para));
    expect(rollbackText(parsed)).toContain(para);
  });

  it("the case with a remedy that puts nothing back is no rollback (“문제가 생기면 로그를 확인한다.”)", () => {
    const parsed = parse(runbook("문제가 생기면 로그를 확인한다."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a change runbook's last “Recovery” that turns the one before on again is the way back", () => {
  // after 3492 (set 292: a key rotation's last "## Recovery" — "Re-enable the prior active key, stop the backfill worker,
  // retain both key versions …" —; both counters' rollback)
  const runbook = (text: string) => lines("# Credential Key Rotation", "", ...WORK, "", "## Recovery", "", text);

  it.each([["Re-enable the prior active key, stop the backfill worker and retain both key versions."], ["Reactivate the previous signing key."]])("“%s”", (text) => {
    const parsed = parse(runbook(text));
    expect(parsed.rollback?.title).toBe("Recovery");
    expect(rollbackText(parsed)).toContain(text);
  });

  it("one that only investigates stays where it stands, no rollback (“Investigate using record IDs only.”)", () => {
    const parsed = parse(runbook("Investigate using record IDs only."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("the rollback of a phase named by its letter, in Russian and Ukrainian, is the way back", () => {
  // after 3524 (set 295: a cut-over's "**Откат фазы A:** `git checkout 4a2ea82 && docker compose up -d --build`" closing its
  // phase A, and "**Откат фазы B:** …" its phase B; both counters' rollback)
  const runbook = (label: string) => lines("# Переключение", "", ...WORK, "", `**${label}:** \`git checkout 4a2ea82 && docker compose up -d --build\`.`);

  it.each([["Откат фазы A"], ["Откат этапа 2"], ["Відкат етапу 2"]])("“**%s:**”", (label) => {
    const parsed = parse(runbook(label));
    expect(rollbackText(parsed)).toContain("git checkout 4a2ea82");
  });

  it("a label naming something else of the phase is no rollback (“**Проверка фазы A:**”, its check)", () => {
    const parsed = parse(runbook("Проверка фазы A"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a rollback item whose words wrap onto the next line, among the principles before the work, is the way back", () => {
  // after 3525 (set 295: a go-live's "## Dôležité zásady" (important principles) › "- **Rollback:** keď niečo zlyhá, DNS vieš
  // vrátiť späť (apex/www naspäť na WP)." over "  Preto DNS prepíname až v cutover fáze."; both counters' rollback)
  const runbook = (item: string[]) => lines("# Go-live", "", "## Zásady", "", "- **Poradie:** kroky 1–3 sú príprava.", ...item, "", ...WORK);

  it("the item and its wrapped line", () => {
    const parsed = parse(runbook(["- **Rollback:** keď niečo zlyhá, DNS vieš vrátiť späť (apex/www naspäť na WP).", "  Preto DNS prepíname až v cutover fáze."]));
    expect(rollbackText(parsed)).toContain("DNS vieš vrátiť späť");
    expect(rollbackText(parsed)).toContain("Preto DNS prepíname až v cutover fáze.");
  });

  it("an item holding a list of its own is more than a line: no rollback read from it", () => {
    const parsed = parse(runbook(["- **Rollback:** keď niečo zlyhá:", "  - vráť DNS", "  - vráť WP"]));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a lone phase heading over deeper phase headings names the whole: the deeper ones are the phases", () => {
  // after 3558 (set 297: "## Phase 4: Staging → Canary → Full Production Deployment" over "#### Phase 1: Staging Soak (48h)",
  // "#### Phase 2: Canary Rollout …", "#### Phase 3: Full Production …"; both counters three to six, the importer one)
  const deeper = (n: number, name: string) => [`#### Phase ${n}: ${name}`, "", "```bash", `./deploy.sh ${name.toLowerCase()}`, "```", ""];
  const runbook = (beside: string[]) =>
    lines("# Rollout Runbook", "", "## Phase 4: Staging → Canary → Production", "", ...deeper(1, "Staging"), ...deeper(2, "Canary"), ...deeper(3, "Production"), ...beside);

  it("three deeper phases", () => {
    expect(titles(parse(runbook([])))).toEqual(["Staging", "Canary", "Production"]);
  });

  it("a section of its level beside it keeps it a phase of its own (“## Phase 4 …” beside “## Monitoring”)", () => {
    const parsed = parse(runbook(["## Monitoring", "", "```bash", "./watch.sh", "```"]));
    expect(titles(parsed)[0]).toBe("Staging → Canary → Production");
  });
});

describe("after a checklist of what must hold, one list of steps each with its own body is read in stages", () => {
  // after 3557 (set 297: a key rotation's "### Prerequisites" of three bullets, then "### Safe Rotation Procedure" of five
  // bold-named steps each over its commands; both counters three to six, the importer two)
  const step = (n: number, name: string) => [`${n}. **${name}**`, "   ```bash", `   ./rotate.sh ${name.toLowerCase().replace(/\s+/g, "-")}`, "   ```"];
  const runbook = (steps: string[]) =>
    lines("# API Key Rotation", "", "## Prerequisites", "", "- Admin access to the provider", "- The secret store is writable", "", "## Procedure", "", ...steps);

  it("five steps, each over a fence: the checklist, then stages", () => {
    const parsed = parse(runbook([...step(1, "Create key"), ...step(2, "Distribute key"), ...step(3, "Verify key"), ...step(4, "Revoke old key"), ...step(5, "Clean up")]));
    expect(titles(parsed)).toEqual(["Prerequisites", "Procedure (steps 1–2)", "Procedure (steps 3–4)", "Procedure (step 5)"]);
    expect(parsed.phases[0]?.checklistItems).toHaveLength(2);
  });

  it("steps of one line each stay one phase after the checklist (“1. Tag the release.” …)", () => {
    const parsed = parse(runbook(["1. Tag the release.", "2. Publish the package.", "3. Announce it.", "4. Close the milestone."]));
    expect(titles(parsed)).toEqual(["Prerequisites", "Procedure"]);
  });
});

describe("a sentence saying rolling back at a point is restoring the old is the way back", () => {
  // after 3569 (set 298: "Do not continue until both work. Rolling back at this point is just restoring the old `Web.config`
  // and recycling." after a credential rotation's step 2; both counters' rollback)
  const runbook = (para: string) => lines("# Credential Rotation", "", ...WORK, "", para);

  it.each([["Rolling back at this point is just restoring the old `Web.config` and recycling."], ["Rollback here is simply re-enabling the previous login."]])("“%s”", (para) => {
    const parsed = parse(runbook(`Do not continue until both work. ${para}`));
    expect(rollbackText(parsed)).toContain(para);
  });

  it("saying rolling back is hard puts nothing back (“Rolling back at this point is not possible.”)", () => {
    const parsed = parse(runbook("Rolling back at this point is not possible."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("the whole procedure in short, ahead of its steps, is context, not a phase", () => {
  // after 3555 (set 297: "## The short version" over the upgrade's commands in one fence, then "## Step by step" of seven
  // numbered sections; both counters four to seven, the importer eight)
  const runbook = (name: string) =>
    lines("# Upgrading", "", `## ${name}`, "", "```bash", "make backup && make upgrade", "```", "", "## Step by step", "", ...WORK.map((l) => l.replace(/^## /, "### ")));

  it.each([["The short version"], ["Quick version"], ["Kurzfassung"]])("“## %s”", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
    expect(parsed.preamble).toContain("make backup && make upgrade");
  });
});

describe("common problems joined with how to deal with them, in Japanese, Chinese and Korean, are troubleshooting, not phases", () => {
  // after 3565 (set 298: "## よくある問題と対処法" — common problems and their remedies — over seven numbered problems each with
  // a fence; both counters two to four, the importer seven)
  const problem = (n: number) => [`### ${n}. 問題 ${n}`, "", "```bash", `./fix.sh ${n}`, "```", ""];
  const runbook = (name: string) =>
    lines(
      "# 運用手順書",
      "",
      "## デプロイ",
      "",
      "```bash",
      "./deploy.sh",
      "```",
      "",
      "## 監視",
      "",
      "```bash",
      "./watch.sh",
      "```",
      "",
      `## ${name}`,
      "",
      ...problem(1),
      ...problem(2),
      ...problem(3),
    );

  it.each([["よくある問題と対処法"], ["常见问题及解决方法"], ["자주 발생하는 문제와 해결 방법"]])("“## %s”", (name) => {
    expect(titles(parse(runbook(name)))).toEqual(["デプロイ", "監視"]);
  });
});

describe("what the system needs is a list of what must be in place: a checklist", () => {
  // after 3578 (set 299: a go-live plan's "### What the system needs" over four bullets — a Linux host, Docker, a persistent
  // volume, a domain and TLS —; both counters four items)
  const runbook = (name: string) =>
    lines("# Go-live plan", "", `## ${name}`, "", "- One Linux host with 4 vCPU", "- Docker", "- A persistent volume for `/var/lib/app`", "- A domain and TLS", "", ...WORK);

  it.each([["What the system needs"], ["What the server needs"], ["What the deployment requires"]])("“## %s”", (name) => {
    const parsed = parse(runbook(name));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(4);
  });

  it("what the system does is no such list (“## What the system does”)", () => {
    const parsed = parse(runbook("What the system does"));
    expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(0);
  });
});

describe("a numbered section named by getting or hosting something is a step of the work, not reference", () => {
  // after 3580 (set 299: a go-live's six numbered sections — "## 1. Deploy the contracts" over a fence, then "## 2. Get a real
  // audit", "## 3. Host the resource server", "## 4. Host the static site" in prose, "## 5. Run the agent" …; both counters
  // four to six, the importer three)
  const runbook = (name: string) =>
    lines(
      "# Going live",
      "",
      "## 1. Deploy the contracts",
      "",
      "```bash",
      "forge script Deploy --broadcast",
      "```",
      "",
      `## 2. ${name}`,
      "",
      "Pick a provider and follow its guide.",
      "",
      "## 3. Run the agent",
      "",
      "Start it with the production key.",
      "",
      "## 4. Verify the release",
      "",
      "Open the site and make one settlement.",
      "",
      "## 5. Announce it",
      "",
      "Post the release notes.",
      "",
      "## 6. Deploy the indexer",
      "",
      "```bash",
      "./indexer.sh deploy",
      "```",
    );
  const OTHERS = ["Run the agent", "Verify the release", "Announce it", "Deploy the indexer"];

  it.each([["Get a real audit"], ["Host the resource server"], ["Host the static site"]])("“## 2. %s”", (name) => {
    expect(titles(parse(runbook(name)))).toEqual(["Deploy the contracts", name, ...OTHERS]);
  });

  it("a section naming the host's requirements stays reference (“## 2. Host requirements”)", () => {
    expect(titles(parse(runbook("Host requirements")))).toEqual(["Deploy the contracts", ...OTHERS]);
  });
});
