// Canonical JSON for hashing: object keys sorted, no whitespace, undefined dropped, dates as
// ISO strings. The same value always gives the same bytes, whatever order it was built in.
// Written straight into one string, without a normalised copy of the value: verifying a million
// events spends most of its time here (BENCHMARKS.md "The audit trail at a million events").
// canonical-json.test.ts proves it equal, byte for byte, to JSON.stringify of the normalised value.
export function canonicalJson(value: unknown): string {
  return write(value) ?? "null";
}

/**
 * The order the rule has always written an object's keys in — the order of a JavaScript object
 * built by inserting the sorted keys: array-index keys ("0", "17", …) first in numeric order,
 * then every other key in code-unit order. Every stored hash was computed that way, so it stays.
 */
function canonicalKeyOrder(keys: string[]): string[] {
  const sorted = keys.sort();
  const indices = sorted.filter(isArrayIndex);
  if (indices.length === 0) return sorted;
  indices.sort((a, b) => Number(a) - Number(b));
  return [...indices, ...sorted.filter((k) => !isArrayIndex(k))];
}

/**
 * Each key shape's order, with every key already quoted as `"key":` — events of one type share a
 * payload shape, so a million events sort a few dozen key lists. Bounded: memory stays constant
 * whatever the payloads hold.
 */
const SHAPES_MAX = 2048;
type TShape = { source: string[]; keys: string[]; prefixes: string[] };
const shapes = new Map<string, TShape>();

function shapeOf(keys: string[]): TShape {
  const id = keys.join("\u0000");
  const cached = shapes.get(id);
  // a key holding the separator could give another list the same id: the list itself decides
  if (cached !== undefined && cached.source.length === keys.length && cached.source.every((k, i) => k === keys[i])) return cached;
  const ordered = canonicalKeyOrder([...keys]);
  const shape = { source: keys, keys: ordered, prefixes: ordered.map((k) => `${JSON.stringify(k)}:`) };
  if (shapes.size >= SHAPES_MAX) shapes.clear();
  shapes.set(id, shape);
  return shape;
}

/** ECMAScript's array index: the canonical decimal text of an integer in [0, 2^32 − 2]. */
function isArrayIndex(key: string): boolean {
  if (key.length === 0 || key.length > 10 || (key.length > 1 && key[0] === "0")) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return Number(key) <= 4_294_967_294;
}

/** The canonical text of `value` as an object member, or undefined where JSON drops the member. */
export function canonicalMember(value: unknown): string | undefined {
  return write(value);
}

/** The canonical text of `value`, or undefined where JSON drops it (an undefined object member). */
function write(value: unknown): string | undefined {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? JSON.stringify(value) : "null";
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return JSON.stringify(value.toString());
    case "undefined":
      return undefined;
    case "object": {
      if (value === null) return "null";
      if (value instanceof Date) return JSON.stringify(value.toISOString());
      if (Array.isArray(value)) {
        let out = "[";
        for (let i = 0; i < value.length; i++) {
          if (i) out += ",";
          out += write(value[i]) ?? "null";
        }
        return `${out}]`;
      }
      const record = value as Record<string, unknown>;
      const { keys, prefixes } = shapeOf(Object.keys(record));
      let out = "{";
      for (let i = 0; i < keys.length; i++) {
        const text = write(record[keys[i]!]);
        if (text === undefined) continue;
        out += out.length === 1 ? prefixes[i]! + text : `,${prefixes[i]!}${text}`;
      }
      return `${out}}`;
    }
    default:
      // functions and symbols: JSON.stringify drops them from objects; as values they read null
      return undefined;
  }
}
