import type { z } from "zod";
import { badRequest, type ValidationErrors } from "./errors.js";

/**
 * What a request's schema reads it as, or the 400 Infobip answers: every problem under its field
 * path (`destinations[0].to.phoneNumber`), the whole body's under `body`.
 */
export function validated<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw badRequest(validationErrorsOf(result.error));
}

export function validationErrorsOf(error: z.ZodError): ValidationErrors {
  const errors: ValidationErrors = {};
  for (const issue of error.issues)
    (errors[fieldPath(issue.path) || "body"] ??= []).push(issue.message);
  return errors;
}

/** `messages[0].destinations[1].$and` from a zod path; empty for the value itself. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A body that is no JSON object reads as an empty one, so that its missing fields are named. */
export function recordOrEmpty(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/**
 * "must not be empty" as a refinement rather than `.min(1)`: zod runs length checks on anything
 * with a length, so a string where a list belongs would be told both that it is no list and
 * that it is empty.
 */
export function nonEmpty<S extends z.ZodType<{ length: number }>>(schema: S) {
  return schema.refine((value) => value.length > 0, "must not be empty");
}
