// Presentational inputs of the draft editor. Each field's id comes from its document path
// (fieldId), so the error summary can link to it, and its messages — from the same zod schemas
// the server validates with — sit beside it, wired to aria-describedby.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from "react";
import { SqlTokens } from "@/components/ui/sql-highlight";
import { tokenizeSql } from "@/lib/domain/sql/highlight-sql";
import { FieldError } from "@/components/ui/form/form-controls";
import { fieldId } from "./editor-state";

export type TErrors = Readonly<Record<string, string[]>>;

const inputClass =
  "block w-full rounded-md border bg-surface px-2.5 py-1.5 text-sm text-ink placeholder:text-faint focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30";

/** Messages for a path and, with `withChildren`, for anything below it ("tolerances.revenue"). */
export function errorsAt(errors: TErrors, path: string, withChildren = false): string[] {
  if (!withChildren) return errors[path] ?? [];
  return Object.entries(errors).flatMap(([key, messages]) =>
    key === path ? messages : key.startsWith(`${path}.`) ? messages.map((m) => `${key.slice(path.length + 1)}: ${m}`) : [],
  );
}

type TFieldShell = { path: string; label: string; errors: TErrors; hint?: ReactNode; withChildren?: boolean; className?: string };

function useFieldIds(path: string, messages: string[], hint?: ReactNode) {
  const id = fieldId(path);
  const errorId = messages.length ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  return { id, errorId, hintId, describedBy: [errorId, hintId].filter(Boolean).join(" ") || undefined };
}

