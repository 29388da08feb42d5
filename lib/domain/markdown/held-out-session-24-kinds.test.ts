// Kinds found in session 24 (sets 143–146 and their siblings in the corpus), each as a small document of its own: what a
// lead expects, and that the import is sound (every line placed, export → import the identity).
import { describe, expect, it } from "vitest";
import { expectSound, lines, titles } from "./kinds-test-support";
import { parseRunbookMarkdown } from "./parse-runbook";

function parse(source: string) {
  const parsed = parseRunbookMarkdown(source);
  expectSound(source, parsed);
  return parsed;
}

describe("in a runbook written in a Romance language, a section named by an infinitive in -er or -re alone is an action", () => {
  // after 1711 ("## 1. Detectar" … "## 2. Conter" … "## 6. Aprender", six sections of bullets: "Conter" and
  // "Aprender" had been read as reference and folded into the phase before them, both counters counting six phases)
  const response = (contain: string, learn: string) =>
    lines(
      "# Runbook · Resposta a incidente",
      "",
      "## 1. Detectar",
      "",
      "- Sentry (erro de aplicação).",
      "- `/api/health` (banco, fila parada e taxa de falha de mensagem). Leia o corpo, não só o código.",
      "- Aviso externo de um cliente, de um parceiro ou de um pesquisador de segurança.",
      "",
      `## 2. ${contain}`,
      "",
      "- Chave comprometida: revogar no painel e trocar a variável de ambiente.",
      "- **Nunca apague evidência** — a investigação depende disso.",
      "",
      "## 3. Avaliar",
      "",
      "- Quais tenants foram afetados: ajuste a janela e a tabela conforme o incidente.",
      "- Categoria de dado: comum, sensível ou financeiro? Sensível e financeiro exigem comunicação mais rápida.",
      "",
      "## 4. Corrigir",
      "",
      "- Patch e teste de regressão, nunca só o patch.",
      "",
      `## 5. ${learn}`,
      "",
      "- Post-mortem sem culpa em 5 dias úteis, publicado internamente.",
    );

  it("Portuguese: “2. Conter” and “5. Aprender” between “Detectar”, “Avaliar” and “Corrigir”", () => {
    expect(titles(parse(response("Conter", "Aprender")))).toEqual(["Detectar", "Conter", "Avaliar", "Corrigir", "Aprender"]);
  });

  it("French: “Sauvegarder”, “Déployer” and “Nettoyer” in a French runbook", () => {
    const source = lines(
      "# Mise en production",
      "",
      "## 1. Sauvegarder",
      "",
      "```bash",
      "pg_dump -Fc app > app-avant-mise-en-production.dump",
      "```",
      "",
      "- Garder une copie de la sauvegarde hors du serveur pour le retour arrière.",
      "",
      "## 2. Préparer",
      "",
      "- Prévenir les utilisateurs de la coupure et de sa durée.",
      "",
      "## 3. Déployer",
      "",
      "```bash",
      "git push production main",
      "```",
      "",
      "- Le pipeline de production part de la branche principale et dure une dizaine de minutes.",
      "",
      "## 4. Vérifier",
      "",
      "- Les pages principales répondent et les journaux sont propres.",
      "",
      "## 5. Nettoyer",
      "",
      "- Supprimer les anciennes images et les copies temporaires de la base.",
    );
    expect(titles(parse(source))).toEqual(["Sauvegarder", "Préparer", "Déployer", "Vérifier", "Nettoyer"]);
  });

  it("an English word in -er is no action in an English runbook: “Cluster” between steps stays reference", () => {
    const source = lines(
      "# Upgrade the cluster",
      "",
      "## 1. Drain",
      "",
      "- Drain the first node and wait for the pods to move.",
      "",
      "## 2. Upgrade",
      "",
      "- Upgrade the node image and uncordon it.",
      "",
      "## 3. Cluster",
      "",
      "- The cluster has three nodes in two zones; the control plane is managed.",
      "",
      "## 4. Verify",
      "",
      "- Every node reports Ready and the workloads are healthy.",
      "",
      "## 5. Monitor",
      "",
      "- Watch the error rate for an hour.",
    );
    expect(titles(parse(source))).toEqual(["Drain", "Upgrade", "Verify", "Monitor"]);
  });
});

