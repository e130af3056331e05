import { AuthenticationError } from "./AuthenticationError.js";

/** Node's incoming headers, or graphql-ws connection params turned into the same shape. */
export type RequestHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** What a caller presented, before anything is checked. */
export type Credential =
  | { kind: "bearer"; token: string }
  | { kind: "apiKey"; key: string }
  /** A scheme this gateway does not verify (Basic, Digest…), or no scheme at all. */
  | { kind: "other" };

export const API_KEY_HEADER = "x-api-key";

/**
 * A header by name, whatever its case: Node lower-cases incoming names, but headers handed
 * over from a websocket's connection params keep the client's spelling.
 */
export function headerValue(headers: RequestHeaders, name: string): string | string[] | undefined {
  const exact = headers[name];
  if (exact !== undefined) return exact;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return value;
  }
  return undefined;
}

/**
 * The one credential of a request: `Authorization: Bearer <jwt>`, `Authorization: ApiKey <key>`
 * or `X-Api-Key: <key>` (for clients that cannot set Authorization). Two of them, or a repeated
 * header, are refused rather than one being picked: which one wins would be a guess.
 */
export function presentedCredential(headers: RequestHeaders): Credential | undefined {
  const authorization = single(headerValue(headers, "authorization"), "Authorization");
  const apiKey = single(headerValue(headers, API_KEY_HEADER), "X-Api-Key");
  if (authorization !== undefined && apiKey !== undefined) {
    throw unsupported("Send one credential: Authorization or X-Api-Key, not both.");
  }
  if (apiKey !== undefined) return { kind: "apiKey", key: apiKey };
  if (authorization === undefined) return undefined;

  // Anything but "<scheme> <credential>" is a credential of some other kind, not ours to parse.
  const [, scheme, value] = /^([A-Za-z][A-Za-z0-9._~+-]*)[ \t]+(\S+)$/.exec(authorization) ?? [];
  if (!scheme || !value) return { kind: "other" };
  // Authentication schemes are case-insensitive (RFC 9110 §11.1).
  switch (scheme.toLowerCase()) {
    case "bearer":
      return { kind: "bearer", token: value };
    case "apikey":
      return { kind: "apiKey", key: value };
    default:
      return { kind: "other" };
  }
}

/** Blank counts as absent: some clients send an empty Authorization header when logged out. */
function single(value: string | string[] | undefined, label: string): string | undefined {
  if (Array.isArray(value)) {
    if (value.length > 1) throw unsupported(`Send the ${label} header once.`);
    value = value[0];
  }
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function unsupported(message: string): AuthenticationError {
  return new AuthenticationError("UNSUPPORTED_CREDENTIALS", message);
}
