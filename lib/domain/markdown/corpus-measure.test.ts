// The corpus's measure reads a checklist section either way issue 16 allows: "a checklist section before, between or
// after the phases becomes a phase of its own (or joins the nearest phase)".
import { describe, expect, it } from "vitest";
import { importFaults, measureImport } from "./corpus-measure";
import { parseRunbookMarkdown } from "./parse-runbook";

const measure = (source: string) => measureImport(parseRunbookMarkdown(source));

const GATED = `# Release 4.2

## Pre-flight checklist

- [ ] Change ticket approved
- [ ] Backup taken

## Deploy

1. Drain the node.
2. Run \`./deploy.sh 4.2\`.

## Verify

1. Check the health endpoint.

## Sign-off checklist

- [ ] Error rate normal for 30 minutes
- [ ] Stakeholders told
`;

describe("the corpus's measure of phases", () => {
  it("counts a checklist section at either end as a phase of its own, or joined to the nearest phase", () => {
    const got = measure(GATED);
    expect(got.phases).toBe(4);
    expect(got.phasesJoined).toBe(2);
    expect(importFaults(got, { phases: [2, 3], checklist: 4, sql: 0, rollback: false })).toEqual([]);
    expect(importFaults(got, { phases: [4, 4], checklist: 4, sql: 0, rollback: false })).toEqual([]);
    expect(importFaults(got, { phases: [1, 1], checklist: 4, sql: 0, rollback: false })).toEqual(["phases 2–4, its checklist sections joined or not (expected 1–1)"]);
  });

  it("keeps a checklist section between phases of work, and a runbook of checklist sections only, as counted", () => {
    const between = measure(`# Cut-over

## Freeze

1. Stop the writers.

## Go / no-go

- [ ] Replica lag under 1 s

## Switch

1. Point DNS at the new primary.
`);
    expect(between.phasesJoined).toBe(3);
    const onlyBoxes = measure(`# Go-live

## Before

- [ ] Approval from the owner

## After

- [ ] Monitor for a week
`);
    expect(onlyBoxes).toMatchObject({ phases: 2, phasesJoined: 2 });
    expect(importFaults(onlyBoxes, { phases: [1, 1], checklist: 2, sql: 0, rollback: false })).toEqual(["phases 2 (expected 1–1)"]);
  });
});
