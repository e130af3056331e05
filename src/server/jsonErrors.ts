import type { ServerResponse } from "node:http";
import type { ErrorRequestHandler } from "express";

/**
 * A request refused before GraphQL could read it (body too large, not JSON, an encoding or
 * charset we do not read), answered as JSON with a fixed message: never a parser's own words,
 * an HTML page or a stack trace.
 */
export function writeRequestError(res: ServerResponse, reportedStatus: unknown): void {
  const status =
    typeof reportedStatus === "number" && reportedStatus >= 400 && reportedStatus < 500
      ? reportedStatus
      : 500;
  const body = JSON.stringify({
    errors: [
      {
        message: MESSAGES[status] ?? (status === 500 ? "Internal server error." : "Bad request."),
        extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" },
      },
    ],
  });
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.setHeader("content-length", Buffer.byteLength(body));
  res.end(body);
}

const MESSAGES: Readonly<Record<number, string>> = {
  400: "Malformed request body.",
  413: "Request body too large.",
  415: "Unsupported request body encoding or charset.",
};

/** Body-parser failures on the routes express serves, the same way. */
export const jsonErrors: ErrorRequestHandler = (error, _req, res, _next) => {
  writeRequestError(res, error?.status);
};
