// Canonical JSON for hashing: object keys sorted, no whitespace, undefined dropped, dates as
// ISO strings. The same value always gives the same bytes, whatever order it was built in.
// Written straight into one string, without a normalised copy of the value: verifying a million
// events spends most of its time here (BENCHMARKS.md "The audit trail at a million events").
// canonical-json.test.ts proves it equal, byte for byte, to JSON.stringify of the normalised value.
export function canonicalJson(value: unknown): string {
  return write(value) ?? "null";
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
      const keys = Object.keys(record).sort();
      let out = "{";
      let isFirst = true;
      for (const key of keys) {
        const text = write(record[key]);
        if (text === undefined) continue;
        out += `${isFirst ? "" : ","}${JSON.stringify(key)}:${text}`;
        isFirst = false;
      }
      return `${out}}`;
    }
    default:
      // functions and symbols: JSON.stringify drops them from objects; as values they read null
      return undefined;
  }
}