describe("a check named in French with its accent (“Vérification”, “Vérifier”) is a check, as “Verificação” is", () => {
  // after 1626 ("## 3. Déployer" … ) and the French documents whose "Vérif…" headings went unread: VERIFICATION_TITLE_RE
  // knew "verif" only without the accent
  it("“## Vérification” over a curl fence after the phases is a phase of its own, not the last phase's notes", () => {
    const source = lines(
      "# Migrate the database",
      "",
      "## Procedure",
      "",
      "### Step 1: Back up",
      "",
      "```bash",
      "pg_dump -Fc app > app.dump",
      "```",
      "",
      "### Step 2: Migrate",
      "",
      "```bash",
      "npm run migrate",
      "```",
      "",
      "## Vérification",
      "",
      "```bash",
      "curl -fsS https://app.example.com/health",
      "```",
    );
    expect(titles(parse(source))).toEqual(["Back up", "Migrate", "Vérification"]);
  });
});

describe("a check's name with a calendar date is the record of a check made that day, not a phase", () => {
  // after 1515 ("## Vérification du 2026-10-04": "Sauvegarde puis restauration de test faites …", a paragraph after the
  // restore sections, both counters counting two or three phases)
  const restore = (heading: string) =>
    lines(
      "# Back up and restore the Open WebUI volume",
      "",
      "## Back up",
      "",
      "```bash",
      "docker run --rm -v open-webui:/data -v $PWD:/backup alpine tar czf /backup/webui.tgz /data",
      "```",
      "",
      "## Restore",
      "",
      "1. Stop the container.",
      "2. Extract the archive into the volume.",
      "3. Start the container and sign in.",
      "",
      `## ${heading}`,
      "",
      "Backup then test restore done, the accounts and chats were all there.",
    );

  for (const heading of ["Verification of 2026-10-04", "Vérification du 2026-10-04", "Verified 04.10.2026"]) {
    it(`“## ${heading}” is the last phase's notes`, () => {
      const parsed = parse(restore(heading));
      expect(titles(parsed)).toEqual(["Back up", "Restore"]);
      expect(parsed.phases[1]?.notes).toContain("test restore done");
    });
  }

  it("“## Verification” with no date is a check to make: a phase", () => {
    expect(titles(parse(restore("Verification")))).toEqual(["Back up", "Restore", "Verification"]);
  });
});

describe("a section labelled as an alternative way of doing the work, after the work, is not a phase of it", () => {
  // after 1704 ("## 別案: 推論サーバー1台だけで運用する" — "alternative: run with one inference server only" — a set-up of
  // its own with a bash fence after the troubleshooting, read as a fifth phase where the counter counted four)
  const guide = (heading: string, command: string) =>
    lines(
      "# Deploy (Vercel + inference server)",
      "",
      "## Steps",
      "",
      "### 1. Prepare the inference server",
      "",
      "```bash",
      "docker compose up -d inference",
      "```",
      "",
      "### 2. Expose it through a tunnel",
      "",
      "```bash",
      "cloudflared tunnel run inference",
      "```",
      "",
      "### 3. Check it works",
      "",
      "- The search page answers with AI results.",
      "",
      "## Troubleshooting",
      "",
      "- A fallback banner means the tunnel is down: restart it.",
      "",
      `## ${heading}`,
      "",
      "```bash",
      command,
      "```",
    );

  for (const heading of ["別案: 推論サーバー1台だけで運用する", "代替案：サーバー1台で運用する", "대안: 서버 한 대로 배포"]) {
    it(`“## ${heading}” is kept as text, not made a phase`, () => {
      const parsed = parse(guide(heading, "docker compose -f single.yml up -d"));
      expect(titles(parsed)).toEqual(["Prepare the inference server", "Expose it through a tunnel", "Check it works"]);
    });
  }

  it("so is an English one: “## Alternative: run everything on one server”", () => {
    const parsed = parse(guide("Alternative: run everything on one server", "docker compose -f single.yml up -d"));
    expect(titles(parsed)).toEqual(["Prepare the inference server", "Expose it through a tunnel", "Check it works"]);
  });

  it("a section after the work named by its action without the label is still a phase: “## Run the smoke tests”", () => {
    const parsed = parse(guide("Run the smoke tests", "npm run smoke"));
    expect(titles(parsed)).toEqual(["Prepare the inference server", "Expose it through a tunnel", "Check it works", "Run the smoke tests"]);
  });
});

