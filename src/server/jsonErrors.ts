import type { ErrorRequestHandler } from "express";

/** Body-parser failures (413, bad JSON) as JSON, never express's HTML page with a stack trace. */
export const jsonErrors: ErrorRequestHandler = (error, _req, res, _next) => {
  const status =
    typeof error?.status === "number" && error.status >= 400 && error.status < 500
      ? error.status
      : 500;
  res.status(status).json({
    errors: [
      {
        message:
          status === 413
            ? "Request body too large."
            : status === 400
              ? "Malformed request body."
              : "Internal server error.",
        extensions: { code: status === 500 ? "INTERNAL_SERVER_ERROR" : "BAD_REQUEST" },
      },
    ],
  });
};
