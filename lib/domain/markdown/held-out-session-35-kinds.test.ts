// Kinds found in session 35 (round 21's first-run misses, sets 240–245, with their siblings in the corpus's other
// languages), each as a small document of its own: what a lead expects, and that the import is sound (every line placed,
// export → import the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;

describe("a Japanese section named for going back is the rollback", () => {
  // after 2868 (set 240: "### 戻すとき" — when going back — and "## 想定外だったときの戻し方" — how to go back when the
  // unexpected happens —, both read as steps of the work where both counters read the rollback)
  it.each([["想定外だったときの戻し方"], ["戻すとき"], ["データを戻す場合"], ["リリースを戻したいとき"]])("“## %s” over a fence that puts the old build back", (name) => {
    const parsed = parse(lines("# 本番反映手順", "", ...WORK, "", `## ${name}`, "", "```bash", "git checkout v1.2.0 && make deploy", "```"));
    expect(JSON.stringify(parsed.rollback)).toContain("git checkout v1.2.0");
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
  });

  it("a name that only ends like one is no rollback (“## やり方”, how to do it)", () => {
    const parsed = parse(lines("# 本番反映手順", "", ...WORK, "", "## やり方", "", "```bash", "make deploy", "```"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a bullet labelled with the case of going back and a comma is the way back", () => {
  // after 2875 (set 241: "- 直前イメージへ戻す場合は、デプロイ前に保存したDockerイメージタグを再起動する。" — to go back to the
  // previous image, restart the tag saved before the deploy — among an incident section's bullets; the label rule wanted a
  // colon)
  const runbook = (bullet: string) =>
    lines("# 運用マニュアル", "", "## 1. リリース", "", "```bash", "make release", "```", "", "## 2. 障害対応", "", "- ログを確認する。", `- ${bullet}`, "- 連絡する。", "");

  it.each([
    ["直前イメージへ戻す場合は、デプロイ前に保存したイメージタグで再起動する。", "保存したイメージタグ"],
    ["戻す場合は、`docker compose up -d app:previous` を実行する。", "app:previous"],
    ["回滚时，执行 `helm rollback web`。", "helm rollback web"],
    ["되돌리려면, `kubectl rollout undo deploy/web` 를 실행한다.", "rollout undo"],
  ])("“%s”", (bullet, how) => {
    const parsed = parse(runbook(bullet));
    expect(rollbackText(parsed)).toContain(how);
  });

  it("a comma after another word is no such label (“障害の場合は、ログを確認する”)", () => {
    const parsed = parse(runbook("障害の場合は、まずログを確認する。"));
    expect(parsed.rollback).toBeNull();
  });
});

describe("“when something goes wrong” in the Romance languages names the way back, as “if something goes wrong” does", () => {
  // after 2918 (set 244: "## Quando algo correr mal" over four steps, the second "fazer rollback para o deployment anterior",
  // read as a phase of a maintenance plan where both counters read its rollback)
  const runbook = (name: string, step: string) => lines("# Plano", "", ...WORK, "", `## ${name}`, "", "1. Confirmar nos logs.", `2. ${step}`, "3. Avisar a equipa.");

  it.each([
    ["Quando algo correr mal", "Publicar de novo a versão estável."],
    ["Quando algo sair mal", "Publicar de novo a versão estável."],
    ["Cuando algo sale mal", "Publicar de nuevo la versión estable."],
    ["Quand quelque chose tourne mal", "Republier la version stable."],
    ["Quando qualcosa va storto", "Ripubblicare la versione stabile."],
  ])("“## %s”", (name, step) => {
    const parsed = parse(runbook(name, step));
    expect(parsed.rollback?.phases.map((p) => p.title)).toEqual([name]);
    expect(titles(parsed)).toEqual(["Build", "Deploy", "Verify"]);
  });

  it("such a section made of cases is troubleshooting, not the rollback (“## Quando algo correr mal” over ### symptoms)", () => {
    // (1510: "### O PIX sumiu", "### Os pedidos não chegam na planilha" …, its counter's no rollback)
    const parsed = parse(
      lines(
        "# Manual",
        "",
        ...WORK,
        "",
        "## Quando algo correr mal",
        "",
        "### O PIX sumiu",
        "",
        "A variável está vazia na Vercel. Preencha e dê Redeploy.",
        "",
        "### Os pedidos não chegam",
        "",
        "Confira que o segredo é idêntico ao do script.",
      ),
    );
    expect(parsed.rollback).toBeNull();
  });
});

describe("a table of symptoms under the time of a failure is troubleshooting unless a remedy names the rollback", () => {
  // after 2912 (set 244: "## 7. En cas de problème" over "| Symptôme | Piste |", one remedy "… avant restore → refaire")
  // and 2919 ("## 7. 문제가 생기면" over "| 증상 | 조치 |" of restarts), each read as the rollback where both counters read none
  const runbook = (name: string, header: string, rows: string[]) => lines("# Exploitation", "", ...WORK, "", `## ${name}`, "", header, "|---|---|", ...rows);

  it.each([
    [
      "7. En cas de problème",
      "| Symptôme | Piste |",
      ["| API ne démarre pas | `docker logs api` |", "| `database is locked` | API pas arrêtée avant restore → refaire |", "| Backup absent | lancer `backup.sh` |"],
    ],
    ["障害時", "| 症状 | 対処 |", ["| 起動しない | ログを確認 |", "| 遅い | 再起動 |", "| 表示が古い | キャッシュを削除し元に戻す |"]],
  ])("“## %s” is no rollback", (name, header, rows) => {
    const parsed = parse(runbook(name, header, rows));
    expect(parsed.rollback).toBeNull();
  });

  it("nor is one between phases, taken in as its phase's last step (“## 3. 문제가 생기면” over “| 증상 | 조치 |”)", () => {
    const parsed = parse(
      lines(
        "# 키오스크 운영",
        "",
        "## 1. 설치",
        "",
        "1. 폴더를 복사한다",
        "2. 실행한다",
        "",
        "## 2. 아침 점검",
        "",
        "1. 켠다",
        "2. 확인한다",
        "",
        "## 3. 문제가 생기면",
        "",
        "| 증상 | 조치 |",
        "|---|---|",
        "| 화면이 멈췄다 | 강제 초기화 |",
        "| 검은 창이 닫혔다 | 다시 실행 |",
        "",
        "## 4. 종료 절차",
        "",
        "1. 끈다",
        "2. 정리한다",
      ),
    );
    expect(parsed.rollback).toBeNull();
  });

  it("a remedy that names the rollback keeps the section the way back", () => {
    // (2873's row: "Cloudflare Pages의 이전 배포로 되돌리기(Rollback)")
    const parsed = parse(runbook("7. 문제가 생기면", "| 증상 | 조치 |", ["| 화면이 멈췄다 | 강제 초기화 |", "| 배포 후 큰 문제 | 이전 배포로 되돌리기(Rollback) |"]));
    expect(rollbackText(parsed)).toContain("되돌리기");
  });
});

describe("a failover runbook's restore is its work, not a rollback", () => {
  // after 2930 (set 245: "# Runbook — Postgres HA Failover" › "## Plan C — Restore depuis WAL archive" over "**Restore
  // (exemple Forge) :**" and its fence, read as the rollback where both counters read none)
  const runbook = (title: string) =>
    lines(
      `# ${title}`,
      "",
      "## Plan A — Opération normale",
      "",
      "```bash",
      "patronictl list",
      "```",
      "",
      "## Plan B — Failover",
      "",
      "```bash",
      "patronictl failover --candidate node2",
      "```",
      "",
      "## Plan C — Restore depuis WAL archive",
      "",
      "**Restore (exemple Forge) :**",
      "",
      "```bash",
      "pgbackrest restore --stanza=forge",
      "```",
    );

  it.each([["Runbook — Postgres HA Failover"], ["Fail-over runbook"], ["Database failover"]])("“# %s”", (title) => {
    const parsed = parse(runbook(title));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a symptom table's remedy that puts the previous release back is the way back", () => {
  // after 2961 (set 248: "## If something goes wrong" over "| Problem | Do this |", one row "Vercel → Deployments → the
  // previous one → Promote to Production", read as troubleshooting by round 21's symptom-table rule where both counters read
  // the rollback)
  const runbook = (name: string, header: string, rows: string[]) => lines("# Launch day", "", ...WORK, "", `## ${name}`, "", header, "|---|---|", ...rows);

  it.each([
    [
      "If something goes wrong",
      "| Problem | Do this |",
      ["| A typo in the content | Fix it in the CMS and publish |", "| The new deployment is broken | Deployments → the previous one → **Promote to Production** |"],
    ],
    ["Si algo va mal", "| Síntoma | Qué hacer |", ["| Un error de texto | Corregir en el CMS |", "| El despliegue nuevo falla | Volver a la versión anterior desde el panel |"]],
    ["문제가 생기면", "| 증상 | 조치 |", ["| 오타 | CMS에서 수정 |", "| 새 배포가 깨짐 | 이전 배포를 다시 활성화 |"]],
  ])("“## %s”", (name, header, rows) => {
    const parsed = parse(runbook(name, header, rows));
    expect(parsed.rollback).not.toBeNull();
  });

  it("a remedy that only looks at the previous commit is no way back (“直前のコミットを確認する”)", () => {
    // (1464: "| Test が失敗 | 集計ロジックの変更ミス | 直前のコミットを確認する |", its counter's no rollback)
    const parsed = parse(runbook("障害時", "| 症状 | 対処 |", ["| Test が失敗 | 直前のコミットを確認する |", "| push が 403 | 権限を確認する |"]));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a table row named the rollback, saying how, is the way back", () => {
  // after 3000 (set 251: "## Post-Deploy Operations" over "| Action | What it does |" and "| **Rollback** | Restores a
  // previous deployment's Docker image |", the guide's only way back, missed where both counters read it)
  const runbook = (header: string, rows: string[]) => lines("# One-click deploy", "", ...WORK, "", "## Operations", "", header, "|---|---|", ...rows);

  it.each([
    [
      "| Action | What it does |",
      ["| **Redeploy** | Pulls the latest code and rebuilds |", "| **Rollback** | Restores a previous deployment's Docker image |"],
      "previous deployment",
    ],
    ["| Acción | Qué hace |", ["| Reiniciar | Reinicia el contenedor |", "| Revertir | Vuelve a publicar la imagen anterior |"], "imagen anterior"],
    ["| 操作 | 说明 |", ["| 重启 | 重启容器 |", "| 回滚 | 重新部署上一个版本的镜像 |"], "上一个版本"],
  ])("“%s”", (header, rows, how) => {
    const parsed = parse(runbook(header, rows));
    expect(rollbackText(parsed)).toContain(how);
  });

  it("not one that sends the reader to another document (“manual via [rollback.md](rollback.md)”)", () => {
    // (393's meta table, its counter's no rollback)
    const parsed = parse(runbook("| Field | Value |", ["| **Risk** | Medium |", "| **Rollback** | Automatic on failure; manual via [rollback.md](rollback.md) |"]));
    expect(parsed.rollback).toBeNull();
  });

  it("nor one of a go / no-go table's checks (“| 检查项 | Go 证据 |” over “| 回退 | 已计算最晚回退时间 |”)", () => {
    // (1235, its counter's no rollback)
    const parsed = parse(runbook("| 检查项 | Go 证据 |", ["| 备份 | 可恢复 |", "| 回退 | 已计算最晚回退时间，旧系统仍可启动 |"]));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a runbook whose whole work is one list of four steps is three stages, not two", () => {
  // after 2876 (set 241: "## 升级步骤" over four numbered steps — back up, download, install, verify) and 2963 (set 248: four
  // numbered Compose steps), read as two stages where both counters of each read three or four; over the corpus, the counts
  // of the 20 such lists accept three stages for 18 and two for 14 (one-list-stages.ts)
  it("“1. Back up … 4. Verify” is three stages: the first two steps, then one each", () => {
    const parsed = parse(lines("# 升级指南", "", "## 升级步骤", "", "1. 备份数据", "2. 下载新版本", "3. 覆盖安装", "4. 验证服务"));
    expect(parsed.phases.map((p) => p.steps.length)).toEqual([2, 1, 1]);
    expect(parsed.phases.at(-1)?.steps[0]?.title).toContain("验证服务");
    expect(parsed.warnings.join("\n")).toContain("one list of 4 steps: imported as 3 stages of one or two steps each");
  });

  it("three steps stay two stages", () => {
    const parsed = parse(lines("# Upgrade", "", "## Steps", "", "1. Back up the database", "2. Pull the new image", "3. Restart and check"));
    expect(parsed.phases).toHaveLength(2);
  });
});

describe("a sentence for the case of going back to the previous version, and how, is the way back", () => {
  // after 2973 (set 249: "… Então **caso você tenha tido algum problema** e precise voltar o módulo para uma versão anterior a
  // atualização, basta desativar a versão 2.x e **reenviar os arquivos da versão originalmente em uso**." in the notes under
  // the old tables, the module upgrade's only way back, missed where both counters read it)
  const runbook = (paragraph: string) =>
    lines(
      "# Atualização",
      "",
      "## 1. Configuração",
      "",
      "1. Ativar o módulo",
      "2. Configurar",
      "",
      "## 2. Verificar",
      "",
      "1. Verificar tudo",
      "2. Conferir as notas",
      "",
      paragraph,
    );

  it.each([
    [
      "As tabelas antigas ficam intactas. Então **caso você tenha tido algum problema** e precise voltar o módulo para uma versão anterior, basta desativar a versão 2.x e reenviar os arquivos.",
    ],
    ["The old tables stay. If you need to go back to the previous version, deactivate 2.x and upload the old files."],
    ["Las tablas quedan. Si necesitas volver a la versión anterior, desactiva la 2.x y sube los archivos antiguos."],
    ["Les tables restent. S'il faut revenir à la version précédente, désactivez la 2.x et renvoyez les anciens fichiers."],
  ])("“%s”", (paragraph) => {
    const parsed = parse(runbook(paragraph));
    expect(parsed.rollback?.phases[0]?.notes).toContain(paragraph.split(". ").at(-1)?.slice(0, 20));
  });

  it("going back somewhere that is no earlier version is no rollback (“If you need to go back to the dashboard, click Home.”)", () => {
    const parsed = parse(runbook("If you need to go back to the dashboard, click Home."));
    expect(parsed.rollback).toBeNull();
  });
});

describe("a bullet labelled as going back to the previous deploy, wrapped over two lines, is the way back", () => {
  // after 2954 (set 247: "- **Voltar um deploy:** Deployments → deploy anterior → **Instant Rollback**." over "  O banco
  // não volta, e não precisa …", among the day-to-day bullets; the label was no rollback name, and an item had to end on its
  // line)
  const runbook = (bullet: string[]) =>
    lines(
      "# Implantação",
      "",
      "## 1. Build",
      "",
      "1. Rodar o build",
      "2. Conferir os testes",
      "",
      "## 2. Deploy",
      "",
      "1. Fazer o merge",
      "2. Conferir o site",
      "",
      "Operação:",
      "",
      "- **Erros:** ver os logs.",
      ...bullet,
      "- **Custos:** plano gratuito.",
    );

  it.each([
    [["- **Voltar um deploy:** Deployments → deploy anterior → **Instant Rollback**.", "  O banco não volta, e não precisa."]],
    [["- **Volver a la versión anterior:** Deployments → el despliegue anterior →", "  **Promote to Production**."]],
    [["- **Rollback:** Deployments → the previous deployment →", "  **Promote to Production**."]],
  ])("%j", (bullet) => {
    const parsed = parse(runbook(bullet));
    expect(rollbackText(parsed)).toContain(bullet[1]?.trim());
  });

  it("a label that goes back to somewhere else is no rollback (“**Voltar ao início:** …”)", () => {
    const parsed = parse(runbook(["- **Voltar ao início:** abrir a página inicial", "  do painel."]));
    expect(parsed.rollback).toBeNull();
  });
});