describe("an unlabelled fence that draws a directory tree is a picture to read, as a `text` fence is, not work", () => {
  // after 1748 ("## 0. Data layout" over a tree of the data directory, before "## 1. Source host: stop …" … "## 4. Central
  // host: …" of sh fences: the layout is the context, four to six phases counted) and 374 (a box-drawing fence)
  const migration = (fence: string[]) =>
    lines(
      "# Move the data directory to the central host",
      "",
      "## 0. Data layout",
      "",
      "```",
      ...fence,
      "```",
      "",
      "## 1. Source host: stop",
      "",
      "```sh",
      "systemctl stop app",
      "```",
      "",
      "## 2. Source host: archive",
      "",
      "```sh",
      "tar czf data.tgz -C /srv data",
      "```",
      "",
      "## 3. Transfer",
      "",
      "```sh",
      "scp data.tgz central:/tmp/",
      "```",
      "",
      "## 4. Central host: extract and start",
      "",
      "```sh",
      "tar xzf /tmp/data.tgz -C /srv && systemctl start app",
      "```",
    );

  it("the tree before the work is its context: four phases, the layout in the preamble", () => {
    const parsed = parse(migration(["data/", "├── app.db", "├── schemas/", "│   └── orders.yaml", "└── uploads/"]));
    expect(titles(parsed)).toEqual(["Source host: stop", "Source host: archive", "Transfer", "Central host: extract and start"]);
    expect(parsed.preamble).toContain("├── app.db");
  });

  it("an unlabelled fence of commands there is work: “0. Data layout” stays a phase", () => {
    const parsed = parse(migration(["du -sh /srv/data", "ls -la /srv/data"]));
    expect(titles(parsed)[0]).toBe("Data layout");
  });
});

describe("“What has to be true first” names what must hold before the work: its bullets are items to tick", () => {
  // after 1724 ("## What has to be true first" over four bold-led bullets — you know where the key lives, you have a copy,
  // you can run the CLI, you can reach Postgres — the counter's four items)
  const rotation = (heading: string) =>
    lines(
      "# Runbook: rotate secrets and keys",
      "",
      `## ${heading}`,
      "",
      "- **You know where the current master key lives.** One of three places.",
      "- **You have a copy of the current key outside the install.**",
      "- **You can run the CLI.** `docker compose run --rm app <command>`.",
      "",
      "## Rotate the ring",
      "",
      "```bash",
      "docker compose run --rm app keys rotate",
      "```",
      "",
      "## Verify",
      "",
      "```bash",
      "docker compose run --rm app doctor",
      "```",
    );

  for (const heading of ["What has to be true first", "What must be true before you start", "What needs to be in place"]) {
    it(`“## ${heading}”`, () => {
      const parsed = parse(rotation(heading));
      expect(parsed.phases.flatMap((p) => p.checklistItems)).toHaveLength(3);
    });
  }
});

