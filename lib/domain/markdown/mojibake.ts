// Repair of double-encoded UTF-8: text whose UTF-8 bytes were once decoded as Mac Roman or
// Windows-1252 and saved again as UTF-8 ("üöÄ" for 🚀, "‚úÖ" for ✅, "â€™" for ’). A run of
// non-ASCII characters is replaced only when mapping it back to bytes gives valid UTF-8, so
// correct text ("£0.01", "é", "→") is left alone: a lone Latin letter never decodes as UTF-8, and
// a document mostly of runs that do not round-trip is correct text (repairMojibake).

// Mac Roman 0x80–0xFF. 0xDB is "€" since Mac OS 8.5 and "¤" before: both map back to it.
const MAC_ROMAN_HIGH = "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü" + "†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø" + "¿¡¬√ƒ≈∆«»…\u00A0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ" + "‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uF8FFÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ";

// Windows-1252 0x80–0x9F (the rest is Latin-1). Undefined bytes come through as C1 controls.
const CP1252_80_9F = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function inverseTable(chars: string[], base: number, extra: Array<[string, number]> = []): Map<string, number> {
  const map = new Map<string, number>();
  chars.forEach((c, i) => map.set(c, base + i));
  for (const [c, b] of extra) map.set(c, b);
  return map;
}

const MAC_ROMAN = inverseTable([...MAC_ROMAN_HIGH], 0x80, [["¤", 0xdb]]);
const CP1252 = (() => {
  const map = inverseTable([...CP1252_80_9F], 0x80);
  for (let b = 0xa0; b <= 0xff; b++) map.set(String.fromCharCode(b), b);
  return map;
})();

const utf8 = new TextDecoder("utf-8", { fatal: true });

function tryRepair(run: string, table: Map<string, number>): string | null {
  const bytes: number[] = [];
  for (const ch of run) {
    const b = table.get(ch);
    if (b === undefined) return null;
    bytes.push(b);
  }
  let decoded: string;
  try {
    decoded = utf8.decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
  // a repair that yields control characters is a misreading, not a repair
  if (/[\u0000-\u001f\u007f-\u009f\ufffd]/.test(decoded) || /^\p{M}/u.test(decoded)) return null;
  return decoded;
}

export type TMojibakeRepair = { text: string; repairedRuns: number; encoding: "Mac Roman" | "Windows-1252" | null };

const RUN = /[^\u0000-\u007f]+/g;

/**
 * Repairs every run that round-trips cleanly; returns the text unchanged when none does, or when the
 * runs that cannot be repaired are as many as those that can. A document saved twice over has every
 * non-ASCII character double-encoded, so nearly all of its runs round-trip; a correct one has runs
 * that cannot ("é", "à", "→"), and the few that round-trip by chance are its own words: French
 * "l’équipe" holds "’é", which read as Mac Roman bytes (D5 8E) decodes to the Armenian "Վ" (corpus
 * 2043, 2276), and "§2–§4" holds "–§", the Cyrillic "Ф" (eight documents of the corpus). The encoding
 * that repairs more runs of the document is tried first ("Ã©" is valid either way).
 */
export function repairMojibake(text: string): TMojibakeRepair {
  // each distinct run decoded once both ways (a document repeats its few accented runs many times)
  const decoded = new Map<string, { mac: string | null; cp: string | null }>();
  for (const run of text.match(RUN) ?? []) if (!decoded.has(run)) decoded.set(run, { mac: tryRepair(run, MAC_ROMAN), cp: tryRepair(run, CP1252) });
  let macCount = 0;
  let cpCount = 0;
  let unrepairable = 0;
  for (const run of text.match(RUN) ?? []) {
    const d = decoded.get(run);
    if (d?.mac != null) macCount++;
    if (d?.cp != null) cpCount++;
    if (d?.mac == null && d?.cp == null) unrepairable++;
  }
  if (macCount === 0 && cpCount === 0) return { text, repairedRuns: 0, encoding: null };
  if (unrepairable >= Math.max(macCount, cpCount)) return { text, repairedRuns: 0, encoding: null };
  const isMac = macCount >= cpCount;
  let repairedRuns = 0;
  const repaired = text.replace(RUN, (run) => {
    const d = decoded.get(run);
    const fixed = (isMac ? (d?.mac ?? d?.cp) : (d?.cp ?? d?.mac)) ?? null;
    if (fixed === null) return run;
    repairedRuns++;
    return fixed;
  });
  return { text: repaired, repairedRuns, encoding: isMac ? "Mac Roman" : "Windows-1252" };
}
