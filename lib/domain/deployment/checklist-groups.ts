// A long checklist read as its groups (issue 18 item 4): imported runbooks keep a checklist's
// sub-heading in each item's text ("Team Coordination: Notify all stakeholders…"), so runs of
// consecutive items sharing that prefix form a group the lead can tick in one action.
export type TChecklistGroup = { heading: string | null; itemIds: string[] };

const PREFIX = /^([^:\n]{2,60}):\s+\S/;

/** Consecutive items with the same "Heading: " prefix (two or more) form a group; the rest stand alone (heading null). */
export function groupChecklist(items: readonly { id: string; text: string }[]): TChecklistGroup[] {
  const groups: TChecklistGroup[] = [];
  const headingOf = (text: string) => PREFIX.exec(text)?.[1]?.trim() ?? null;
  for (let i = 0; i < items.length; ) {
    const heading = headingOf(items[i]!.text);
    let j = i + 1;
    while (heading && j < items.length && headingOf(items[j]!.text) === heading) j++;
    if (heading && j - i >= 2) groups.push({ heading, itemIds: items.slice(i, j).map((x) => x.id) });
    else {
      const last = groups.at(-1);
      if (last && last.heading === null) last.itemIds.push(items[i]!.id);
      else groups.push({ heading: null, itemIds: [items[i]!.id] });
      j = i + 1;
    }
    i = j;
  }
  return groups;
}
