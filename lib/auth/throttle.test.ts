import { describe, expect, it } from "vitest";
import { clientAddressFrom, computeLock, LOCK_MS, throttledMessage, WINDOW_MS, type TAttempt } from "./throttle";

const T0 = new Date("2030-01-01T10:00:00Z").getTime();
const min = (m: number) => new Date(T0 + m * 60_000);
const fail = (m: number): TAttempt => ({ isSuccess: false, createdAt: min(m) });
const ok = (m: number): TAttempt => ({ isSuccess: true, createdAt: min(m) });

describe("computeLock", () => {
  it("does not lock after four failures", () => {
    expect(computeLock([fail(0), fail(1), fail(2), fail(3)], min(4))).toBeNull();
  });

  it("locks for 15 minutes from the fifth failure within 15 minutes", () => {
    const attempts = [fail(0), fail(1), fail(2), fail(3), fail(4)];
    expect(computeLock(attempts, min(5))).toEqual(min(4 + LOCK_MS / 60_000));
    expect(computeLock(attempts, min(18.99))).toEqual(min(19));
    expect(computeLock(attempts, min(19))).toBeNull();
  });

  it("does not count failures spread over more than the window", () => {
    expect(WINDOW_MS).toBe(15 * 60_000);
    expect(computeLock([fail(0), fail(4), fail(8), fail(12), fail(16)], min(17))).toBeNull();
  });

  it("ignores attempts refused during the lock: they neither count nor extend it", () => {
    const attempts = [fail(0), fail(1), fail(2), fail(3), fail(4), fail(6), fail(10), fail(12), fail(18)];
    expect(computeLock(attempts, min(18.5))).toEqual(min(19));
    expect(computeLock(attempts, min(19.5))).toBeNull();
  });

  it("locks again after five new failures once the lock ended", () => {
    const attempts = [fail(0), fail(1), fail(2), fail(3), fail(4), fail(20), fail(21), fail(22), fail(23), fail(24)];
    expect(computeLock(attempts, min(25))).toEqual(min(39));
  });

  it("starts counting again after a successful sign-in", () => {
    expect(computeLock([fail(0), fail(1), fail(2), fail(3), ok(4), fail(5)], min(6))).toBeNull();
  });

  it("accepts attempts in any order and ignores future ones", () => {
    const attempts = [fail(4), fail(2), fail(0), fail(3), fail(1)];
    expect(computeLock(attempts, min(5))).toEqual(min(19));
    expect(computeLock([...attempts.slice(0, 4), fail(60)], min(5))).toBeNull();
  });
});

describe("throttledMessage", () => {
  it("says how many minutes are left, rounded up", () => {
    expect(throttledMessage(min(15), min(0))).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
    expect(throttledMessage(min(0.2), min(0))).toBe("Too many failed sign-in attempts. Try again in 1 minute.");
    expect(throttledMessage(min(1.5), min(0))).toBe("Too many failed sign-in attempts. Try again in 2 minutes.");
  });
});

describe("clientAddressFrom", () => {
  it("takes the first x-forwarded-for entry, then x-real-ip, else unknown", () => {
    expect(clientAddressFrom({ "x-forwarded-for": "203.0.113.7, 10.0.0.1", "x-real-ip": "10.0.0.2" })).toBe("203.0.113.7");
    expect(clientAddressFrom({ "x-real-ip": "2001:db8::1" })).toBe("2001:db8::1");
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": " 198.51.100.4 " }))).toBe("198.51.100.4");
    expect(clientAddressFrom({})).toBe("unknown");
    expect(clientAddressFrom(undefined)).toBe("unknown");
  });

  it("refuses values that are not addresses", () => {
    expect(clientAddressFrom({ "x-forwarded-for": "<script>" })).toBe("unknown");
    expect(clientAddressFrom({ "x-forwarded-for": "a".repeat(200) })).toBe("unknown");
  });
});
