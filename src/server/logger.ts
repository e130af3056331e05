import { pino, type DestinationStream, type Logger } from "pino";

export type { Logger };

/** JSON logs; anything that could carry a credential is redacted even if someone logs it by mistake. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          "authorization",
          "*.authorization",
          "headers.authorization",
          "*.headers.authorization",
          'headers["x-api-key"]',
          '*.headers["x-api-key"]',
          'headers["router-authorization"]',
          '*.headers["router-authorization"]',
          "apiKey",
          "*.apiKey",
          "password",
          "*.password",
          "token",
          "*.token",
          "secret",
          "*.secret",
          // Webhook URLs may carry the secret as a query parameter.
          "notifyUrl",
          "*.notifyUrl",
          "webhookUrl",
        ],
        censor: "[redacted]",
      },
    },
    destination,
  );
}
