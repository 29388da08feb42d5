"use client";
// The cockpit's one shape of a typed reason or note with its buttons (every inline form of it).
import { dangerButtonClass, primaryButtonClass, secondaryButtonClass, smallButton } from "@/components/ui/button-classes";

type TFormAction = { label: string; tone: "primary" | "danger"; onClick: () => void };

/** A labelled text area with its buttons; the text stays until the action succeeds. */
export function InlineForm({
  id,
  label,
  value,
  onChange,
  actions,
  onCancel,
  isBusy,
}: Readonly<{ id: string; label: string; value: string; onChange: (v: string) => void; actions: TFormAction[]; onCancel?: () => void; isBusy: boolean }>) {
  return (
    <div className="mt-3 space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        rows={2}
        className="block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
      />
      <div className="flex flex-wrap gap-2">
        {actions.map((a) => (
          <button key={a.label} type="button" disabled={isBusy} onClick={a.onClick} className={`${a.tone === "primary" ? primaryButtonClass : dangerButtonClass} ${smallButton}`}>
            {a.label}
          </button>
        ))}
        {onCancel ? (
          <button type="button" onClick={onCancel} className={`${secondaryButtonClass} ${smallButton}`}>
            Cancel
          </button>
        ) : null}
      </div>
    </div>
  );
}
