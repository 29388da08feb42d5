// Kinds found in session 27 (the corpus's remaining gaps and sets 158–163), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

function parse(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

describe("a heading numbered by a Chinese numeral and an enumeration comma (“三、快速部署”) is numbered as “3. …” is", () => {
  // after 1831 ("## 三、快速部署" … "## 七、故障排除", "## 八、卸载与清理": troubleshooting was a phase because its name
  // kept its number; counted 3–5, imported 6), 1316 ("## 七、已知事项", known issues, after the work) and 1560 ("## 📞 紧急联系方式",
  // emergency contacts, "## 🔄 常用运维脚本", common operations scripts: 8 phases where 3–7)
  const runbook = (last: string) =>
    lines(
      "# 部署文档",
      "",
      "## 一、部署",
      "",
      "```bash",
      "docker compose up -d",
      "```",
      "",
      "## 二、验证",
      "",
      "1. 打开首页",
      "2. 检查日志",
      "",
      "## 三、备份",
      "",
      "```bash",
      "./backup.sh",
      "```",
      "",
      `## 四、${last}`,
      "",
      "1. 容器无法启动：查看 `docker logs`",
      "2. 端口被占用：修改 `.env`",
    );

  it.each(["故障排除", "已知事项", "已知问题", "紧急联系方式", "常见问题排查", "常用运维脚本"])("“四、%s” after the work is the runbook's notes, not a fourth phase", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["部署", "验证", "备份"]);
    expect(parsed.appendix).toContain("容器无法启动");
  });

  it("the phases keep their names without the numeral (“部署”, not “一、部署”)", () => {
    const parsed = parse(runbook("卸载"));
    expect(titles(parsed)).toEqual(["部署", "验证", "备份", "卸载"]);
  });
});

describe("a table of contents is the runbook's introduction, never a phase of links", () => {
  // after 1611 ("## 목차" over ten numbered links: a first phase of ten steps; 8 phases where 3–6) and 113 ("## Table of
  // Contents" over links, a phase of four steps)
  const runbook = (toc: string, trouble = "Troubleshooting") =>
    lines(
      "# Operations guide",
      "",
      `## ${toc}`,
      "",
      "1. [Deploy](#deploy)",
      "2. [Verify](#verify)",
      `3. [${trouble}](#troubleshooting)`,
      "",
      "## Deploy",
      "",
      "```bash",
      "./deploy.sh",
      "```",
      "",
      "## Verify",
      "",
      "1. Open the health page",
      "2. Check the logs",
      "",
      `## ${trouble}`,
      "",
      "- The deploy hangs: restart the runner.",
    );

  it.each(["Table of Contents", "Contents", "목차", "目录", "目次", "Índice", "Sommaire", "Inhaltsverzeichnis", "Содержание"])(
    "“%s” over links: two phases, the links in the preamble",
    (toc) => {
      const parsed = parse(runbook(toc));
      expect(titles(parsed)).toEqual(["Deploy", "Verify"]);
      expect(parsed.preamble).toContain("[Deploy](#deploy)");
    },
  );

  it("“트러블슈팅” (troubleshooting, written in Hangul) after the work is notes, as “문제 해결” is", () => {
    const parsed = parse(runbook("목차", "트러블슈팅"));
    expect(titles(parsed)).toEqual(["Deploy", "Verify"]);
    expect(parsed.appendix).toContain("restart the runner");
  });
});

describe("a section telling what the work does (“What the cutover does”) introduces it: preamble, not a phase", () => {
  // after 1927 ("## What the cutover does" over nine numbered effects of the script, before "## Running the cutover": four
  // phases where 1–3 were counted)
  const runbook = (name: string) =>
    lines(
      "# Cutover guide",
      "",
      `## ${name}`,
      "",
      "1. Disables NetworkManager on the access-point interface",
      "2. Writes the hostapd and dnsmasq configuration",
      "3. Enables the recovery service",
      "",
      "## Running the cutover",
      "",
      "```bash",
      "sudo ./cutover.sh",
      "```",
      "",
      "## After the cutover",
      "",
      "1. Join the new network",
      "2. Open the dashboard",
    );

  it.each(["What the cutover does", "What it does", "What this script does", "What the migration tool does"])("“%s”: the description is the preamble", (name) => {
    const parsed = parse(runbook(name));
    expect(titles(parsed)).toEqual(["Running the cutover", "After the cutover"]);
    expect(parsed.preamble).toContain("Writes the hostapd and dnsmasq configuration");
  });

  it("what the work does not do stays the runbook's notes (“What this runbook does not cover”)", () => {
    const parsed = parse(`${runbook("What the cutover does")}\n## What this runbook does not cover\n\n- Restoring the SD card\n`);
    expect(titles(parsed)).toEqual(["Running the cutover", "After the cutover"]);
    expect(parsed.appendix).toContain("Restoring the SD card");
  });
});

