import { describe, expect, it } from "vitest";
import { changeFailureRate, formatRate, formatRatioCounts, formatSeconds, percentile, ratio, summariseRecovery } from "./dora";

describe("DORA stability metrics", () => {
  it("change failure rate: failed + rolled back over finished, with its counts", () => {
    // 41 finished production deployments: 35 succeeded, 2 failed, 4 rolled back → 6 of 41 = 14.6%
    const cfr = changeFailureRate({ succeeded: 35, failed: 2, rolledBack: 4 });
    expect(cfr).toEqual({ count: 6, of: 41, rate: 6 / 41 });
    expect(formatRatioCounts(cfr)).toBe("6 of 41");
    expect(formatRate(cfr)).toBe("14.6%");
    expect(changeFailureRate({ succeeded: 0, failed: 0, rolledBack: 0 }).rate).toBeNull();
    expect(formatRate(ratio(0, 0))).toBe("—");
    expect(formatRate(ratio(3, 3))).toBe("100.0%");
  });

  it("a succeeded deployment whose follow-up failed is a change failure (issue 15)", () => {
    // 33 succeeded and passed, 2 succeeded with a failed follow-up, 2 failed, 4 rolled back → 8 of 41
    expect(changeFailureRate({ succeeded: 33, failed: 2, rolledBack: 4, followUpFailed: 2 })).toEqual({ count: 8, of: 41, rate: 8 / 41 });
  });

  it("percentiles interpolate between ranks like Postgres percentile_cont", () => {
    // [10, 20, 30, 40]: median at rank 1.5 → 25; p90 at rank 2.7 → 30 + 0.7×10 = 37
    expect(percentile([40, 10, 30, 20], 0.5)).toBe(25);
    expect(percentile([40, 10, 30, 20], 0.9)).toBeCloseTo(37, 10);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
    // negative differences (faster than estimated) are values like any other
    expect(percentile([-5, 5, 15], 0.5)).toBe(5);
  });

  it("recovery time: median and p90 over recovered failures; unrecovered ones counted, not averaged in", () => {
    // failures recovered after 1 h, 2 h, 4 h and 1 day; one not recovered yet
    const summary = summariseRecovery([3600, 7200, null, 14_400, 86_400]);
    expect(summary.failures).toBe(5);
    expect(summary.recovered).toBe(4);
    // sorted [3600, 7200, 14400, 86400]: median rank 1.5 → 10800; p90 rank 2.7 → 14400 + 0.7×72000 = 64800
    expect(summary.medianSeconds).toBe(10_800);
    expect(summary.p90Seconds).toBeCloseTo(64_800, 6);
    expect(summariseRecovery([null])).toEqual({ failures: 1, recovered: 0, medianSeconds: null, p90Seconds: null });
  });

  it("formats durations for people", () => {
    expect(formatSeconds(45)).toBe("45 s");
    expect(formatSeconds(10_800)).toBe("3 h");
    expect(formatSeconds(64_800)).toBe("18 h");
    expect(formatSeconds(3 * 86_400 + 4 * 3600)).toBe("3 d 4 h");
    expect(formatSeconds(-600)).toBe("−10 min");
    expect(formatSeconds(null)).toBe("—");
  });
});
