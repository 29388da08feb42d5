"use client";
// cockpit-forms.tsx behind `import()`: none of its forms is open when the page loads, so none is
// in its first-load JavaScript (issue 17). The cockpit asks for the module once it has rendered
// (preloadCockpitForms), so a form is there by the time a person opens one; until it arrives the
// form's place is empty. React's own lazy(), not next/dynamic: the latter's loader and chunk
// preloading weighed 2.4 kB gzipped, more than the forms it kept out (measured, issue 17).
import { type ComponentProps, lazy, Suspense } from "react";
import type * as Forms from "./cockpit-forms";

const load = () => import("./cockpit-forms");

export function preloadCockpitForms() {
  void load();
}

// each behind its own Suspense: a form still loading leaves its place empty, never the cockpit
const LazyControlReasonForm = lazy(() => load().then((m) => ({ default: m.ControlReasonForm })));
const LazyManualStepForm = lazy(() => load().then((m) => ({ default: m.ManualStepForm })));
const LazyWaiveStepForm = lazy(() => load().then((m) => ({ default: m.WaiveStepForm })));
const LazySkipPhaseForm = lazy(() => load().then((m) => ({ default: m.SkipPhaseForm })));

export function ControlReasonForm(props: ComponentProps<typeof Forms.ControlReasonForm>) {
  return (
    <Suspense fallback={null}>
      <LazyControlReasonForm {...props} />
    </Suspense>
  );
}

export function ManualStepForm(props: ComponentProps<typeof Forms.ManualStepForm>) {
  return (
    <Suspense fallback={null}>
      <LazyManualStepForm {...props} />
    </Suspense>
  );
}

export function WaiveStepForm(props: ComponentProps<typeof Forms.WaiveStepForm>) {
  return (
    <Suspense fallback={null}>
      <LazyWaiveStepForm {...props} />
    </Suspense>
  );
}

export function SkipPhaseForm(props: ComponentProps<typeof Forms.SkipPhaseForm>) {
  return (
    <Suspense fallback={null}>
      <LazySkipPhaseForm {...props} />
    </Suspense>
  );
}
