// A runbook whose whole work is one list of steps, read as the stages a lead steps through (issue 16: "a sensible
// number of phases"; PRODUCT.md: a phase is a stage of the work, signed and checked before the next).
import type { TParsedPhase, TParsedStep } from "./types";
import { ACTION_TITLE_RE } from "./vocabulary";

/** The fewest and most steps of a single list read as stages: below, it is one stage; above, a long list left whole. */
const MIN_STEPS = 3;
const MAX_STEPS = 12;

/**
 * The sizes of the stages of `n` steps, in order: two stages of 3 steps, three of 4–7, four of 8–12, the larger first —
 * about two steps a stage (two or three in a long list), the preparation, the change and its check. Source: the corpus of
 * issue 16 (lib/domain/markdown/__fixtures__/corpus): of its documents imported as one phase of 3–7 steps, the hand counts
 * gave 1 phase to 49 and accepted these sizes for 62 (set 122 on, counted with the current brief: 6 and 19 of 20). Of
 * those of 8–12 steps (session 28), the counts accepted one phase for 20 of 26 and four stages for 17 — but every one
 * counted with the current brief (1513, 1521, 1574, 1607, 1630, 1946, 1079) accepted four stages and only one of those
 * seven one phase; the older counts that wanted one phase (63, 72, 140, 158, 428, 476, 736, 872) are known gaps now, and
 * the two of them counted twice (428, 872) accept four stages by their second counter. A list of 4 steps was two stages
 * until session 35: of the 20 documents imported as one such list, the counts accepted two stages for 14 and three for 18
 * (of the 11 counted since document 1900, 6 and 10: 2876, 2963, set 241 and 248, both counters, wanted three).
 */
export function stageSizes(n: number): number[] {
  const count = n <= 3 ? 2 : n <= 7 ? 3 : 4;
  const base = Math.floor(n / count);
  const extra = n % count;
  return Array.from({ length: count }, (_, k) => base + (k < extra ? 1 : 0));
}

/**
 * The steps as the items of the list they came from: a run of steps of one title is one item (its fence and the note
 * after it — "3. Upgrade the packages:" over a fence and "`apt` only upgrades …" — are two steps of one item), never split
 * between stages.
 */
function itemsOf(steps: TParsedStep[]): TParsedStep[][] {
  const items: TParsedStep[][] = [];
  for (const step of steps) {
    const last = items.at(-1);
    if (last && last[0]?.title === step.title) last.push(step);
    else items.push([step]);
  }
  return items;
}

/**
 * Whether the one phase of a runbook may be read as stages: 3–12 list items (`items`), no phase named as such by the
 * document ("## Phase 1: Deploy" over its steps — an author's phase, and an export's, kept as written), and no field
 * bound to its steps (a criterion proven by a step, a failure policy, a point of no return, sign-off roles, a follow-up,
 * an estimate).
 */
function isStageable(phase: TParsedPhase, items: number, isDeclared: boolean): boolean {
  if (isDeclared || items < MIN_STEPS || items > MAX_STEPS) return false;
  if (phase.estimatedMinutes !== null || phase.failurePolicy || phase.isPointOfNoReturn || phase.followUpOffsetMinutes) return false;
  if (phase.requiredSignoffRoles?.length || phase.successCriterionSteps?.some((s) => s !== null)) return false;
  return true;
}

/**
 * A heading naming the list under it as the work's phases ("## Phases", "## Rollout stages", "## Fases", "## Etapas", "## 阶段"):
 * each item is a phase of its own ("## Phases" over six bold numbered items of a fleet rollout — finalise, pilot, Windows fleet,
 * macOS fleet, … —: 3351, set 280, both counters 4–6, where pairs of items gave 3).
 */
export const PHASES_LIST_NAME_RE =
  /^(?:(?:the\s+)?(?:rollout|migration|deployment|deploy|cut-?over|release|upgrade|go-?live)\s+)?(?:phases|stages|waves)$|^(?:fases|etapas|[ée]tapes|phasen|etappen|этапы|фазы|阶段|階段|段階|フェーズ|단계)$/iu;

/** A checklist named for what must hold before the work ("Pre-cutover checklist", "Before you deploy", "Prerequisites", "事前確認"). */
const BEFORE_WORK_RE =
  /\bpre[\s-]\p{L}|\bpre(?:flight|launch|deploy\p{L}*|cutover|release|migration|upgrade|checks?)\b|\bbefore\b|\bprerequisit|\bvorab|\bavant\b|\bantes\b|事前|前置|上线前|部署前|배포\s*전/iu;

/** An item's name as a phase's: its words without the list's label before them ("Phases: …"), to its first sentence's end. */
function itemName(stepTitle: string): string {
  const unlabelled = stepTitle.replace(/^([^:：]{1,40})[:：]\s+/u, (all, label: string) => (PHASES_LIST_NAME_RE.test(label.trim()) ? "" : all));
  return (unlabelled.split(/(?<=[.。!?])\s/u)[0] ?? unlabelled).replace(/[.。]$/u, "");
}

/**
 * A step that states what must hold rather than what to do ("`vaultinctl health` passes.", "Repository branch protection and CI
 * requirements are enabled.", "A failed turn does not block the next prompt."): a verb of state, no imperative opening it.
 */
const CONDITION_RE =
  /\b(?:is|are|passes|pass|remains|remain|holds|hold|works|exists|succeeds|returns|responds|matches|has\s+been|have\s+been|does\s+not|do\s+not|doesn['’]t|don['’]t|successfully|cleanly)\b/iu;
