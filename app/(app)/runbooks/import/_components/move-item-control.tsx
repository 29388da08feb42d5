"use client";
// One imported item's "move to" control (issue 16 item 3): a labelled select of the places the item
// may go without losing any of it, and a Move button — a select alone would move the item on the
// first arrow key. After a move the control of the item in its new place takes the focus, so a
// keyboard user stays where the item went.
import { useEffect, useId, useRef, useState } from "react";
import { IMPORT_PLACE_LABELS, type TImportItemRef, type TImportPlace } from "@/lib/domain/markdown/arrange-import";

type Props = {
  /** the item's text, for the control's accessible name */
  itemText: string;
  from: TImportItemRef;
  places: readonly TImportPlace[];
  onMove: (from: TImportItemRef, to: TImportPlace) => void;
  /** this item is where the last move put something: its control takes the focus */
  isFocusTarget: boolean;
};

const NAME_CHARS = 60;
const short = (text: string) => {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= NAME_CHARS ? line : `${line.slice(0, NAME_CHARS - 1).trimEnd()}…`;
};

export function MoveItemControl({ itemText, from, places, onMove, isFocusTarget }: Readonly<Props>) {
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  const [target, setTarget] = useState<TImportPlace | "">("");

  useEffect(() => {
    if (isFocusTarget) select.current?.focus();
  }, [isFocusTarget]);

  if (places.length === 0) return null;
  return (
    <div className="ml-auto flex shrink-0 items-center gap-1">
      <label htmlFor={id} className="sr-only">
        Move “{short(itemText)}” to
      </label>
      <select
        ref={select}
        id={id}
        value={target}
        onChange={(e) => setTarget(e.target.value as TImportPlace | "")}
        className="w-32 rounded-md border border-line-strong bg-surface py-0.5 pr-6 pl-1.5 text-xs text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
      >
        <option value="">Move to…</option>
        {places.map((place) => (
          <option key={place} value={place}>
            {IMPORT_PLACE_LABELS[place]}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={target === ""}
        onClick={() => {
          if (target === "") return;
          // this control may stay mounted for the item that takes the moved one's place
          setTarget("");
          onMove(from, target);
        }}
        className="rounded-md border border-line-strong bg-surface px-2 py-0.5 text-xs font-medium text-ink hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent disabled:cursor-not-allowed disabled:opacity-50"
      >
        Move
        <span className="sr-only"> “{short(itemText)}”</span>
      </button>
    </div>
  );
}
