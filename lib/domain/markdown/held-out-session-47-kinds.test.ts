// Kinds found in session 47 (round 60's first-run misses, sets 467–472, with their siblings in the corpus's other languages),
// each as a small document of its own: what a lead expects, and that the import is sound (every line placed, export → import
// the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, rollbackText, THREE_PHASES_OF_WORK } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;
const items = (p: ReturnType<typeof parse>) => p.phases.flatMap((x) => x.checklistItems.map((i) => i.text));

describe("“Inputs you need” labels its list as what must be at hand", () => {
  // after 5595 (set 467: a SQLite restore runbook's "## Inputs you need" over three numbered inputs — the latest snapshot, the
  // master key of its time, the TLS cert — before "## Procedure", both counters three items)
  const doc = (name: string) =>
    lines("# Restore from backup", "", `## ${name}`, "", "1. The latest snapshot of the database.", "2. The master key current at the time of the snapshot.", "", ...WORK);
  it.each([["Inputs you need"], ["Inputs we'll need"], ["The inputs you will need"]])("“## %s” over two numbered inputs: two items to tick", (name) => {
    expect(items(parse(doc(name)))).toEqual(["The latest snapshot of the database.", "The master key current at the time of the snapshot."]);
  });
  it("inputs a step takes are no label (“## Inputs” over the same list: steps of work)", () => {
    expect(items(parse(doc("Inputs")))).toEqual([]);
  });
});

describe("“Trigger rollback: …” tells how to roll back; “Rollback triggers: …” only when", () => {
  // after 5597 (set 467: a release runbook's "## Commands (Examples)" — "- Trigger production release: …", "- Trigger rollback: Run
  // `Rollback Production` with input `release_tag=vX.Y.Z`" — after its rollback decision matrix, both counters' rollback)
  const doc = (item: string) => lines("# Release runbook", "", ...WORK, "", "## Commands", "", "- Trigger production release: push the tag `vX.Y.Z`", `- ${item}`);
  it.each([
    ["Trigger rollback: Run `Rollback Production` with input `release_tag=vX.Y.Z`"],
    ["Trigger a rollback: run the `rollback-prod` workflow with the previous tag"],
    ["Initiate rollback: redeploy the previous image"],
  ])("“%s”: the way back", (item) => {
    expect(rollbackText(parse(doc(item)))).toContain(item.split(":")[1]?.trim().slice(0, 20));
  });
  it("“Rollback triggers: 5xx over 1 % for five minutes” says when, not how: no rollback", () => {
    expect(parse(doc("Rollback triggers: 5xx over 1 % for five minutes")).rollback).toBeNull();
  });
});

describe("a bold case of going wrong over a command that goes back, in Spanish and Portuguese too", () => {
  // after 5599 (set 468: a Laravel deploy's rules — "- **Si una versión sale mal**: `ssh -t … sudo -iu deploy
  // /srv/clt4bp/regresar.sh` y después investigar con calma." — if a release goes wrong, run the go-back script —, both counters'
  // rollback)
  const doc = (item: string) =>
    lines(
      "# Despliegue",
      "",
      "## Desplegar",
      "",
      "1. Crear la etiqueta.",
      "2. Ejecutar `desplegar.sh v1.0.1`.",
      "",
      "Reglas:",
      "",
      "- **Las migraciones solo agregan**. Así todo funciona.",
      `- ${item}`,
      "",
      "## Verificar",
      "",
      "- Abrir la web.",
    );
  it.each([
    ["**Si una versión sale mal**: `ssh servidor /srv/app/regresar.sh` y después investigar con calma."],
    ["**Si el despliegue sale mal**: volver a la etiqueta anterior con `desplegar.sh v1.0.0`."],
    ["**Se a versão der errado**: voltar para a tag anterior com `deploy.sh v1.0.0`."],
    ["**If this release fails**: go back with `revert.sh`."],
  ])("“%s”: the way back", (item) => {
    expect(rollbackText(parse(doc(item)))).toContain(item.replace(/^\*\*[^*]+\*\*:\s*/, "").slice(0, 20));
  });
  it("a case of going wrong whose remedy fixes forward is no way back (“**Si una versión sale mal**: investigar los logs”)", () => {
    expect(parse(doc("**Si una versión sale mal**: investigar los logs y avisar al equipo.")).rollback).toBeNull();
  });
});

describe("a step that ends by putting things back “if rolling back” holds the way back", () => {
  // after 5629 (set 470: an offline SQLite-to-PostgreSQL migration's preflight "3. Make a private, quiescent recovery bundle … Keep
  // an untouched original. … Restore the preserved old configuration and image together if rolling back.", both counters' rollback)
  const doc = (last: string) =>
    lines(
      "# Migration",
      "",
      "## Preflight",
      "",
      "1. Record the image tag.",
      "2. Stop the old deployment.",
      `3. Make a recovery bundle of the old files. Keep an untouched original. ${last}`,
      "4. Measure free space.",
      "",
      "## Migrate",
      "",
      "1. Run the import.",
      "2. Check the counts.",
    );
  it.each([["Restore the preserved old configuration and image together if rolling back."], ["Redeploy the old image from it when you need to roll back."]])(
    "“… %s”: the way back",
    (last) => {
      expect(rollbackText(parse(doc(last)))).toContain(last);
    },
  );
  it("a step only mentioning a rollback (“Label it for the rollback.”) is no way back", () => {
    expect(parse(doc("Label it clearly.")).rollback).toBeNull();
  });
});

describe("what is needed in Spanish and Portuguese, and dependency requirements in Chinese, label their lists", () => {
  // after 5728 (set 478: a VPS move's "## Lo que hace falta" — what is needed — over Ubuntu, RAM and disk bullets, both counters
  // four items) and 5720 (set 478: a MySQL backup plan's "## 2. 依赖要求" — dependency requirements — over three bullets, both
  // counters three items)
  const doc = (name: string) => lines("# Mudanza", "", `## ${name}`, "", "- Ubuntu 24.04", "- 4 GB de RAM", "", ...WORK);
  it.each([["Lo que hace falta"], ["Qué hace falta"], ["O que faz falta"], ["2. 依赖要求"]])("“## %s” over two bullets: two items to tick", (name) => {
    expect(items(parse(doc(name)))).toEqual(["Ubuntu 24.04", "4 GB de RAM"]);
  });
  it("a name of what the work does is no label (“## Lo que hace” over the same bullets: notes)", () => {
    expect(items(parse(doc("Lo que hace")))).toEqual([]);
  });
});

describe("back to an older version, the German verb last, is the way back", () => {
  // after 5723 (set 478: a game server's handbook, "### Auf eine ältere Version zurück" over `git checkout <hash>` and a rebuild,
  // both counters' rollback)
  const doc = (name: string) => lines("# Betriebshandbuch", "", ...WORK, "", `## ${name}`, "", "```bash", "git checkout <hash>", "docker compose up -d --build", "```");
  it.each([["Auf eine ältere Version zurück"], ["Zurück zur älteren Version"], ["Back to an older version"]])("“## %s”: the rollback", (name) => {
    expect(parse(doc(name)).rollback?.title).toBe(name);
  });
  it("a newer version is no way back (“## Auf eine neuere Version”: a phase of work)", () => {
    expect(parse(doc("Auf eine neuere Version")).rollback).toBeNull();
  });
});