/**
 * Whether a list's items are the conditions of one check — three in four state what must hold, none opens by an action (ACTION_TITLE_RE: "Run …", "Check …"; "Before
 * treating an installation as trusted:" over eight numbered conditions — `vaultinctl health` passes, tests pass, …: 4310, set
 * 360, both counters one phase): one stage, checked at once, not stages of work.
 */
function isConditionList(items: TParsedStep[][]): boolean {
  const named = items.map((item) => item[0]?.title ?? "");
  // (the name of the section they stand in, before each — "Release Checks: Backend image builds successfully." — is not theirs)
  const shared = /^[^:：]{2,60}[:：]\s/u.exec(named[0] ?? "")?.[0];
  const titles = named.map((t) => (shared && named.every((x) => x.startsWith(shared)) ? t.slice(shared.length) : t).replace(/^[*_`]+/u, ""));
  // (not the cases of a procedure — "If they deleted it from the Files page, it is in `.trash/`", 753 — nor steps under a label of
  // their own — "The swap itself (…): `supabase secrets set …`", 3105)
  // (a condition over the command that checks it — "Backend suite passes: `pytest …`", 5755 — is a condition still)
  const isLabelled = (t: string) =>
    /^[^:：]{2,60}[:：]\s/u.test(t) && !/\b(?:passes|pass|succeeds|works|holds|returns|responds|matches|exists)\s*$/iu.test(t.split(/[:：]/u)[0] ?? "");
  if (titles.some((t) => ACTION_TITLE_RE.test(t) || /^(?:if|when|once|unless|after|before|while)\b/iu.test(t) || isLabelled(t))) return false;
  return titles.filter((t) => CONDITION_RE.test(t)).length * 4 >= titles.length * 3;
}

/**
 * The stages of a runbook whose main work is one phase of 3–12 steps (a single numbered list — "1. Back up … 6. Announce"
 * — or one section of them): consecutive stages of about two steps (stageSizes), each named by the phase and its steps
 * ("Procedure (steps 1–2)"). The phase's objective, checklist items and notes open the first stage, its success
 * criteria close the last; every step keeps its text and order. `isDeclared`: the phase is named as a phase by the
 * document. Gives the stages and the warning that tells the lead, so that stages meant as one can be joined before saving
 * (the import preview's "Join the phase before"); null when `phases` is not one such phase (after checklist phases of what
 * must hold first, which stay before the stages). `isListOfPhases`: the list stands under a heading naming its items the
 * phases (PHASES_LIST_NAME_RE) — one phase an item, named by it.
 */
export function stagesOfOneList(phases: TParsedPhase[], isDeclared: boolean, isListOfPhases = false): { stages: TParsedPhase[]; warning: string } | null {
  // (after a checklist of what must hold first — "### Prerequisites" of three bullets, then "### Safe Rotation Procedure" of
  // five bold-named numbered steps each over its commands or details, a key rotation's whole work: 3557, set 297, both
  // counters three to six —, the one list is still the work, the checklist a phase before its stages. Only where every item
  // carries a body of its own: after "Preconditions", a list of one-line steps — "1. Tag the release. 2. Publish." — is one
  // phase to its counters: 479, 784, 1140, measured on the corpus)
  const isChecklistOnly = (x: TParsedPhase) => x.steps.length === 0 && x.checklistItems.length > 0;
  const at = phases.findIndex((x) => !isChecklistOnly(x));
  const leading = phases.slice(0, Math.max(at, 0));
  const phase = phases[at];
  const trailing = phases.slice(at + 1);
  if (!phase || trailing.length > 1 || !trailing.every(isChecklistOnly)) return null;
  const items = itemsOf(phase.steps);
  // (a checklist after the list of what must hold before it — "## Pre-cutover checklist" after a cut-over's four one-line steps,
  // 677 — is read as one before it would be)
  const isBefore = leading.length > 0 || trailing.some((x) => BEFORE_WORK_RE.test(x.title));
  if (isBefore && !items.every((item) => item.some((step) => step.text.trim() !== ""))) return null;
  if (!isStageable(phase, items.length, isDeclared)) return null;
  if (!isListOfPhases && isConditionList(items)) return null;
  const sizes = isListOfPhases ? items.map(() => 1) : stageSizes(items.length);
  const stages: TParsedPhase[] = [];
  let from = 0;
  for (const [k, size] of sizes.entries()) {
    const steps = items.slice(from, from + size).flat();
    const range = size === 1 ? `step ${from + 1}` : `steps ${from + 1}–${from + size}`;
    const isFirst = k === 0;
    const isLast = k === sizes.length - 1;
    stages.push({
      // (one phase an item: named by its item, as a heading would name it)
      title: isListOfPhases && steps[0] ? itemName(steps[0].title) : `${phase.title} (${range})`,
      objective: isFirst ? phase.objective : "",
      estimatedMinutes: null,
      checklistItems: isFirst ? phase.checklistItems : [],
      successCriteria: isLast ? phase.successCriteria : [],
      steps,
      notes: isFirst ? phase.notes : "",
    });
    from += size;
  }
  const warning = isListOfPhases
    ? `“${phase.title}” is one list of ${items.length} steps under a heading naming them its phases: imported as ${stages.length} phases of one step each; where two are one phase, join them in the import preview (“Join the phase before”).`
    : `“${phase.title}” is one list of ${items.length} steps: imported as ${stages.length} stages of ${items.length === 4 ? "one or two" : items.length <= 8 ? "about two" : "two or three"} steps each, so that each can be checked before the next; where two are one stage, join them in the import preview (“Join the phase before”).`;
  return { stages: [...leading, ...stages, ...trailing], warning };
}
