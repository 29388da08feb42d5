"use client";

import { secondaryButtonClass, smallButton } from "@/components/ui/button-classes";

/** Opens the browser's print dialog; the print stylesheet makes the page a clean PDF. */
export function PrintButton() {
  return (
    <button type="button" onClick={() => window.print()} className={`${secondaryButtonClass} ${smallButton}`}>
      Print or save as PDF
    </button>
  );
}