describe("open questions after the work are the runbook's notes, not a phase — even when their name holds a check's word", () => {
  // after 1725 ("## 8. 未確認のこと（前任者に確認する）" — things not yet confirmed, to ask the predecessor — read as a phase
  // by its "確認", where the counter counted three to five task sections and the reference after them)
  const manual = (heading: string) =>
    lines(
      "# Operations manual",
      "",
      "## 1. Add a staff member",
      "",
      "```bash",
      "aws dynamodb put-item --table-name staff --item file://staff.json",
      "```",
      "",
      "## 2. Release a change",
      "",
      "1. Merge to main.",
      "2. Run the deploy workflow.",
      "3. Check the health page.",
      "",
      `## ${heading}`,
      "",
      "- Who owns the Teams channel?",
      "- Is the nightly export still needed?",
    );

  for (const heading of ["3. 未確認のこと（前任者に確認する）", "3. 미확인 사항", "3. Open questions", "3. Unverified (ask the previous owner)"]) {
    it(`“## ${heading}” is kept as text`, () => {
      const parsed = parse(manual(heading));
      expect(titles(parsed)).toEqual(["Add a staff member", "Release a change"]);
      expect(`${parsed.appendix}\n${parsed.phases[1]?.notes}`).toContain("Who owns the Teams channel?");
    });
  }

  it("a check to make there is still a phase: “## 3. 動作確認”", () => {
    expect(titles(parse(manual("3. 動作確認")))).toEqual(["Add a staff member", "Release a change", "動作確認"]);
  });
});

describe("a section named “after” alone, in any language, that lists what to do then is a phase, as “After launch” is", () => {
  // after 1733 ("## Depois" over two bullets — record the restore, notify the agencies — after two restore routes: the
  // counter's three to six phases) and 1454 ("## After" over bullets after eight numbered steps, two to five counted)
  const restore = (heading: string, body: string[]) =>
    lines(
      "# Restore the backup",
      "",
      "## Restore into a new project",
      "",
      "1. Restore the latest backup into a new project.",
      "2. Point the app at the new project and redeploy.",
      "3. Check the health page.",
      "",
      `## ${heading}`,
      "",
      ...body,
    );

  for (const heading of ["Depois", "Afterwards", "After", "Después", "その後"]) {
    it(`“## ${heading}” over bullets`, () => {
      const parsed = parse(restore(heading, ["- Record the restore in the log.", "- Tell the agencies what was restored."]));
      expect(titles(parsed)).toEqual(["Restore into a new project", heading]);
    });
  }

  // (the one list of three steps left is read as two stages since session 26: one-list-stages.ts)
  it("over a paragraph it is reference: the phase's notes", () => {
    const parsed = parse(restore("Depois", ["Nada mais a fazer: o restore termina aqui."]));
    expect(titles(parsed)).toEqual(["Restore into a new project (steps 1–2)", "Restore into a new project (step 3)"]);
  });
});

describe("“Common issues & resolutions” is troubleshooting, as “Common issues” is: its cases are not the phases", () => {
  // after 1738 ("## Common Issues & Resolutions" over six "### N. …" cases, each a symptom and a fence to fix it, between
  // "## Quick Diagnostics" and "## Scaling Actions": both counters count two to four phases, the cases alternatives)
  const runbook = (heading: string) =>
    lines(
      "# Queue backlog runbook",
      "",
      "## Quick diagnostics",
      "",
      "```bash",
      "redis-cli XLEN orders",
      "```",
      "",
      `## ${heading}`,
      "",
      "### 1. No consumers running",
      "",
      "```bash",
      "kubectl rollout restart deploy/consumer",
      "```",
      "",
      "### 2. Processing too slow",
      "",
      "```bash",
      "kubectl scale deploy/consumer --replicas=6",
      "```",
      "",
      "### 3. Dead-letter build-up",
      "",
      "```bash",
      "redis-cli XRANGE orders:dlq - + COUNT 10",
      "```",
      "",
      "## Emergency drain",
      "",
      "```bash",
      "kubectl scale deploy/producer --replicas=0",
      "```",
    );

  for (const heading of ["Common Issues & Resolutions", "Known problems and workarounds"]) {
    it(`“## ${heading}”`, () => {
      const parsed = parse(runbook(heading));
      expect(titles(parsed)).not.toContain("No consumers running");
      expect(titles(parsed)).toContain("Emergency drain");
    });
  }
});
