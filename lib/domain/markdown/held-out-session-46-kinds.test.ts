// Kinds found in session 46 (round 56's first-run misses, sets 443–448, with their siblings in the corpus's other languages),
// each as a small document of its own: what a lead expects, and that the import is sound (every line placed, export → import
// the identity).
import { describe, expect, it } from "vitest";
import { lines, parseSoundly, THREE_PHASES_OF_WORK, titles } from "./kinds-test-support";

const parse = parseSoundly;
const WORK = THREE_PHASES_OF_WORK;
const items = (p: ReturnType<typeof parse>) => p.phases.flatMap((x) => x.checklistItems.map((i) => i.text));

describe("a prerequisites name joined to another by “&” or “+”, and a French one “… au cutover”", () => {
  // after 5317 (set 444: "## Cost & prerequisite" over two bullets — the add-on's price, the billing project — before "## Enable
  // it", both counters two items) and 5357 (set 447: "## 5. ⚠️ PRÉREQUIS BLOQUANTS AU CUTOVER PROD" over four numbered blocking
  // conditions, both counters four)
  const doc = (name: string) => lines("# Enable PITR", "", `## ${name}`, "", "- The add-on costs about $100 a month.", "- It bills the shared project.", "", ...WORK);
  it.each([["Cost & prerequisite"], ["Access + prerequisites"], ["Accounts and prerequisites"], ["Prérequis bloquants au cutover prod"], ["Prérequis techniques aux migrations"]])(
    "“## %s” over two bullets: two items to tick",
    (name) => {
      expect(items(parse(doc(name)))).toEqual(["The add-on costs about $100 a month.", "It bills the shared project."]);
    },
  );
  it("a name that only shares the sign is no label (“## Cost & billing” over the same bullets: notes)", () => {
    expect(items(parse(doc("Cost & billing")))).toEqual([]);
  });
});

describe("numbered bold lines inside one lettered section are its steps, not the runbook's phases", () => {
  // after 5323 (set 445: "## a." … "## f." sections of a staging deploy; inside "## e. Nightly backup + mandatory restore test",
  // "**3. Install the script:**" and "**6. RESTORE TEST — …**" stand alone as bold lines over their fences — both counters five or
  // six phases, the importer seven with "f." lost)
  const section = (letter: string, name: string, command: string) => [`## ${letter}. ${name}`, "", "```bash", command, "```", ""];
  const doc = lines(
    "# Staging deploy",
    "",
    ...section("a", "Prepare the host", "sudo useradd app"),
    ...section("b", "First deploy", "scp app host:/opt/app"),
    ...section("c", "Certificate", "sudo mkdir -p /etc/ssl/app"),
    "## d. Backup",
    "",
    "**1. Give access.** The job needs read access:",
    "",
    "```bash",
    "sudo chmod 640 /opt/app/db",
    "```",
    "",
    "**2. Install the script:**",
    "",
    "```bash",
    "sudo install backup.sh /opt/app/",
    "```",
    "",
    "**3. Enable the timer.**",
    "No editing required.",
    "",
    "```bash",
    "sudo systemctl enable --now backup.timer",
    "```",
    "",
    ...section("e", "Daily access", "ssh -L 8080:localhost:80 host"),
  );
  it("the five lettered sections are the phases, the backup's bold lines its steps", () => {
    const parsed = parse(doc);
    expect(titles(parsed)).toEqual(["a. Prepare the host", "b. First deploy", "c. Certificate", "d. Backup", "e. Daily access"]);
    expect(parsed.phases[3]?.steps).toHaveLength(3);
  });
  it("bold numbered lines with no sections around them are still the phases", () => {
    const parsed = parse(
      lines(
        "# Backup",
        "",
        "**1. Install the script:**",
        "",
        "```bash",
        "sudo install backup.sh /opt/app/",
        "```",
        "",
        "**2. Enable the timer:**",
        "",
        "```bash",
        "sudo systemctl enable --now backup.timer",
        "```",
        "",
      ),
    );
    expect(titles(parsed)).toEqual(["Install the script", "Enable the timer"]);
  });
});
