// The session cookie's decoding, remembered per cookie string (lib/auth/session-token.ts): the
// same payload as next-auth's decode, and what that decode refuses stays refused — a kept cookie
// that expires is refused from then on, a cookie altered by one character is never taken for it.
import { afterEach, describe, expect, it, vi } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { decodeSessionToken } from "./session-token";

const secret = "a-test-secret-that-is-long-enough-for-hkdf";

afterEach(() => {
  vi.useRealTimers();
});

describe("decodeSessionToken", () => {
  it("answers what next-auth's decode answers, on every use", async () => {
    const token = await encode({ token: { id: "u1", sv: 3 }, secret, maxAge: 3600 });
    const expected = await decode({ token, secret });
    expect(await decodeSessionToken({ token, secret })).toEqual(expected);
    expect(await decodeSessionToken({ token, secret })).toEqual(expected);
    expect(await decodeSessionToken({ token: undefined, secret })).toBeNull();
  });

  it("refuses a kept cookie once it has expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    // expires in 20 s (jose allows 15 s more): refused at 40 s, while the copy would be kept 60 s
    const token = await encode({ token: { id: "u2", sv: 1 }, secret, maxAge: 20 });
    expect((await decodeSessionToken({ token, secret }))?.id).toBe("u2");
    vi.setSystemTime(Date.now() + 10_000);
    expect((await decodeSessionToken({ token, secret }))?.id).toBe("u2");
    vi.setSystemTime(Date.now() + 30_000);
    await expect(decodeSessionToken({ token, secret })).rejects.toThrow();
  });

  it("never takes an altered cookie or another secret's for a kept one", async () => {
    const token = await encode({ token: { id: "u3", sv: 1 }, secret, maxAge: 3600 });
    expect((await decodeSessionToken({ token, secret }))?.id).toBe("u3");
    const altered = `${token.slice(0, -2)}${token.at(-2) === "A" ? "B" : "A"}${token.at(-1)}`;
    await expect(decodeSessionToken({ token: altered, secret })).rejects.toThrow();
    await expect(decodeSessionToken({ token, secret: `${secret}-rotated` })).rejects.toThrow();
  });
});
