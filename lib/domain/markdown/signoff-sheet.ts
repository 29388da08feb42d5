// The sign-off sheet of a Markdown runbook (PRODUCT.md "Import and export": a sign-off section
// into required sign-offs): "**Deployment Lead**: ____ Date: ____" lines, lists of roles, or a
// table with a role column. What is not a role line is kept as text — except a checkbox: "every
// checkbox becomes a tickable item wherever it stands" (PRODUCT.md), so a "- [ ] CAB approval
// obtained" under "## Approvals" is a checklist item, never a sheet line (one line, one field).
import type { Table } from "mdast";
import { hasCheckbox } from "./phase-body";
import type { Doc, TBlock } from "./sections";
import { cleanLabel, collapse, labelKind } from "./vocabulary";

const BLANKS_RE = /^(?:_{2,}|\s|(?:date|name|signature|signed(?: by)?|time)\s*:)*$/i;

function signoffRole(line: string): string | null {
  const role = roleOf(line);
  // "**Checklist**:", "**Steps**:" — a structural label over a list, not a role
  return role !== null && labelKind(role) !== null ? null : role;
}

function roleOf(line: string): string | null {
  const bold = /^\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*(.*)$/.exec(line);
  const boldColonInside = /^\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?(?:\*\*|__)(.+?):(?:\*\*|__)\s*(.*)$/.exec(line);
  const plain = /^\s*(?:[-*+]\s+)?(?:\[[ xX]\]\s+)?([^:*_][^:]*?)\s*:\s*(.*)$/.exec(line);
  const m = boldColonInside ?? bold;
  if (m?.[1] !== undefined && BLANKS_RE.test(m[2] ?? "")) return collapse(m[1].replace(/:$/, "")) || null;
  if (plain?.[1] !== undefined && (plain[2] ?? "").includes("__") && BLANKS_RE.test(plain[2] ?? "")) return collapse(plain[1]) || null;
  return null;
}

/**
 * A sign-off section read: the roles it names, in order; `checkable`, its blocks holding checkboxes
 * (with the sub-headings naming them: "### Additional Approvals"), to be read as a phase body's
 * checklist; and the other blocks that are not role lines (as Markdown), kept as text.
 */
/** The index of a sign-off table's column naming the roles ("Role", "Title", "Position", "Sign-off", "Approver role"), or -1. */
function roleColumn(doc: Doc, table: Table): number {
  const header = table.children[0];
  if (!header) return -1;
  return header.children.findIndex((cell) => /^(?:role|title|position|sign[\s-]?off|approver role)$/.test(cleanLabel(doc.plainInline(cell.children))));
}

export function parseSignoff(doc: Doc, blocks: TBlock[]): { roles: string[]; leftover: string[]; checkable: TBlock[] } {
  const roles: string[] = [];
  const leftover: string[] = [];
  const checkable: TBlock[] = [];
  for (const [k, node] of blocks.entries()) {
    if (node.type === "thematicBreak") continue;
    // (a table of roles with a box each — "| QA Lead | | | ☐ Approved |" — is the sheet itself: its rows are roles)
    if (hasCheckbox(doc, node) && !(node.type === "table" && roleColumn(doc, node as Table) >= 0)) {
      checkable.push(node);
      continue;
    }
    // a sub-heading over checkboxes names their group; over role lines it is text
    if (node.type === "heading" && namesCheckboxes(doc, blocks, k)) {
      checkable.push(node);
      continue;
    }
    if (node.type === "paragraph") {
      const rest: string[] = [];
      for (const line of doc.block(node).split("\n")) {
        const role = line.trim() ? signoffRole(line) : null;
        if (role) roles.push(role);
        else if (line.trim()) rest.push(line);
      }
      if (rest.length) leftover.push(rest.join("\n"));
      continue;
    }
    if (node.type === "list") {
      for (const item of node.children) {
        const first = item.children[0];
        const text = first?.type === "paragraph" ? doc.inline(first) : "";
        const role = signoffRole(text) ?? (item.children.length === 1 && text && text.length <= 60 && !text.includes(":") ? collapse(text.replace(/[*_]{2}/g, "")) : null);
        if (role) roles.push(role);
        else leftover.push(doc.block(item));
      }
      continue;
    }
    if (node.type === "table") {
      const table = node as Table;
      const cellText = (row: Table["children"][number], k: number) => {
        const cell = row.children[k];
        return cell ? doc.plainInline(cell.children) : "";
      };
      const header = table.children[0];
      if (!header) continue;
      const col = Math.max(0, roleColumn(doc, table));
      for (const row of table.children.slice(1)) {
        const role = cellText(row, col);
        if (role) roles.push(role);
      }
      // a table may carry names, dates, notes: it is kept as text as well
      leftover.push(doc.block(node));
      continue;
    }
    leftover.push(doc.block(node));
  }
  return { roles, leftover, checkable };
}

/** Whether the heading at `k` heads checkboxes: the first block after it that is not a comment holds one. */
function namesCheckboxes(doc: Doc, blocks: TBlock[], k: number): boolean {
  for (const next of blocks.slice(k + 1)) {
    if (next.type === "html" && /^\s*<!--[\s\S]*-->\s*$/.test(doc.block(next))) continue;
    return next.type !== "heading" && hasCheckbox(doc, next);
  }
  return false;
}
