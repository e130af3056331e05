/** Infobip's error envelope: `{"requestError":{"serviceException":{messageId,text,validationErrors?}}}`. */
export type ValidationErrors = Record<string, string[]>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly messageId: string,
    readonly text: string,
    readonly validationErrors?: ValidationErrors,
    /** Response headers that go with the body, such as a 429's Retry-After. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(text);
  }

  toBody(): object {
    return {
      requestError: {
        serviceException: {
          messageId: this.messageId,
          text: this.text,
          ...(this.validationErrors ? { validationErrors: this.validationErrors } : {}),
        },
      },
    };
  }
}

export const badRequest = (validationErrors?: ValidationErrors): ApiError =>
  new ApiError(400, "BAD_REQUEST", "Bad request", validationErrors);
export const unauthorized = (): ApiError => new ApiError(401, "UNAUTHORIZED", "Unauthorized");
export const forbidden = (): ApiError => new ApiError(403, "FORBIDDEN", "Forbidden");
export const notFound = (): ApiError => new ApiError(404, "NOT_FOUND", "Not found");
export const tooManyRequests = (retryAfterSeconds: number): ApiError =>
  new ApiError(429, "TOO_MANY_REQUESTS", "Too many requests", undefined, {
    "Retry-After": String(retryAfterSeconds),
  });
export const generalError = (): ApiError =>
  new ApiError(500, "GENERAL_ERROR", "Something went wrong. Please contact support.");
