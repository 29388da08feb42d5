"use client";

import { useState } from "react";
import { testEnvironmentConnectionAction } from "@/lib/actions/environments";
import { runAction } from "@/lib/actions/read-result";
import type { TConnectionTestResult } from "@/lib/domain/environment";
import { secondaryButtonClass } from "./environment-fields";

type Props = { environmentId: string; hasTarget: boolean };

type TState = { kind: "idle" } | { kind: "testing" } | { kind: "result"; result: TConnectionTestResult } | { kind: "error"; message: string };

/** Container: tests the saved target through testEnvironmentConnectionAction and shows the outcome. */
export function ConnectionTest({ environmentId, hasTarget }: Readonly<Props>) {
  const [state, setState] = useState<TState>({ kind: "idle" });

  async function onTest() {
    if (state.kind === "testing") return;
    setState({ kind: "testing" });
    const read = await runAction(() => testEnvironmentConnectionAction({ environmentId }));
    setState(read.isOk ? { kind: "result", result: read.data } : { kind: "error", message: read.formError ?? "The test could not be run." });
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={onTest} disabled={state.kind === "testing"} className={secondaryButtonClass}>
          {state.kind === "testing" ? "Testing…" : "Test connection"}
        </button>
        <span className="text-xs text-muted">{hasTarget ? "Tests the saved target (save a new URL first to test it). Times out after 5 s." : "Save a target URL first."}</span>
      </div>
      <div role="status" aria-live="polite">
        <ConnectionTestOutcome state={state} />
      </div>
    </div>
  );
}

function ConnectionTestOutcome({ state }: Readonly<{ state: TState }>) {
  if (state.kind === "idle") return null;
  if (state.kind === "testing") return <p className="text-sm text-run-ink">Connecting…</p>;
  if (state.kind === "error" || !state.result.ok) {
    const message = state.kind === "error" ? state.message : state.result.ok ? "" : state.result.message;
    return (
      <div className="rounded-md border border-bad-line bg-bad px-3 py-2 text-sm text-bad-ink">
        <span aria-hidden="true" className="mr-1.5 font-semibold">
          ✕
        </span>
        <strong className="font-semibold">Connection failed.</strong> {message}
      </div>
    );
  }
  const { database, serverVersion, latencyMs } = state.result;
  return (
    <div className="rounded-md border border-ok-line bg-ok px-3 py-2 text-sm text-ok-ink">
      <span aria-hidden="true" className="mr-1.5 font-semibold">
        ✓
      </span>
      <strong className="font-semibold">Connected</strong> in {latencyMs} ms to database <code className="font-mono">{database}</code>.
      <span className="mt-1 block break-words font-mono text-xs opacity-80">{serverVersion}</span>
    </div>
  );
}