describe("a step that rolls back on a condition (“Rollback if possible”, “Roll back if the checks fail”) is the rollback", () => {
  // after 1919 ("## Recovery from Rotation Failure" › "2. **Rollback if possible**" over "- Restore old secret if still
  // valid", "- Rollback deployment": no rollback found; both counters: the rollback)
  const runbook = (item: string) =>
    lines(
      "# Secret Rotation Runbook",
      "",
      "## Rotate",
      "",
      "1. Generate the new secret",
      "2. Update it in Vercel and redeploy",
      "",
      "## Recovery from Rotation Failure",
      "",
      "1. **Identify failure point**",
      "   - Deployment failed?",
      "",
      `2. **${item}**`,
      "   - Restore old secret if still valid",
      "   - Roll back the deployment",
      "",
      "3. **Retry rotation**",
    );

  it.each(["Rollback if possible", "Roll back if the deploy failed", "Revert when the checks fail"])("“%s”: the rollback, with its lines", (item) => {
    const parsed = parse(runbook(item));
    expect(parsed.rollback?.phases.flatMap((p) => p.steps.map((s) => `${s.title}\n${s.text}`)).join("\n")).toContain("Restore old secret");
    expect(titles(parsed)).toEqual(["Rotate", "Recovery from Rotation Failure"]);
  });

  it("a step about the rollback is not one (“Rollback is not possible after step 3”)", () => {
    const parsed = parse(runbook("Rollback is not possible after step 3").replace("   - Roll back the deployment\n", "   - Rotate again instead\n"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a box that rolls back after an arrow (“If a recent deploy correlates → **roll back now**”) is the rollback", () => {
  // after 1899 (an outage comms runbook's "## Decision checklist (first 5 minutes)": "- [ ] If a recent deploy correlates →
  // **roll back now** (see the launch runbook → Rollback procedure)"; no rollback found, its counter: the rollback)
  const runbook = (box: string) =>
    lines(
      "# Incident comms — Full outage",
      "",
      "## Decision checklist (first 5 minutes)",
      "",
      "- [ ] Confirm the outage from two networks",
      `- [ ] ${box}`,
      "- [ ] Open the incident channel",
      "",
      "## Resolve",
      "",
      "- [ ] Post the all-clear on the status page",
    );

  it.each(["If a recent deploy correlates → **roll back now** (see the launch runbook)", "When the error rate doubled -> revert the release"])(
    "“%s”: the rollback, the other boxes kept",
    (box) => {
      const parsed = parse(runbook(box));
      expect(parsed.rollback?.phases.flatMap((p) => p.checklistItems.map((c) => c.text))).toEqual([box]);
      expect(parsed.phases.map((p) => p.checklistItems.length)).toEqual([2, 1]);
    },
  );

  it("an arrow to something else is no rollback (“If it persists → page the on-call”)", () => {
    expect(parse(runbook("If it persists → page the on-call")).rollback).toBeNull();
  });
});

describe("a rollback section that only sends the reader elsewhere (“See `release.md`'s Rollback section …”) is no rollback of its own", () => {
  // after 1886 (an incident runbook's "## Rollback": "See `release.md`'s Rollback section for reverting a bad deploy, and
  // `migration-rollback.md` for a bad migration. This runbook itself has no destructive action to undo."; its counter: no
  // rollback — the brief counts a procedure of the document's own)
  const runbook = (pointer: string) =>
    lines(
      "# Incident response",
      "",
      "## Steps",
      "",
      "1. Confirm the alert from the dashboard",
      "2. Open the incident channel",
      "3. Mitigate: scale the workers up",
      "",
      "## Verification",
      "",
      "- [ ] Error rate back under 1 %",
      "",
      "## Rollback",
      pointer,
    );

  it.each([
    "See `release.md`'s Rollback section for reverting a bad deploy, and `migration-rollback.md` for a bad migration. This runbook itself has no destructive action to undo.",
    "Refer to the [release runbook](./release.md) for reverting a bad deploy.",
    "Siehe `rollback.md` für das Zurücksetzen eines fehlerhaften Deploys.",
  ])("“%s”: no rollback, the pointer kept as text and the lead told", (pointer) => {
    const parsed = parse(runbook(pointer));
    expect(parsed.rollback).toBeNull();
    expect(parsed.warnings.join("\n")).toContain("points to another document");
  });

  it("a section that gives its own way back as well is the rollback (“Redeploy the previous tag. See `rollback.md` for the database.”)", () => {
    expect(parse(runbook("Redeploy the previous tag from the releases page. See `rollback.md` for the database.")).rollback).not.toBeNull();
  });
});

describe("a restore runbook's “Recovery” phase stays a phase through export → import", () => {
  // after 1942 ("## Recovery" of a SQLite restore runbook, then "## Root cause", "## Prevention" and "## How the restore
  // knows what to fetch" kept as its notes: exported as "## Phase 2: Recovery" with those notes inside their markers, it
  // came back as the runbook's rollback, the last section left at the top level — the corpus test's identity failed)
  it("“## Recovery” then prose sections: two phases, no rollback, and the same again after export", () => {
    const parsed = parse(
      lines(
        "# Runbook — Restore SQLite DB from R2",
        "",
        "## Triage",
        "",
        "```bash",
        "fly logs -a api",
        "```",
        "",
        "## Recovery",
        "",
        "```bash",
        "fly scale count 0 -a api",
        "fly volumes create data --size 1 -a api",
        "fly scale count 1 -a api   # start.sh runs litestream restore",
        "```",
        "",
        "## Root cause",
        "",
        "Document what caused the volume loss: hardware failure, or an operator destroying the wrong volume.",
        "",
        "## How the restore knows what to fetch",
        "",
        "Litestream picks the most recent generation by default.",
      ),
    );
    expect(titles(parsed)).toEqual(["Triage", "Recovery"]);
    expect(parsed.rollback).toBeNull();
  });
});

describe("a section titled as a checklist over numbered steps is a procedure: its items are steps, never boxes and steps both", () => {
  // after 1940 ("## Checklist" over "1. **Verify the current version is healthy.**" … "5. …", each over a sh fence: every
  // item was read as a box and its fence as a step — the same line twice; its counter: 0 items, the steps) and 631
  // (numbered pre-checks under a checklist heading, counted 0 items)
  const runbook = (heading: string) =>
    lines(
      "# Runbook: upgrade",
      "",
      `## ${heading}`,
      "",
      "1. **Verify the current version is healthy.**",
      "",
      "   ```sh",
      "   docker compose ps",
      "   ```",
      "",
      "2. **Back up.** Never skip this step.",
      "",
      "   ```sh",
      "   make backup",
      "   ```",
      "",
      "3. **Restart on the new images.**",
      "",
      "## Verify",
      "",
      "- Open the health page",
    );

  it.each(["Checklist", "Upgrade checklist", "Go-live checklist"])("“## %s” over numbered steps: steps, no boxes", (heading) => {
    const parsed = parse(runbook(heading));
    const first = parsed.phases[0];
    expect(first?.checklistItems).toEqual([]);
    expect(first?.steps.map((s) => s.title)).toEqual(["Verify the current version is healthy.", "Back up. Never skip this step.", "Restart on the new images."]);
  });

  it("its boxes stay boxes (“1. [ ] Backups verified”), and so do the numbered items of the prerequisites", () => {
    const boxed = parse(lines("# Release", "", "## Checklist", "", "1. [ ] Backups verified", "2. [ ] Freeze announced", "", "## Deploy", "", "1. Ship"));
    expect(boxed.phases[0]?.checklistItems.map((c) => c.text)).toEqual(["Backups verified", "Freeze announced"]);
    const prerequisites = parse(lines("# Release", "", "## Prerequisites", "", "1. VPN access", "2. A database role", "", "## Deploy", "", "1. Ship"));
    expect(prerequisites.phases[0]?.checklistItems.map((c) => c.text)).toEqual(["VPN access", "A database role"]);
  });
});

describe("the requirements of an environment in Russian (“Требования”) and Korean (“환경 요구사항”, environment requirements; “시스템 요구사항” stays an introduction) are prerequisites to tick", () => {
  // after 1941 ("## 2. Требования" › "### Машина сборки или CI" and "### Production-сервер" over bullets: Git, Docker,
  // registry access …; its counter: 11 items, as "Requisitos" and "Server requirements" are read)
  const runbook = (heading: string) =>
    lines(
      "# Production deploy",
      "",
      `## 1. ${heading}`,
      "",
      "### Build machine",
      "",
      "- Git",
      "- Docker Buildx",
      "",
      "### Production server",
      "",
      "- Linux VPS with Docker Compose v2",
      "- Inbound TCP ports 80 and 443",
      "",
      "## 2. Deploy",
      "",
      "```bash",
      "docker compose up -d",
      "```",
    );

  it.each(["Требования", "Системные требования", "환경 요구사항"])("“%s”: its four bullets are items", (heading) => {
    const parsed = parse(runbook(heading));
    expect(parsed.phases.flatMap((p) => p.checklistItems).length).toBe(4);
  });
});
