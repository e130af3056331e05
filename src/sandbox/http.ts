import express, { type RequestHandler } from "express";

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

/** The first value of a query parameter given once or repeated; validation is queryParams.ts's. */
export function oneParam(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" ? first : undefined;
}
