import { describe, expect, it } from "vitest";
import { createStreamRedactor, normalizeSecrets, redactDeep, redactText, REDACTED } from "./redact-secrets";

const secrets = normalizeSecrets(["s3cret-value", "pw", "abcabd", undefined, "s3cret-value-longer"]);

/** Pushes the chunks through one redactor and returns what it emitted, flush included. */
function stream(chunks: string[]): string {
  const redactor = createStreamRedactor(secrets);
  return chunks.map((c) => redactor.push(c)).join("") + redactor.flush();
}

describe("redaction", () => {
  it("keeps distinct values long enough to redact, longest first", () => {
    expect(secrets).toEqual(["s3cret-value-longer", "s3cret-value", "abcabd"]);
  });

  it("replaces every occurrence, the longest secret whole", () => {
    expect(redactText("a s3cret-value b s3cret-value-longer pw", secrets)).toBe(`a ${REDACTED} b ${REDACTED} pw`);
    expect(redactText("regex chars .*+?", normalizeSecrets([".*+?"]))).toBe(`regex chars ${REDACTED}`);
  });

  it("redacts a secret split across chunks, at every split point", () => {
    const line = "before s3cret-value after\n";
    for (let i = 0; i <= line.length; i++) expect(stream([line.slice(0, i), line.slice(i)])).toBe(`before ${REDACTED} after\n`);
    expect(stream([..."x s3cret-value y"])).toBe(`x ${REDACTED} y`);
    // a held-back start that turns out not to be a secret is emitted unchanged
    expect(stream(["ab", "cab", "cabd!"])).toBe(`abc${REDACTED}!`);
    expect(stream(["abca", "bc!"])).toBe("abcabc!");
    expect(stream(["ends with s3cret-val"])).toBe("ends with s3cret-val");
  });

  it("emits text that cannot begin a secret at once", () => {
    const redactor = createStreamRedactor(secrets);
    expect(redactor.push("plain line\n")).toBe("plain line\n");
    expect(redactor.push("tail s3c")).toBe("tail ");
    expect(redactor.push("ret-value!")).toBe(`${REDACTED}!`);
  });

  it("redacts every string of a result, keys included, leaving other values", () => {
    const at = new Date(0);
    expect(redactDeep({ out: "x s3cret-value", n: 1, list: ["abcabd"], nested: { "s3cret-value": null, at } }, secrets)).toEqual({
      out: `x ${REDACTED}`,
      n: 1,
      list: [REDACTED],
      nested: { [REDACTED]: null, at },
    });
  });
});
