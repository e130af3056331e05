import type { z } from "zod";
import { ApiError } from "../errors.js";
import { fieldPath } from "../validation.js";

/**
 * The `/push/3` operations answer errors in Infobip's newer ApiError envelope
 * (`errorCode`, `violations[{property, violation}]`), not the OMNI `requestError` one.
 */
export class PushApiError extends ApiError {
  constructor(
    status: number,
    private readonly violations: { property: string; violation: string }[],
  ) {
    super(status, `E${status}`, "Request cannot be processed.");
  }

  override toBody(): object {
    return {
      errorCode: this.messageId,
      description: this.text,
      action: "Check the syntax, violations and adjust the request.",
      violations: this.violations,
      resources: [],
    };
  }
}

export function fromZod(error: z.ZodError): PushApiError {
  return new PushApiError(
    400,
    error.issues.map((issue) => ({
      property: fieldPath(issue.path) || "body",
      violation: issue.message,
    })),
  );
}
