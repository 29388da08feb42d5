// Kinds found in session 36 (round 23's first-run misses, sets 252–257, with their siblings in the corpus's other
// languages), each as a small document of its own: what a lead expects, and that the import is sound (every line placed,
// export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;
/** Every text of the rollback, its items too. */
const rollbackAll = (p: ReturnType<typeof parse>) =>
  [rollbackText(p), ...(p.rollback?.phases ?? []).flatMap((x) => [...x.checklistItems.map((c) => c.text), ...x.steps.map((s) => s.text)])].join("\n");

describe("a case before a comma, then rolling back to the release before, is the way back", () => {
  // after 3038 (set 254: "5. If the issue persists, roll back to the previous image tag:" over a fence, among an incident
  // runbook's steps for an API outage; both counters read the rollback, the importer a step)
  const runbook = (step: string) =>
    lines(
      "# Incident runbook",
      "",
      "## API down",
      "",
      "1. Check the container:",
      "   ```bash",
      "   docker compose ps api",
      "   ```",
      "",
      `2. ${step}`,
      "   ```bash",
      "   # set the image tag back",
      "   ```",
      "",
      "3. Page the owner.",
      "",
      "## Frontend down",
      "",
      "1. Restart the frontend.",
    );

  it.each([
    ["If the issue persists, roll back to the previous image tag:"],
    ["When the error rate stays high, roll back to the prior release:"],
    ["If nothing else works, revert to the last known-good build:"],
  ])("“%s”", (step) => {
    const parsed = parse(runbook(step));
    expect(rollbackText(parsed)).toContain(step.replace(/:$/, ""));
    expect(titles(parsed)).toEqual(["API down", "Frontend down"]);
  });

  it("without the release before, a case and a revert is a step (“If the node fails to connect, revert the change”, 1281)", () => {
    const parsed = parse(runbook("If the node fails to connect, revert the change:"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("an option named the rollback, its case in brackets, over the command that goes back", () => {
  // after 3063 (set 256: "**Immediate mitigation options (in order of preference):**" › "1. **Rollback** (if recent
  // deployment)" over `kubectl rollout undo deployment/api`; both counters read the rollback)
  const runbook = (option: string) =>
    lines(
      "# Incident response",
      "",
      "## Triage",
      "",
      "1. Check the dashboards.",
      "",
      "## Mitigate",
      "",
      "**Immediate mitigation options (in order of preference):**",
      "",
      `1. ${option}`,
      "   ```bash",
      "   kubectl rollout undo deployment/api -n production",
      "   ```",
      "",
      "2. **Scale up** (if capacity issue)",
      "   ```bash",
      "   kubectl scale deployment/api --replicas=10",
      "   ```",
      "",
      "## Resolve",
      "",
      "1. Close the incident.",
    );

  it.each([["**Rollback** (if recent deployment)"], ["**Roll back** (if a deploy caused it)"], ["**Revert**"]])("“%s”", (option) => {
    const parsed = parse(runbook(option));
    expect(rollbackAll(parsed)).toContain("kubectl rollout undo");
    expect(JSON.stringify(parsed.phases)).toContain("--replicas=10");
  });

  it("an option named otherwise is a step of the mitigation (“**Restart** (if the pod is wedged)”)", () => {
    const parsed = parse(runbook("**Restart** (if the pod is wedged)"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a box saying the rollback is ready, and how, is the way back", () => {
  // after 3064 (set 256: "- [ ] Rollback klar: Netlify Deploy-History → vorheriges Deploy publishen" among a go-live's
  // after-launch boxes; both counters read the rollback)
  const runbook = (box: string) =>
    lines(
      "# Go-Live Checkliste",
      "",
      "## DNS",
      "",
      "- [ ] A-Record gesetzt",
      "- [ ] TTL gesenkt",
      "",
      "## Nach dem Launch",
      "",
      "- [ ] Search Console geprüft",
      `- [ ] ${box}`,
      "- [ ] Kunde informiert",
    );

  it.each([
    ["Rollback klar: Netlify Deploy-History → vorheriges Deploy publishen."],
    ["Rollback ready: promote the previous deployment in Vercel."],
    ["Rollback prêt : republier le déploiement précédent."],
  ])("“%s”", (box) => {
    const parsed = parse(runbook(box));
    expect(rollbackAll(parsed)).toContain(box);
    expect(parsed.phases.flatMap((x) => x.checklistItems)).toHaveLength(4);
  });

  it("a ready rollback that names no release before is a box to tick (“Rollback ready: plan reviewed by the team”)", () => {
    const parsed = parse(runbook("Rollback ready: plan reviewed by the team."));
    expect(parsed.rollback).toBeNull();
    expect(parsed.phases.flatMap((x) => x.checklistItems)).toHaveLength(5);
  });
});

describe("a sentence saying what the rollback does, putting the old back, is the way back", () => {
  // after 3051 (set 255: "Avant l'étape 6, le retour arrière consiste à restaurer l'ancien `DB_PASSWORD` puis recharger
  // PHP-FPM." after a secret's numbered rotation; both counters read the rollback)
  const runbook = (sentence: string) =>
    lines(
      "# Rotation des secrets",
      "",
      "## Base de données",
      "",
      "1. Générer le nouveau mot de passe.",
      "2. Déployer.",
      "",
      `Cette double validité évite une coupure. ${sentence}`,
      "",
      "## SMTP",
      "",
      "1. Créer la nouvelle clé.",
    );

  it.each([
    ["Avant l'étape 6, le retour arrière consiste à restaurer l'ancien `DB_PASSWORD` puis recharger PHP-FPM."],
    ["Le retour arrière restaure l'ancienne clé et la sauvegarde prise avant migration."],
    ["The rollback is to restore the old password and reload the service."],
  ])("“%s”", (sentence) => {
    const parsed = parse(runbook(sentence));
    expect(rollbackAll(parsed)).toContain(sentence);
  });

  it.each([["Rolling back means redeploying the previous image."], ["El rollback consiste en restaurar la versión anterior del secreto."]])(
    "“%s” (a sibling the older rules already read: the previous release named)",
    (sentence) => {
      const parsed = parse(runbook(sentence));
      expect(rollbackAll(parsed)).toContain(sentence);
    },
  );

  it("a sentence on the rollback that puts nothing old back is no way back (“Le retour arrière consiste à prévenir l'équipe.”)", () => {
    const parsed = parse(runbook("Le retour arrière consiste à prévenir l'équipe."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("the tools needed, and the prerequisites in the Scandinavian languages and Chinese, are a checklist", () => {
  // after 3031 (set 254: "### 3) Verktøy som trengs for testene" — the tools needed for the tests — over four bullets, under
  // "## Før du starter"; both counters count the four) and 3070 (set 257: "## 2. 前置依赖" over three bullets, "### 11.2 前置")
  const runbook = (name: string) =>
    lines(
      "# Runbook",
      "",
      `## ${name}`,
      "",
      "- `curl`",
      "- `jq`",
      "- `make`",
      "",
      "## Deploy",
      "",
      "```bash",
      "make deploy",
      "```",
      "",
      "## Verify",
      "",
      "```bash",
      "make smoke",
      "```",
    );

  it.each([["Verktøy som trengs for testene"], ["Tools needed"], ["Required tools"], ["Forutsetninger"], ["Forudsætninger"], ["Hva du trenger"], ["前置依赖"], ["前置"]])(
    "“## %s”",
    (name) => {
      const parsed = parse(runbook(name));
      expect(parsed.phases.flatMap((x) => x.checklistItems.map((c) => c.text))).toEqual(["`curl`", "`jq`", "`make`"]);
    },
  );

  it("a section of tools named otherwise keeps its bullets as notes (“## Verktøy”, tools)", () => {
    const parsed = parse(runbook("Verktøy"));
    expect(parsed.phases.flatMap((x) => x.checklistItems)).toEqual([]);
  });
});

describe("numbered sections where one alone holds a step to run, the others prose, are the runbook's phases", () => {
  // after 3046 (set 255: "## 1. Pull request" … "## 8. After release", all prose but "## 3. Staging" over a terraform
  // fence; "## 4." to "## 8." were read as reference — both counters count six to eight phases)
  const prose = (n: number, name: string) => [`## ${n}. ${name}`, `The ${name.toLowerCase()} runs as the pipeline says, and waits for its approval.`, ""];
  const runbook = lines(
    "# Deploy runbook",
    "",
    ...prose(1, "Pull request"),
    ...prose(2, "Merge to main"),
    "## 3. Staging",
    "```",
    "terraform apply -var-file=envs/staging.tfvars",
    "```",
    "",
    ...prose(4, "Production"),
    ...prose(5, "Workers"),
    ...prose(6, "Web"),
    ...prose(7, "After release"),
  );

  it("eight numbered sections of one fence and prose", () => {
    expect(titles(parse(runbook))).toEqual(["Pull request", "Merge to main", "Staging", "Production", "Workers", "Web", "After release"]);
  });

  it("with four sections, one procedure among an intro and reference stays the common reading (450, 844)", () => {
    const short = lines("# Deploy", "", ...prose(1, "Context"), "## 2. Deploy", "```bash", "make deploy", "```", "", ...prose(3, "Background"), ...prose(4, "Links"));
    expect(titles(parse(short))).not.toContain("Links");
  });
});

// Round 24 (sets 258–263), measured on b40304a.

describe("a case of failure that says to back out is the way back", () => {
  // after 3085 (set 258: "If any step fails, **back out immediately** — return to step 4 with the old value and file a
  // postmortem." after a rotation's six steps; both counters read the rollback)
  const runbook = (sentence: string) =>
    lines(
      "# Credential rotation",
      "",
      "## Rotate",
      "",
      "1. Create the new key.",
      "2. Deploy it.",
      "3. Revoke the old key.",
      "",
      sentence,
      "",
      "## Verify",
      "",
      "1. Check the logs.",
    );

  it.each([
    ["If any step fails, **back out immediately** — return to step 4 with the old value and file a postmortem."],
    ["If the deploy fails, back out the change and redeploy the old key."],
    ["If verification fails, backing out means restoring the old secret."],
  ])("“%s”", (sentence) => {
    expect(rollbackText(parse(runbook(sentence)))).toContain(sentence);
  });

  it("a case of failure that says to fix forward is no way back (“If any step fails, fix it and run it again.”)", () => {
    expect(parse(runbook("If any step fails, fix it and run it again.")).rollback).toBeNull();
  });
});

describe("a Chinese sentence for the time of rolling back, then what to do, is the way back", () => {
  // after 3102 (set 259: "回滚应用时只需将功能开关恢复为 `false`；…" — to roll the app back, just set the switch back to false —
  // closing a module's upgrade steps; both counters)
  const runbook = (sentence: string) =>
    lines(
      "# 数据库升级",
      "",
      "## 备份",
      "",
      "```bash",
      "mysqldump app > app.sql",
      "```",
      "",
      "## 升级",
      "",
      "```bash",
      "mysql app < v2.sql",
      "```",
      "",
      sentence,
      "",
      "## 检查",
      "",
      "```bash",
      "make check",
      "```",
    );

  it.each([["回滚应用时只需将功能开关恢复为 `false`；不要删除审计字段。"], ["回滚时，请执行 `make rollback`。"], ["回退版本时先停止服务，再部署上一版本。"]])(
    "“%s”",
    (sentence) => {
      expect(rollbackText(parse(runbook(sentence)))).toContain(sentence);
    },
  );

  it("a sentence on the time of something else is no way back (“升级时只需将功能开关设为 `true`。”)", () => {
    expect(parse(runbook("升级时只需将功能开关设为 `true`。")).rollback).toBeNull();
  });
});

describe("the case of going back after a dash, and how, is the way back", () => {
  // after 3132 (set 262: "Não há mecanismo de rollback automático de migration — se precisar reverter, é `dotnet ef database
  // update <migration-anterior>` manual, …" after an update's numbered steps; both counters)
  const runbook = (sentence: string) =>
    lines("# Deploy", "", "## Atualizar", "", "1. `git pull`", "2. `docker compose up -d`", "", sentence, "", "## Checklist", "", "- [ ] Health check");

  it.each([
    ["Não há mecanismo de rollback automático de migration — se precisar reverter, é `dotnet ef database update <migration-anterior>` manual."],
    ["There is no automatic rollback — if you need to go back, run the previous image with `docker compose up -d app:prev`."],
  ])("“%s”", (sentence) => {
    expect(rollbackText(parse(runbook(sentence)))).toContain(sentence);
  });

  it("a dash before anything else is no case of going back (“Não há mecanismo automático — o deploy é manual.”)", () => {
    expect(parse(runbook("Não há mecanismo automático — o deploy é manual.")).rollback).toBeNull();
  });
});

describe("a preparation list, what one needs beforehand and the dependencies, in Chinese and Japanese, are a checklist", () => {
  // after 3103 (set 260: "## 1. 准备清单" over four bullets), 3150 (set 263: "## 0. 事前に必要なもの") and 3088 (set 258: "常见依赖："
  // over Java, Node, Python, MySQL, Redis), both counters each
  const runbook = (name: string) =>
    lines(
      "# 部署指南",
      "",
      `## ${name}`,
      "",
      "- Docker",
      "- Node 20",
      "",
      "## 部署",
      "",
      "```bash",
      "docker compose up -d",
      "```",
      "",
      "## 验证",
      "",
      "```bash",
      "curl localhost",
      "```",
    );

  it.each([["1. 准备清单"], ["0. 事前に必要なもの"], ["常见依赖"], ["环境依赖"]])("“## %s”", (name) => {
    expect(parse(runbook(name)).phases.flatMap((x) => x.checklistItems.map((c) => c.text))).toEqual(["Docker", "Node 20"]);
  });

  it("a list of things by another name keeps its bullets as notes (“## 文件清单”, a list of files)", () => {
    expect(parse(runbook("文件清单")).phases.flatMap((x) => x.checklistItems)).toEqual([]);
  });
});

describe("a section named for taking the backup, between phases, is a phase", () => {
  // after 3090 (set 258: "## 3. Copia de seguridad de la base de datos" of prose and one bullet between "## 2. Preparar la
  // configuración" and "## 4. Desplegar", read as reference; both counters count it)
  const runbook = (name: string) =>
    lines(
      "# Salir a producción",
      "",
      "## 1. Preparar",
      "",
      "```bash",
      "make config",
      "```",
      "",
      `## 2. ${name}`,
      "",
      "Antes de desplegar, crea una rama de la base de producción.",
      "",
      "## 3. Desplegar",
      "",
      "```bash",
      "make deploy",
      "```",
      "",
      "## 4. Comprobar",
      "",
      "```bash",
      "make smoke",
      "```",
      "",
      "## 5. Avisar",
      "",
      "```bash",
      "make notify",
      "```",
    );

  it.each([["Copia de seguridad de la base de datos"], ["Database backup"], ["Sauvegarde de la base"], ["数据库备份"]])("“## 2. %s”", (name) => {
    expect(titles(parse(runbook(name)))).toContain(name);
  });

  it("a section of backups as a policy stays reference (“## 2. Backups”: 627, 782)", () => {
    expect(titles(parse(runbook("Backups")))).not.toContain("Backups");
  });
});

describe("a last section named for when the work is done holds its criteria, not a phase", () => {
  // after 3121 (set 261: "## 0. Environment and release-hygiene sweep" … "## 4. Import into Stream Designer", prose but "## 3.
  // Publish" over a fence, then "## 5. Done when" over one paragraph; both counters count the five checkpoints)
  const prose = (n: number, name: string) => [`## ${n}. ${name}`, "", `**Gather:** what ${name.toLowerCase()} needs. **Decide:** nothing.`, ""];
  it.each([["Done when"], ["Definition of done"]])("“## 5. %s”", (name) => {
    const parsed = parse(
      lines(
        "# Versioning and publishing",
        "",
        ...prose(0, "Sweep the environment"),
        ...prose(1, "Classify the bump"),
        ...prose(2, "Write the changelog"),
        "## 3. Publish",
        "",
        "```",
        "git tag v1.2.0 && git push --tags",
        "```",
        "",
        ...prose(4, "Import the catalog"),
        `## 5. ${name}`,
        "",
        "The tag is pushed and the registry lists the version.",
      ),
    );
    expect(titles(parsed)).toEqual(["Sweep the environment", "Classify the bump", "Write the changelog", "Publish", "Import the catalog"]);
    expect(JSON.stringify(parsed.phases)).toContain("The tag is pushed");
  });
});

describe("a rollback section that says there is none is no rollback", () => {
  // after 3094 (set 259: "## Rollback" › "There is none for step 3. Once promoted, returning … is a failback … with its own
  // runbook" and a link; both counters: no rollback)
  const runbook = (text: string) => lines("# Failover", "", ...WORK, "", "## Rollback", "", text, "", "See [failback.md](failback.md).");

  it("“There is none for step 3. …”", () => {
    expect(parse(runbook("There is none for step 3. Once promoted, returning is a failback with its own runbook.")).rollback).toBeNull();
  });

  it("one that names how stays the rollback (“Run `make rollback` to restore the previous release.”)", () => {
    expect(parse(runbook("Run `make rollback` to restore the previous release.")).rollback).not.toBeNull();
  });
});

// Round 25 (sets 264–266), measured on 7300004.

describe("the boxes of a rollback section before its first sub-section are items to tick", () => {
  // after 3182 (set 266: "## F. 롤백 계획" over two boxes, "---", then "### 주의" of warnings: the two boxes landed in the warnings'
  // notes as text; every box is an item wherever it stands, PRODUCT.md)
  const runbook = (between: string[]) =>
    lines(
      "# Release checklist",
      "",
      "## A. Before",
      "",
      "- [ ] Tests pass",
      "",
      "## B. Deploy",
      "",
      "- [ ] Upload `index.html`",
      "",
      "## C. Rollback plan",
      "",
      "- [ ] Revert to the previous commit in the GitHub history.",
      "- [ ] Keep the last good `index.html` locally.",
      "",
      ...between,
      "### Caution",
      "",
      "- Changing the storage key loses every user's progress.",
    );

  it.each([[["---", ""]], [[]]])("with %j between", (between) => {
    const parsed = parse(runbook(between));
    const items = (parsed.rollback?.phases ?? []).flatMap((x) => x.checklistItems.map((c) => c.text));
    expect(items).toEqual(["Revert to the previous commit in the GitHub history.", "Keep the last good `index.html` locally."]);
    expect(rollbackText(parsed)).toContain("storage key");
  });

  it("an intro of prose before the first sub-section still opens that sub-section (no phase of its own)", () => {
    const parsed = parse(
      lines(
        "# Deploy",
        "",
        ...WORK,
        "",
        "## Rollback",
        "",
        "Roll back in two steps.",
        "",
        "### 1. Stop",
        "",
        "```bash",
        "make stop",
        "```",
        "",
        "### 2. Restore",
        "",
        "```bash",
        "make restore",
        "```",
      ),
    );
    expect((parsed.rollback?.phases ?? []).map((x) => x.title)).toEqual(["Stop", "Restore"]);
  });
});

describe("an instruction that puts the old back, for the case that a rollback is needed, is the way back", () => {
  // after 3157 (set 264: "**Application rollback is not safe** after this migration. Restore from backup if rollback is
  // required." in a database operations guide; both counters)
  const runbook = (sentence: string) => lines("# Database operations", "", ...WORK, "", "## Session records", "", `The migration drops the legacy column. ${sentence}`);

  it.each([["Restore from backup if rollback is required."], ["Redeploy the previous image if a rollback is needed."], ["Revert the commit if you need to roll back."]])(
    "“%s”",
    (sentence) => {
      expect(rollbackText(parse(runbook(sentence)))).toContain(sentence);
    },
  );

  it("a restore for another case is no way back (“Restore from backup if the disk fails.”)", () => {
    expect(parse(runbook("Restore from backup if the disk fails.")).rollback).toBeNull();
  });
});
