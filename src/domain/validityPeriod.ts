import type { Channel } from "./channel.js";

export const TIME_UNITS = ["SECONDS", "MINUTES", "HOURS"] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

const UNIT_MS: Record<TimeUnit, number> = { SECONDS: 1_000, MINUTES: 60_000, HOURS: 3_600_000 };

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Bounds per channel, from the OMNI docs: 30 s to 48 h, except Viber (35 s to 14 days). */
export function validityBounds(channel: Channel): { minMs: number; maxMs: number } {
  return channel === "VIBER"
    ? { minMs: 35_000, maxMs: 14 * DAY }
    : { minMs: 30_000, maxMs: 48 * HOUR };
}

export type ValidityPeriod =
  | { ok: true; ms: number; clamped: boolean }
  | {
      ok: false;
      reason: "TOO_SHORT" | "TOO_LONG" | "NOT_POSITIVE_INTEGER";
      minMs: number;
      maxMs: number;
    };

/**
 * Normalises `validityPeriod` + `validityPeriodTimeUnit` (default MINUTES) to milliseconds.
 * Periods above the maximum are clamped, as Infobip documents, except for Viber where "longer
 * than 14 days is not supported". Absent periods mean the maximum.
 */
export function normaliseValidityPeriod(
  channel: Channel,
  period: number | undefined,
  unit: TimeUnit = "MINUTES",
): ValidityPeriod {
  const { minMs, maxMs } = validityBounds(channel);
  if (period === undefined)
    return { ok: true, ms: channel === "VIBER" ? 48 * HOUR : maxMs, clamped: false };
  if (!Number.isInteger(period) || period <= 0) {
    return { ok: false, reason: "NOT_POSITIVE_INTEGER", minMs, maxMs };
  }
  const ms = period * UNIT_MS[unit];
  if (ms < minMs) return { ok: false, reason: "TOO_SHORT", minMs, maxMs };
  if (ms > maxMs) {
    if (channel === "VIBER") return { ok: false, reason: "TOO_LONG", minMs, maxMs };
    return { ok: true, ms: maxMs, clamped: true };
  }
  return { ok: true, ms, clamped: false };
}
