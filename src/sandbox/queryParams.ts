import { z } from "zod";
import { CHANNELS } from "../domain/channel.js";
import { parseOmniDate } from "../domain/omniDate.js";

/**
 * Query parameters as OMNI reads them, for the routes' zod schemas. Express hands a repeated
 * parameter over as an array (its first value counts) and `a[b]=c` as an object (not a value).
 */
function first(value: unknown): string | undefined {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === "string" ? one : undefined;
}

/** An empty parameter (`limit=`) is an absent one. */
function present(value: unknown): string | undefined {
  const one = first(value);
  return one === "" ? undefined : one;
}

/** The first value as sent, empty included. */
export const stringParam = z.preprocess(first, z.string().optional());

/** Repeated parameters and comma-separated lists both give several values (`bulkId=a,b&bulkId=c`). */
export const listParam = z.preprocess(
  (value) =>
    (Array.isArray(value) ? value : [value])
      .filter((v): v is string => typeof v === "string")
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== ""),
  z.array(z.string()),
);

export function intParam(bounds: { min: number; max?: number; fallback: number }) {
  const range = z
    .number()
    .refine(Number.isSafeInteger, { message: "must be an integer", abort: true })
    .min(bounds.min, `must be at least ${bounds.min}`);
  return z.preprocess(
    present,
    z
      .string()
      .regex(/^-?\d+$/, "must be an integer")
      .transform(Number)
      .pipe(
        bounds.max === undefined ? range : range.max(bounds.max, `must be at most ${bounds.max}`),
      )
      .default(bounds.fallback),
  );
}

export const booleanParam = z.preprocess(
  present,
  z
    .enum(["true", "false"], { error: "must be true or false" })
    .transform((text) => text === "true")
    .optional(),
);

export const channelParam = z.preprocess(
  present,
  z.enum(CHANNELS, { error: "unknown channel" }).optional(),
);

export const dateParam = z.preprocess(
  present,
  z
    .string()
    // An unencoded "+01:00" offset arrives as " 01:00" after query decoding.
    .transform((text) => parseOmniDate(text.replace(/ (\d{2}:?\d{2})$/, "+$1")).getTime())
    .refine((ms) => !Number.isNaN(ms), "must be a date-time like 2015-02-22T17:42:05.390+0100")
    .optional(),
);

/** One of `values`; an empty parameter is not one of them. */
export function enumParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    first,
    z.enum(values, { error: `must be one of ${values.join(", ")}` }).optional(),
  );
}

/** Required: absent and empty are both "must not be empty". */
export const requiredParam = z.preprocess(present, z.string({ error: "must not be empty" }));
