// Kinds found in session 22 (sets 122–124 and their siblings in the corpus), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, rollbackText, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

function parse(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

describe("the last step of the work that opens by rolling back is the rollback, whatever its sentences go on to name", () => {
  // after 1471 ("4. To roll back: engines first, then the API. Only touch the schema if the notes say …")
  const upgrade = (last: string) =>
    lines(
      "# Runbook: cutting a release",
      "",
      "## Cutting a release",
      "",
      "1. Bump the version in every package.",
      "2. Tag the merge commit.",
      "",
      "## Upgrading",
      "",
      "1. Back up the database.",
      "2. Upgrade the API, then the engines.",
      `3. ${last}`,
    );

  it("“To roll back: engines first, then the API. Only touch the schema if the notes say …”", () => {
    const parsed = parse(upgrade("To roll back: engines first, then the API. Only touch the schema if the notes say the change is not backward-compatible."));
    expect(rollbackText(parsed)).toContain("engines first, then the API");
    expect(parsed.phases.at(-1)?.steps.map((s) => s.title)).toEqual(["Back up the database.", "Upgrade the API, then the engines."]);
  });

  it("a step about the rollback by its lead stays a step: “Rollback window: 30 minutes after the upgrade”", () => {
    const parsed = parse(upgrade("Rollback window: 30 minutes after the upgrade, then the old image is deleted."));
    expect(parsed.rollback).toBeNull();
    expect(parsed.phases.at(-1)?.steps).toHaveLength(3);
  });

  it("a step naming a choice between rolling back and fixing forward, by another document, is no rollback of its own", () => {
    // after 1047 ("5. Rollback/forward-fix theo runbook; ghi post-incident và regression test.")
    const parsed = parse(upgrade("Rollback/forward-fix per the release runbook; record the incident."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a clause that says what rolling back is, in passing, is the rollback where nothing else names one", () => {
  // after 1453 ("迁移只增不改不删，所以旧版本镜像也能跑在新库上，回滚就是换回旧 tag：`image: …:0.2.0`。"), 437 ("… — откат
  // это возврат DNS, полчаса.") and 733
  const withNote = (note: string) =>
    lines(
      "# Deploy",
      "",
      "## 1. Start",
      "",
      "```bash",
      "docker compose up -d",
      "```",
      "",
      "## 2. Upgrade",
      "",
      "```bash",
      "docker compose pull && docker compose up -d",
      "```",
      "",
      note,
    );

  it.each([
    ["Chinese", "迁移只增不改不删，所以旧版本镜像也能跑在新库上，回滚就是换回旧 tag：`image: ghcr.io/acme/crm:0.2.0`。"],
    ["Russian", "Старая машина остаётся поднятой — откат это возврат DNS, полчаса."],
    ["English", "Migrations only add columns, so rollback is just switching the image back to the previous tag."],
  ])("%s", (_, note) => {
    const parsed = parse(withNote(note));
    expect(rollbackText(parsed)).toContain(note.trim());
    expect(parsed.phases.at(-1)?.notes).not.toContain(note.trim());
  });

  it.each([
    ["what it costs", "Migrations only add columns; rollback is a last resort, agreed with the data owner."],
    ["that there is none", "Old images cannot read the new schema, so ロールバックはできない."],
    ["a migration run forward", "Migrations run on start; they only add, never drop."],
  ])("a clause about the rollback that does not say how (%s) stays the phase's notes", (_, note) => {
    const parsed = parse(withNote(note));
    expect(parsed.rollback).toBeNull();
    expect(parsed.phases.at(-1)?.notes).toContain(note.trim());
  });
});

describe("a line of a paragraph labelled as the rollback is the rollback", () => {
  // after 839 ("Merging to `main` deploys automatically … \n Rollback: Vercel dashboard → Deployments → promote a previous one.")
  it("“Rollback: …” as the last line of a paragraph in a phase", () => {
    const parsed = parse(
      lines(
        "# Releasing",
        "",
        "## 1. Web",
        "",
        "Merging to `main` deploys automatically. Before merging a feature branch,",
        "CI must be green.",
        "Rollback: Vercel dashboard → Deployments → promote a previous one.",
        "",
        "## 2. iOS",
        "",
        "1. Archive the build",
        "2. Upload it to TestFlight",
      ),
    );
    expect(rollbackText(parsed)).toContain("promote a previous one");
    expect(parsed.phases[0]?.notes).toContain("CI must be green.");
    expect(parsed.phases[0]?.notes).not.toContain("Rollback:");
  });

  it("a line about the rollback by its label stays where it is: “Rollback window: 30 minutes.”", () => {
    const parsed = parse(
      lines("# Releasing", "", "## 1. Web", "", "Merging to `main` deploys automatically.", "Rollback window: 30 minutes.", "", "## 2. iOS", "", "1. Archive the build"),
    );
    expect(parsed.rollback).toBeNull();
  });
});

describe("a numbered list of items named in bold over their bullets is the phases", () => {
  // after 1468 ("## Plano" › "1) **Preparação**" over bullets, "2) **Job Equivalente no Kestra**" … "5) **Monitoramento**")
  it("“1) **Preparação**” … each over two or more bullets: a phase each", () => {
    const parsed = parse(
      lines(
        "# Migração para Produção",
        "",
        "## Objetivo",
        "Trocar o orquestrador.",
        "",
        "## Plano",
        "1) **Preparação**",
        "   - Extrair a lógica de fila para a API.",
        "   - Definir contratos HTTP estáveis.",
        "",
        "2) **Testes Paralelos**",
        "   - Rodar os dois em paralelo.",
        "   - Validar consistência e tempos.",
        "",
        "3) **Cutover Gradual**",
        "   - 10% → 50% → 100% do tráfego.",
        "   - Monitorar erros a cada etapa.",
      ),
    );
    expect(titles(parsed)).toEqual(["Preparação", "Testes Paralelos", "Cutover Gradual"]);
  });

  it("items that are steps with a bold lead and details stay the steps of one phase", () => {
    const parsed = parse(
      lines(
        "# Deploy",
        "",
        "1. **Update the server** and restart it",
        "   - `git pull`",
        "   - `systemctl restart app`",
        "2. **Check the health endpoint** returns 200",
        "   - `curl -f https://example.com/health`",
        "   - look at the logs",
      ),
    );
    expect(parsed.phases).toHaveLength(1);
    expect(parsed.phases[0]?.steps).toHaveLength(2);
  });
});

describe("what must hold first, named as prerequisites with another word or as what you need", () => {
  // after 1487 and 863 ("## Prerequisites & access"), 1500 ("## Prasyarat"), 1508 ("## Что нужно до начала"), 312 ("Czego
  // potrzebujesz"); things to prepare ("준비물", "事前にそろえるもの": 649) name a preparation, not this list
  const withLabel = (name: string) =>
    lines(
      `# Runbook`,
      "",
      `## ${name}`,
      "",
      "- A verified backup",
      "- Access to the production host",
      "",
      "## 1. Deploy",
      "",
      "1. Deploy the build",
      "",
      "## 2. Verify",
      "",
      "1. Run the smoke tests",
    );

  it.each([
    "Prerequisites & access",
    "Prerequisites and permissions",
    "Prasyarat",
    "Persyaratan",
    "What you need",
    "What you'll need",
    "Что нужно до начала",
    "Что понадобится",
    "필요한 것",
    "必要なもの",
    "Czego potrzebujesz",
    "Was du brauchst",
    "Ce dont vous avez besoin",
    "Qué necesitas",
    "O que você precisa",
  ])("“## %s” over bullets: a checklist of what must hold first", (name) => {
    const parsed = parse(withLabel(name));
    expect(parsed.phases.flatMap((p) => p.checklistItems.map((c) => c.text))).toEqual(["A verified backup", "Access to the production host"]);
  });

  it.each(["Setup Requirements", "Resource Requirements", "Access", "Before you start", "준비물", "事前にそろえるもの"])(
    "“## %s” is no such label: its bullets stay notes",
    (name) => {
      const parsed = parse(withLabel(name));
      expect(parsed.phases.flatMap((p) => p.checklistItems)).toEqual([]);
    },
  );
});

describe("French names the way back with its verb", () => {
  // after 1497 ("## Revenir en arrière": remove the custom domain on the new repository, put it back on the old one)
  it.each(["Revenir en arrière", "Revenir à la version précédente", "Revenir à l’ancien site"])("“## %s” is the rollback", (name) => {
    const parsed = parse(
      lines(
        "# Bascule",
        "",
        "## 1. Basculer",
        "",
        "1. Retirer le domaine de l'ancien dépôt",
        "",
        "## 2. Vérifier",
        "",
        "1. Ouvrir le site",
        "",
        `## ${name}`,
        "",
        "1. Remettre le domaine sur l'ancien dépôt",
      ),
    );
    expect(rollbackText(parsed)).toContain("Remettre le domaine");
    expect(titles(parsed)).toEqual(["Basculer", "Vérifier"]);
  });
});

describe("a failure label whose value rolls back, in a step's text, is the rollback", () => {
  // after 1494 ("### Step 4: Deploy Freeside with Dual Keys" › a fence, a paragraph, "**Failure mode:** Deploy fails -> rollback
  // via `--stage rollback`. Old key still active."; the other steps' failure modes say to install or retry)
  const rotation = (failure: string) =>
    lines(
      "# Key Rotation Runbook",
      "",
      "## Normal Rotation Procedure",
      "",
      "### Step 1: Generate the new key",
      "",
      "```bash",
      "openssl ecparam -name prime256v1 -genkey -noout -out new-key.pem",
      "```",
      "**Failure mode:** OpenSSL not installed -> install via package manager.",
      "",
      "### Step 2: Deploy with dual keys",
      "",
      "```bash",
      "./scripts/rotate-keys.sh --stage deploy-dual",
      "```",
      "This deploys both keys.",
      "",
      failure,
      "",
      "## Verification",
      "",
      "1. Check the JWKS endpoint lists both keys",
    );

  it("“**Failure mode:** Deploy fails -> rollback via `--stage rollback`.”", () => {
    const parsed = parse(rotation("**Failure mode:** Deploy fails -> rollback via `--stage rollback`. Old key still active."));
    expect(rollbackText(parsed)).toContain("rollback via `--stage rollback`");
    expect(parsed.phases[0]?.steps.map((s) => s.text).join("\n")).not.toContain("--stage rollback");
  });

  it("a failure mode that says to retry or fix stays the step's text", () => {
    const parsed = parse(rotation("**Failure mode:** Deploy fails -> retry the deploy after checking the logs."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("sets 127–128: the rollback named after a comma or in German, a paragraph putting back to the last good point", () => {
  const withLast = (name: string, body = "1. Deploy the previous image") =>
    lines("# Deploy", "", "## First time on the instance", "", "1. Run bootstrap.sh", "", "## Backups", "", "1. Check the nightly dump", "", `## ${name}`, "", body);

  it.each(["Redeploy, rollback", "Deploy, verify, rollback", "Zurück", "Zurückrollen"])("“## %s” is the rollback", (name) => {
    // after 1512 ("## Redeploy, rollback": deploy.sh --rollback) and 1519 ("## Zurück": restore the pre-deploy dump)
    const parsed = parse(withLast(name));
    expect(rollbackText(parsed)).toContain("Deploy the previous image");
  });

  it("“## Redeploy, rollback window” is about the rollback: no rollback", () => {
    expect(parse(withLast("Redeploy, rollback window", "1. Keep the old image for a day")).rollback).toBeNull();
  });

  it("a paragraph opening by rolling back to the last verified release is the rollback", () => {
    // after 1526 ("Rollback to the last verified release/manifest when dependency recovery does not restore readiness …")
    const note = "Rollback to the last verified release/manifest when dependency recovery does not restore readiness inside the SLO window.";
    const parsed = parse(
      lines("# Runbook", "", "## 1. Alert response", "", "1. Pause submissions", "2. Compare provider health", "", note, "", "## 2. Drill", "", "1. Record the times"),
    );
    expect(rollbackText(parsed)).toContain(note);
  });
});

describe("a prerequisites label with a long gloss keeps its gloss and labels its list", () => {
  // after 1512 ("**Owner preconditions** (technical-plan TKT-27, EXE52):" over six bullets)
  it("“**Owner preconditions** (technical-plan TKT-27, EXE52):” over bullets: six items, the label line kept in the notes", () => {
    const parsed = parse(
      lines(
        "# Deploy",
        "",
        "## First time on the instance",
        "",
        "**Owner preconditions** (technical-plan TKT-27, EXE52):",
        "",
        "- the instance and its block volume;",
        "- the domain's A record pointing at the instance;",
        "",
        "```sh",
        "./bootstrap.sh",
        "```",
        "",
        "## Redeploy",
        "",
        "1. Run deploy.sh",
      ),
    );
    expect(parsed.phases[0]?.checklistItems.map((c) => c.text)).toEqual(["the instance and its block volume;", "the domain's A record pointing at the instance;"]);
    expect(parsed.phases[0]?.notes).toContain("(technical-plan TKT-27, EXE52)");
  });
});

describe("sets 129–130: a glossed rollback step, a rollback label of a few words, a Romance clause", () => {
  it("the last step of a phase “**回滚**（如有问题）：…” — rollback, if there is a problem — is the rollback", () => {
    // after 1537 (step 8 of the Windows upgrade, before the Linux and WSL sections)
    const parsed = parse(
      lines(
        "# 升级指南",
        "",
        "## 一、Windows",
        "",
        "1. **备份**：复制 `backend\\app`。",
        "2. **启动**：点「启动」。",
        "3. **回滚**（如有问题）：停止项目 → 用备份的旧 `backend\\app` 覆盖回去 → 启动。",
        "",
        "## 二、Linux",
        "",
        "1. 运行 `deploy/install.sh`",
        "2. 检查日志",
      ),
    );
    expect(rollbackText(parsed)).toContain("覆盖回去");
  });

  it("a paragraph led by a label of a few words opening with a rollback word: “Откат при сбое без тегов: …”", () => {
    // after 1556 ("Откат при сбое без тегов: предыдущий рабочий коммит + `./deploy/deploy.sh`, либо ночной бэкап")
    const note = "Откат при сбое без тегов: предыдущий рабочий коммит + `./deploy/deploy.sh`, либо ночной бэкап.";
    const parsed = parse(lines("# Регламент", "", "## 1. Установка", "", "1. Клонировать репозиторий", "", "## 2. Обновление", "", "1. Запустить `./deploy.sh`", "", note));
    expect(rollbackText(parsed)).toContain(note);
  });

  it("a label about the rollback stays where it is: “Rollback tested on staging: yes, last week.”", () => {
    const parsed = parse(lines("# Deploy", "", "## 1. Deploy", "", "1. Run deploy.sh", "", "Rollback tested on staging: yes, last week.", "", "## 2. Verify", "", "1. Smoke test"));
    expect(parsed.rollback).toBeNull();
  });

  it("“Voltar atrás é reverter a regra na CDN.” in a phase's notes is the rollback", () => {
    // after 1540 (its intro: going back is reverting the rule on the CDN)
    const note = "Uma CDN fica na frente dos dois sites. Voltar atrás é reverter a regra na CDN.";
    const parsed = parse(lines("# Virada", "", "## 1. Preparar", "", "1. Criar a regra na CDN", "", "## 2. Virar", "", "1. Ativar a regra", "", note));
    expect(rollbackText(parsed)).toContain(note);
  });
});
