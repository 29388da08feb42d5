// Input of a Markdown import from the browser (PRODUCT.md "Import and export"). Pure: the same
// schema validates the server action and lets the page refuse an oversized file before sending it.
import { z } from "zod";

/** Larger documents are not runbooks; the limit keeps one import from filling the database. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** UTF-8 size, as the server counts it (TextEncoder works in the browser and in Node). */
export function byteLengthOf(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Bytes as well as MB: "2.0 MB" says nothing when a document is just over the limit. */
export const importSizeMessage = (bytes: number) =>
  `The document is over the ${MAX_IMPORT_BYTES / 1024 / 1024} MB limit (${bytes.toLocaleString("en-US")} of ${MAX_IMPORT_BYTES.toLocaleString("en-US")} bytes).`;

export const ZImportRunbookInput = z.object({
  markdown: z
    .string()
    .refine((text) => text.trim().length > 0, "Paste a Markdown runbook or choose a file.")
    .superRefine((text, ctx) => {
      const bytes = byteLengthOf(text);
      if (bytes > MAX_IMPORT_BYTES) ctx.addIssue({ code: "custom", message: importSizeMessage(bytes) });
    }),
});
export type TImportRunbookInput = z.infer<typeof ZImportRunbookInput>;

/**
 * Saving an import: the document and, when the page previewed it, the structure the preview
 * returned (perhaps rearranged by the lead). The structure is checked again on the server against
 * the parsed and the draft schemas; it is never trusted as sent.
 */
export const ZSaveRunbookImportInput = ZImportRunbookInput.extend({ parsed: z.unknown().optional() });
export type TSaveRunbookImportInput = z.infer<typeof ZSaveRunbookImportInput>;