function Shell({
  id,
  label,
  messages,
  errorId,
  hint,
  hintId,
  children,
  className,
}: Readonly<{ id: string; label: string; messages: string[]; errorId?: string; hint?: ReactNode; hintId?: string; children: ReactNode; className?: string }>) {
  return (
    <div className={`space-y-1 ${className ?? ""}`}>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {children}
      {messages.length ? <FieldError id={errorId!}>{messages.join(" ")}</FieldError> : null}
      {hint ? (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function TextInput({
  path,
  label,
  errors,
  hint,
  value,
  onChange,
  placeholder,
  withChildren,
  className,
  type = "text",
}: Readonly<TFieldShell & { value: string; onChange: (v: string) => void; placeholder?: string; type?: "text" | "url" }>) {
  const messages = errorsAt(errors, path, withChildren);
  const ids = useFieldIds(path, messages, hint);
  return (
    <Shell id={ids.id} label={label} messages={messages} errorId={ids.errorId} hint={hint} hintId={ids.hintId} className={className}>
      <input
        id={ids.id}
        type={type}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={messages.length ? true : undefined}
        aria-describedby={ids.describedBy}
        className={`${inputClass} ${messages.length ? "border-bad-line" : "border-line-strong"}`}
      />
    </Shell>
  );
}

export function TextArea({
  path,
  label,
  errors,
  hint,
  value,
  onChange,
  rows = 3,
  isMonospace,
  withChildren,
  className,
}: Readonly<TFieldShell & { value: string; onChange: (v: string) => void; rows?: number; isMonospace?: boolean }>) {
  const messages = errorsAt(errors, path, withChildren);
  const ids = useFieldIds(path, messages, hint);
  return (
    <Shell id={ids.id} label={label} messages={messages} errorId={ids.errorId} hint={hint} hintId={ids.hintId} className={className}>
      <textarea
        id={ids.id}
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={messages.length ? true : undefined}
        aria-describedby={ids.describedBy}
        className={`${inputClass} ${isMonospace ? "font-mono text-[0.8125rem]" : ""} ${messages.length ? "border-bad-line" : "border-line-strong"}`}
      />
    </Shell>
  );
}

export function NumberInput({
  path,
  label,
  errors,
  hint,
  value,
  onChange,
  min,
  step,
  className,
}: Readonly<TFieldShell & { value: number | null; onChange: (v: number | null) => void; min?: number; step?: number | "any" }>) {
  const messages = errorsAt(errors, path);
  const ids = useFieldIds(path, messages, hint);
  return (
    <Shell id={ids.id} label={label} messages={messages} errorId={ids.errorId} hint={hint} hintId={ids.hintId} className={className}>
      <input
        id={ids.id}
        type="number"
        inputMode="decimal"
        value={value ?? ""}
        min={min}
        step={step}
        onChange={(e) => onChange(e.target.value === "" || Number.isNaN(e.target.valueAsNumber) ? null : e.target.valueAsNumber)}
        aria-invalid={messages.length ? true : undefined}
        aria-describedby={ids.describedBy}
        className={`${inputClass} tabular-nums ${messages.length ? "border-bad-line" : "border-line-strong"}`}
      />
    </Shell>
  );
}

export function SelectInput<T extends string>({
  path,
  label,
  errors,
  hint,
  value,
  onChange,
  options,
  className,
}: Readonly<TFieldShell & { value: T; onChange: (v: T) => void; options: readonly { value: T; label: string }[] }>) {
  const messages = errorsAt(errors, path);
  const ids = useFieldIds(path, messages, hint);
  return (
    <Shell id={ids.id} label={label} messages={messages} errorId={ids.errorId} hint={hint} hintId={ids.hintId} className={className}>
      <select
        id={ids.id}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        aria-invalid={messages.length ? true : undefined}
        aria-describedby={ids.describedBy}
        className={`${inputClass} ${messages.length ? "border-bad-line" : "border-line-strong"}`}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}

export function CheckboxInput({ path, label, errors, hint, value, onChange }: Readonly<TFieldShell & { value: boolean; onChange: (v: boolean) => void }>) {
  const messages = errorsAt(errors, path);
  const ids = useFieldIds(path, messages, hint);
  return (
    <div className="space-y-1">
      <div className="flex items-start gap-2">
        <input
          id={ids.id}
          type="checkbox"
          checked={value}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={ids.describedBy}
          className="mt-0.5 size-4 accent-[var(--accent)]"
        />
        <label htmlFor={ids.id} className="text-sm font-medium text-ink">
          {label}
        </label>
      </div>
      {messages.length ? <FieldError id={ids.errorId!}>{messages.join(" ")}</FieldError> : null}
      {hint ? (
        <p id={ids.hintId} className="pl-6 text-xs text-muted">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/**
 * SQL in a monospace textarea with a line-number gutter and syntax highlighting. The textarea is
 * the real editor (typing, selection, undo and its label stay native); its text is transparent
 * and a highlighted copy is drawn underneath in the same font, padding and line height, scrolled
 * with it. The gutter and the copy are hidden from assistive technology; lines do not wrap, so
 * numbers always match lines.
 */
export function SqlEditor({ path, label, errors, hint, value, onChange }: Readonly<TFieldShell & { value: string; onChange: (v: string) => void }>) {
  const messages = errorsAt(errors, path);
  const ids = useFieldIds(path, messages, hint);
  const gutter = useRef<HTMLDivElement>(null);
  const highlight = useRef<HTMLPreElement>(null);
  const highlightText = useRef<HTMLElement>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const tokens = useMemo(() => tokenizeSql(value), [value]);
  const lineCount = Math.max(1, value.split("\n").length);
  const rows = Math.min(Math.max(lineCount, 4), 24);
  // The copy covers exactly the textarea's client area (not its scrollbars, nor any room the
  // gutter adds below it) and its text is moved, not scrolled, so it can follow any scroll offset.
  const syncScroll = useCallback(() => {
    const source = area.current;
    if (!source) return;
    if (gutter.current) {
      // held to the textarea's height, or a long script's numbers would stretch the editor and never scroll
      gutter.current.style.height = `${source.offsetHeight}px`;
      gutter.current.scrollTop = source.scrollTop;
    }
    if (highlight.current && highlightText.current) {
      highlight.current.style.width = `${source.clientWidth}px`;
      highlight.current.style.height = `${source.clientHeight}px`;
      highlightText.current.style.transform = `translate(${-source.scrollLeft}px, ${-source.scrollTop}px)`;
    }
  }, []);
  // after each render the text may have moved; and the textarea may be resized by hand
  useLayoutEffect(syncScroll);
  useEffect(() => {
    if (!area.current || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(syncScroll);
    observer.observe(area.current);
    return () => observer.disconnect();
  }, [syncScroll]);
  const textClass = "whitespace-pre font-mono text-[0.8125rem] leading-5 [tab-size:4]";
  return (
    <Shell id={ids.id} label={label} messages={messages} errorId={ids.errorId} hint={hint} hintId={ids.hintId}>
      <div
        className={`flex overflow-hidden rounded-md border bg-code focus-within:border-accent focus-within:ring-2 focus-within:ring-accent/30 ${messages.length ? "border-bad-line" : "border-line-strong"}`}
      >
        <div
          ref={gutter}
          aria-hidden="true"
          className="select-none overflow-hidden border-r border-line py-2 pr-2 pl-3 text-right font-mono text-[0.8125rem] leading-5 text-code-gutter tabular-nums"
        >
          {Array.from({ length: lineCount }, (_, i) => (
            <div key={i}>{i + 1}</div>
          ))}
        </div>
        <div className="relative flex min-w-0 flex-1">
          <pre
            ref={highlight}
            aria-hidden="true"
            className={`pointer-events-none absolute inset-0 m-0 select-none overflow-hidden px-3 py-2 text-ink forced-colors:hidden ${textClass}`}
          >
            <code ref={highlightText} className="block">
              <SqlTokens tokens={tokens} />
            </code>
          </pre>
          <textarea
            ref={area}
            id={ids.id}
            value={value}
            rows={rows}
            wrap="off"
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            onChange={(e) => onChange(e.target.value)}
            onScroll={syncScroll}
            aria-invalid={messages.length ? true : undefined}
            aria-describedby={ids.describedBy}
            className={`relative min-w-0 flex-1 resize-y overflow-auto bg-transparent text-transparent caret-ink selection:bg-accent/25 px-3 py-2 focus:outline-none ${textClass}`}
          />
        </div>
      </div>
    </Shell>
  );
}

const smallButton =
  "inline-flex items-center rounded border border-line-strong bg-surface px-2 py-0.5 text-xs font-medium text-ink hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-accent disabled:cursor-not-allowed disabled:opacity-40";

export function SmallButton({
  children,
  onClick,
  label,
  isDisabled,
  tone,
}: Readonly<{ children: ReactNode; onClick: () => void; label?: string; isDisabled?: boolean; tone?: "danger" }>) {
  return (
    <button type="button" onClick={onClick} aria-label={label} title={label} disabled={isDisabled} className={`${smallButton} ${tone === "danger" ? "text-bad-ink" : ""}`}>
      {children}
    </button>
  );
}

/** Move up / move down / delete for an item of an ordered list, each named for the item. */
export function ReorderControls({
  name,
  index,
  count,
  onMove,
  onDelete,
}: Readonly<{ name: string; index: number; count: number; onMove: (by: -1 | 1) => void; onDelete: () => void }>) {
  return (
    <div className="flex shrink-0 items-center gap-1">
      <SmallButton label={`Move ${name} up`} isDisabled={index === 0} onClick={() => onMove(-1)}>
        ↑
      </SmallButton>
      <SmallButton label={`Move ${name} down`} isDisabled={index === count - 1} onClick={() => onMove(1)}>
        ↓
      </SmallButton>
      <SmallButton label={`Delete ${name}`} tone="danger" onClick={onDelete}>
        ✕
      </SmallButton>
    </div>
  );
}
