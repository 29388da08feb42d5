// What the database can hold (issue 17 item 5): a number past its column's range used to reach
// Postgres and come back as "Something went wrong". Every numeric input schema takes its bounds
// from here, so the refusal is a sentence from zod and nothing reaches the database. Pure.
import { z } from "zod";

/** Postgres `integer` (Prisma `Int`): 32-bit signed. */
export const DB_INT_MIN = -2_147_483_648;
export const DB_INT_MAX = 2_147_483_647;
/** Postgres `bigint` (Prisma `BigInt`), as a decimal string's limit. */
export const DB_BIGINT_MAX = 9_223_372_036_854_775_807n;

/**
 * Decimal text of a positive `bigint` (an audit sequence, a cursor): never throws, whatever the
 * text. (A zod refine runs even after its regex failed: `BigInt("xyz")` there threw, and a URL
 * answered 500.)
 */
export function isPositiveBigintText(value: string): boolean {
  return /^[1-9]\d{0,18}$/.test(value) && BigInt(value) <= DB_BIGINT_MAX;
}

/** A whole number a Postgres `integer` column holds, within [min, max] (default: the column's range). */
export function zDbInt(message: string, bounds: { min?: number; max?: number } = {}) {
  const min = Math.max(bounds.min ?? DB_INT_MIN, DB_INT_MIN);
  const max = Math.min(bounds.max ?? DB_INT_MAX, DB_INT_MAX);
  return z.number(message).int(message).min(min, message).max(max, message);
}

/** An optimistic-lock version (`lockVersion`, `version`): a positive `integer`. */
export const zDbVersion = (message = "Reload the page and try again.") => zDbInt(message, { min: 1 });

/** The earliest and latest instant a planned date may name, relative to `now`. */
export const PLANNING_HORIZON = { pastDays: 366, futureYears: 5 } as const;

export function isWithinPlanningHorizon(date: Date, now: Date = new Date()): boolean {
  const t = date.getTime();
  if (Number.isNaN(t)) return false;
  const earliest = now.getTime() - PLANNING_HORIZON.pastDays * 86_400_000;
  const latest = new Date(now);
  latest.setUTCFullYear(latest.getUTCFullYear() + PLANNING_HORIZON.futureYears);
  return t >= earliest && t <= latest.getTime();
}

/** A calendar day `YYYY-MM-DD` that exists (no 31 February) between 1970 and 2999, for filters. */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1970 || year > 2999) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}
