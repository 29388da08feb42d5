// Kinds found in session 37 (round 26's first-run misses, sets 267–272, with their siblings in the corpus's other
// languages), each as a small document of its own: what a lead expects, and that the import is sound (every line placed,
// export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;
/** Every checklist item of the main phases. */
const items = (p: ReturnType<typeof parse>) => p.phases.flatMap((x) => x.checklistItems.map((c) => c.text));

describe("a change runbook's last section named recovery in another language, putting the previous version back, is the way back", () => {
  // after 3190 (set 267: a Korean deploy runbook's last "## 복구" — "releases의 이전 버전을 확인합니다 … current를 교체합니다";
  // both counters read the rollback, the importer a phase of prose)
  const runbook = (title: string, name: string, text: string) => lines(`# ${title}`, "", ...WORK, "", `## ${name}`, "", text);

  it.each([
    ["운영 배포", "복구", "관리자 SSH로 `releases`의 이전 버전을 확인하고 `current`를 그 버전으로 교체합니다."],
    ["生产部署", "恢复", "如果新版本有问题，把 `current` 链接切回上一个版本并重启服务。"],
    ["Despliegue", "Recuperación", "Si algo falla, vuelve a publicar la versión anterior desde el historial."],
  ])("%s › “## %s”", (title, name, text) => {
    const parsed = parse(runbook(title, name, text));
    expect(parsed.rollback?.title).toBe(name);
    expect(rollbackText(parsed)).toContain(text);
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
  });

  it("one whose text names no version before stays a phase (“## 복구” that restarts the service)", () => {
    const parsed = parse(runbook("운영 배포", "복구", "서비스를 다시 시작하고 로그를 확인합니다."));
    expect(parsed.rollback).toBeNull();
  });

  it("in a runbook whose work is a restore, its recovery section is that work, not a way back (2230: “## 三、恢复” of a backup manual)", () => {
    const parsed = parse(runbook("数据库备份与恢复手册", "恢复", "把 `current` 链接切回上一个版本的备份文件。"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a section whose name is glossed as the rollback of a kind is the rollback", () => {
  // after 3250 (set 272: an Indonesian cut-over's "## 4. Rencana Pembatalan (Rollback Strategy)" over a table and two
  // numbered lists; both counters read the rollback, the importer a phase)
  const runbook = (name: string) => lines("# Prosedur Cutover", "", ...WORK, "", `## 4. ${name}`, "", "1. Balikkan DNS ke server lama.", "2. Verifikasi aplikasi lama.");

  it.each([["Rencana Pembatalan (Rollback Strategy)"], ["Plan de reversa (Rollback plan)"], ["Rencana B (Rollback steps)"]])("“%s”", (name) => {
    const parsed = parse(runbook(name));
    expect(parsed.rollback?.title).toBe(name);
    expect(rollbackText(parsed)).toContain("Balikkan DNS ke server lama.");
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
  });

  it("the bare gloss still reads as before (“Plan de Reversa (Rollback)”)", () => {
    const parsed = parse(runbook("Plan de Reversa (Rollback)"));
    expect(rollbackText(parsed)).toContain("Balikkan DNS ke server lama.");
  });

  it("a gloss of something else is no rollback (“Rencana Komunikasi (Communication plan)”)", () => {
    const parsed = parse(runbook("Rencana Komunikasi (Communication plan)"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("labels of what must be in place, in more forms, make their bullets items to tick", () => {
  // after 3216 (set 269: a German operations guide's "## Plattformanforderungen" over four bullets, both counters 4),
  // 3250 (set 272: "### Prasyarat wajib sebelum mulai" over three bullets, both counters 3) and 3255 (set 272: "## 4. What we
  // need from the foundation" over seven numbered items, both counters)
  const runbook = (label: string) => lines("# Runbook", "", `## ${label}`, "", "- PHP 8.2", "- Composer", "- MySQL 8", "", ...WORK);

  it.each([
    ["Plattformanforderungen"],
    ["Systemanforderungen"],
    ["Server-Anforderungen"],
    ["Prasyarat wajib sebelum mulai"],
    ["Persyaratan untuk migrasi"],
    ["What we need from the foundation"],
    ["What we need"],
  ])("“%s”", (label) => {
    const parsed = parse(runbook(label));
    expect(items(parsed)).toEqual(["PHP 8.2", "Composer", "MySQL 8"]);
  });

  it.each([["Anforderungen an das Team"], ["What we learned"], ["Geschäftsanforderungen"]])("not a label of what must be in place: “%s”", (label) => {
    const parsed = parse(runbook(label));
    expect(items(parsed)).toEqual([]);
  });
});

describe("a rollback label saying when it may be done is the rollback", () => {
  // after 3292 (set 275: "Rollback at any point: `WOO_WRITE_ENABLED=false` + `php artisan config:clear`." closing a cut-over's
  // go/no-go section; both counters read the rollback, the importer notes — "point" and "time" read as about the rollback)
  const runbook = (label: string) =>
    lines("# Cutover", "", ...WORK, "", "## Go / No-Go", "", "- All green.", "", `${label}: \`WRITES_ENABLED=false\` + \`php artisan config:clear\`.`);

  it.each([["Rollback at any point"], ["Rollback at any time"]])("“%s: …”", (label) => {
    const parsed = parse(runbook(label));
    expect(parsed.rollback?.title).toBe(label);
    expect(rollbackText(parsed)).toContain("WRITES_ENABLED=false");
  });

  it("a sibling the older rules already read: “Revert anytime: …”", () => {
    expect(parse(runbook("Revert anytime")).rollback?.title).toBe("Revert anytime");
  });

  it("a label about the rollback's time stays notes (“Rollback time: …”)", () => {
    const parsed = parse(runbook("Rollback time"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a case of failure as a clause after another, then putting the release before back, is the way back", () => {
  // after 3288 (set 275: "4. 轮询 `status.json` 健康；失败则切回上一个 release 再重启" — poll the health file; on failure switch back
  // to the previous release and restart — a Chinese deploy's step; both counters read the rollback, the importer a step)
  const runbook = (step: string) => lines("# Deploy", "", "## Release", "", "1. Build.", "2. Upload.", `3. ${step}`, "4. Prune.", "", "## Backup", "", "Nightly.");

  it.each([
    ["轮询 `status.json` 健康；失败则切回上一个 release 再重启。"],
    ["轮询健康；失败则回滚到上一个版本并重启。"],
    ["ヘルスを確認する。失敗したら前のリリースに戻す。"],
    ["헬스 확인; 실패하면 이전 버전으로 되돌린다."],
    ["Poll health; if it fails, roll back to the previous release and restart."],
  ])("“%s”", (step) => {
    const parsed = parse(runbook(step));
    expect(rollbackText(parsed)).toContain(step);
    expect(titles(parsed)).toEqual(["Release", "Backup"]);
  });

  it("a case of failure whose instruction names no release before stays a step (“失败则重启服务”)", () => {
    const parsed = parse(runbook("轮询健康；失败则重启服务。"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a question for the case, an arrow, then the rollback command, is the way back", () => {
  // after 3291 (set 275: "2. تازه deploy شده؟ → `bash rollback.sh` (۱ دقیقه). نه؟ → `docker compose restart app`" — just deployed?
  // → the rollback script — in a Persian incident sheet's service-down steps; both counters read the rollback)
  const runbook = (step: string) =>
    lines("# Incident", "", "## Service down", "", "1. Check health.", `2. ${step}`, "3. Page the owner.", "", "## Data leak", "", "1. Revoke sessions.");

  it.each([["تازه deploy شده؟ → `bash rollback.sh` (۱ دقیقه). نه؟ → `docker compose restart app`"], ["Just deployed? → `./scripts/rollback.sh`. Not? → restart the app."]])(
    "“%s”",
    (step) => {
      const parsed = parse(runbook(step));
      expect(rollbackText(parsed)).toContain("rollback.sh");
      expect(titles(parsed)).toEqual(["Service down", "Data leak"]);
    },
  );

  it("a question and an arrow to another fix is no rollback (“Is the disk full? → prune old images.”)", () => {
    const parsed = parse(runbook("Is the disk full? → prune old images."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a list under a heading naming its items the phases is one phase an item", () => {
  // after 3351 (set 280: a VPN rollout plan's "## Phases" over six bold numbered items — finalise, pilot, Windows fleet, macOS
  // fleet, …; both counters 4–6, the importer three stages of two items)
  const runbook = (heading: string) =>
    lines(
      "# Rollout Plan",
      "",
      "Why the rollout is sequenced.",
      "",
      `## ${heading}`,
      "",
      "1. **Finalise the scripts.** Pin each installer to a known hash.",
      "2. **Pilot** on one machine per OS.",
      "3. **Windows fleet** via the MDM.",
      "4. **macOS fleet** via the partner MDM.",
      "5. **Connectivity test broadcast.** Ask every user to connect.",
    );

  it.each([["Phases"], ["Rollout phases"], ["Stages"], ["Fases"], ["阶段"]])("“## %s”", (heading) => {
    const parsed = parse(runbook(heading));
    expect(titles(parsed)).toEqual([
      "Finalise the scripts",
      "Pilot on one machine per OS",
      "Windows fleet via the MDM",
      "macOS fleet via the partner MDM",
      "Connectivity test broadcast",
    ]);
  });

  it("under another heading the list is read as stages of about two items, as before (“## Steps”)", () => {
    const parsed = parse(runbook("Steps"));
    expect(parsed.phases).toHaveLength(3);
  });
});

describe("a done glyph inside a step's bold label is no part of its title", () => {
  // after 3305 (set 276: "**✅ Admin Routes** (`/apps/api/src/routes/admin.ts`):" over a javascript fence; the step kept "✅ …" as
  // its title, and its export — "1. ✅ Admin Routes …" — read back as a success criterion, so export → import lost the step)
  it.each([["**✅ Admin Routes** (`admin.ts`):"], ["**✔ Admin Routes** (`admin.ts`):"], ["**[x] Admin Routes** (`admin.ts`):"]])("“%s”", (label) => {
    const parsed = parse(
      lines("# Migration", "", "## Existing systems", "", label, "```javascript", "GET /api/admin/users", "```", "", "## Deploy", "", "```bash", "make deploy", "```"),
    );
    expect(parsed.phases[0]?.steps.map((s) => s.title)).toEqual(["Admin Routes (`admin.ts`)"]);
  });
});
