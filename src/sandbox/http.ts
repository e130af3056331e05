import express, { type RequestHandler } from "express";
import { Issues } from "./errors.js";

/** Large enough for a 10 000-destination send. */
export const BODY_LIMIT = "5mb";

/** JSON bodies; a body sent without a content type is read as JSON too, as lenient APIs do. */
export const jsonBody: RequestHandler = express.json({
  limit: BODY_LIMIT,
  type: (req) => {
    const type = req.headers["content-type"];
    return type === undefined || /[/+]json\b/i.test(type);
  },
});

type QueryValue = unknown;

export function oneParam(value: QueryValue): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
}

/** Repeated parameters and comma-separated lists both give several values (`bulkId=a,b&bulkId=c`). */
export function listParam(value: QueryValue): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values
    .filter((v): v is string => typeof v === "string")
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

export function intParam(
  value: QueryValue,
  name: string,
  bounds: { min: number; max?: number; fallback: number },
  issues: Issues,
): number {
  const text = oneParam(value);
  if (text === undefined || text === "") return bounds.fallback;
  const n = /^-?\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n)) issues.add(name, "must be an integer");
  else if (n < bounds.min) issues.add(name, `must be at least ${bounds.min}`);
  else if (bounds.max !== undefined && n > bounds.max)
    issues.add(name, `must be at most ${bounds.max}`);
  else return n;
  return bounds.fallback;
}

export function booleanParam(value: QueryValue, name: string, issues: Issues): boolean | undefined {
  const text = oneParam(value);
  if (text === undefined || text === "") return undefined;
  if (text === "true" || text === "false") return text === "true";
  issues.add(name, "must be true or false");
  return undefined;
}
