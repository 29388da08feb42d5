import { describe, expect, it } from "vitest";
import { NETWORK_ERROR_MESSAGE, firstFieldError, readActionResult, runAction } from "./read-result";

describe("readActionResult", () => {
  it("reads data", () => {
    expect(readActionResult({ ok: true, data: 3 })).toEqual({ isOk: true, data: 3, fieldErrors: {}, formError: null, code: null });
  });

  it("reads field and form errors", () => {
    const read = readActionResult({ ok: false, validationErrors: { name: ["Too short."], _form: ["Check the dates."] } });
    expect(read).toMatchObject({ isOk: false, fieldErrors: { name: ["Too short."] }, formError: "Check the dates." });
    expect(firstFieldError(read, "name")).toBe("Too short.");
    expect(firstFieldError(read, "other")).toBeUndefined();
  });

  it("reads a server error with its code", () => {
    expect(readActionResult({ ok: false, serverError: "Nope.", code: "FORBIDDEN" })).toMatchObject({ isOk: false, formError: "Nope.", code: "FORBIDDEN" });
  });
});

describe("runAction", () => {
  it("reads a failed request as a network error", async () => {
    expect(await runAction(() => Promise.reject(new TypeError("fetch failed")))).toMatchObject({ isOk: false, formError: NETWORK_ERROR_MESSAGE });
  });

  it("lets Next's redirects through", async () => {
    const redirect = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/x;307;" });
    await expect(runAction(() => Promise.reject(redirect))).rejects.toBe(redirect);
  });
});
