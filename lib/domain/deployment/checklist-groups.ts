// A long checklist read as its groups (issue 18 item 4): imported runbooks keep a checklist's
// sub-heading in each item's text ("Team Coordination: Notify all stakeholders…"), so runs of
// consecutive items sharing that prefix form a group the lead can tick in one action.
export type TChecklistGroup = { heading: string | null; itemIds: string[] };

/** Every "Heading: " prefix of an item, shortest first ("Test 1", "Test 1: View Client Details"). */
function prefixesOf(text: string): string[] {
  const out: string[] = [];
  for (let at = text.indexOf(": "); at > 0 && at <= 80; at = text.indexOf(": ", at + 1)) if (text.slice(at + 2).trim()) out.push(text.slice(0, at).trim());
  return out;
}

/**
 * Consecutive items with the same "Heading: " prefix (two or more) form a group — the prefix that
 * holds the longest run, the longest such prefix on a tie; the rest stand alone (heading null).
 */
export function groupChecklist(items: readonly { id: string; text: string }[]): TChecklistGroup[] {
  const groups: TChecklistGroup[] = [];
  for (let i = 0; i < items.length; ) {
    let heading: string | null = null;
    let end = i + 1;
    for (const prefix of prefixesOf(items[i]!.text)) {
      let j = i + 1;
      while (j < items.length && items[j]!.text.startsWith(`${prefix}: `)) j++;
      if (j - i >= 2 && j >= end) {
        heading = prefix;
        end = j;
      }
    }
    if (heading) groups.push({ heading, itemIds: items.slice(i, end).map((x) => x.id) });
    else {
      const last = groups.at(-1);
      if (last && last.heading === null) last.itemIds.push(items[i]!.id);
      else groups.push({ heading: null, itemIds: [items[i]!.id] });
    }
    i = end;
  }
  return groups;
}
