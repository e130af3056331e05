import { createHmac, randomBytes } from "node:crypto";
import { KNOWN_SCOPES, type Grant } from "./scopes.js";

/** An API key limited to some scopes, as an Infobip key created with a scope list is. */
export interface ScopedApiKey {
  key: string;
  scopes: string[];
}

/**
 * The secrets of one account, by scheme. An API key given as a plain string, and every Basic,
 * IBSSO and Bearer credential, has every scope.
 */
export interface SandboxCredentials {
  apiKeys?: (string | ScopedApiKey)[];
  basic?: { username: string; password: string }[];
  ibssoTokens?: string[];
  bearerTokens?: string[];
}

/** The four `Authorization` schemes every OMNI operation accepts (omni-api.md §6). */
export type Scheme = "App" | "Basic" | "IBSSO" | "Bearer";

export interface Credential {
  scheme: Scheme;
  /** What follows the scheme: the token, or `username:password` for Basic. */
  secret: string;
  /** Basic names a user; the other schemes are the secret alone. */
  username?: string;
  grant: Grant;
  /** Where it was configured (`accounts[1].credentials.apiKeys[0]`), for errors without the secret. */
  path: string;
}

const KNOWN = new Set(KNOWN_SCOPES);

/** Checks the shape of one account's credentials and flattens them; throws naming the entry. */
export function credentialsOf(credentials: SandboxCredentials, path: string): Credential[] {
  const found: Credential[] = [];
  const token = (value: unknown, at: string): string => {
    if (typeof value !== "string" || !/^\S+$/.test(value)) {
      throw new Error(`Sandbox ${at} must be a non-empty string without spaces`);
    }
    return value;
  };
  (credentials.apiKeys ?? []).forEach((entry, i) => {
    const at = `${path}.apiKeys[${i}]`;
    if (typeof entry === "string") {
      found.push({ scheme: "App", secret: token(entry, at), grant: "ALL", path: at });
      return;
    }
    const secret = token(entry?.key, `${at}.key`);
    if (!Array.isArray(entry.scopes)) throw new Error(`Sandbox ${at}.scopes must be a list`);
    for (const scope of entry.scopes) {
      if (!KNOWN.has(scope)) {
        throw new Error(
          `Sandbox ${at}.scopes: unknown scope ${JSON.stringify(scope)}; Infobip's are ${KNOWN_SCOPES.join(", ")}`,
        );
      }
    }
    found.push({ scheme: "App", secret, grant: new Set(entry.scopes), path: at });
  });
  (credentials.basic ?? []).forEach((entry, i) => {
    const at = `${path}.basic[${i}]`;
    // RFC 7617: the user-id ends at the first colon, so one inside it could never match.
    if (typeof entry?.username !== "string" || !/^[^:\s]+$/.test(entry.username)) {
      throw new Error(`Sandbox ${at}.username must be non-empty, without colon or spaces`);
    }
    if (typeof entry.password !== "string" || entry.password === "") {
      throw new Error(`Sandbox ${at}.password must be a non-empty string`);
    }
    found.push({
      scheme: "Basic",
      secret: `${entry.username}:${entry.password}`,
      username: entry.username,
      grant: "ALL",
      path: at,
    });
  });
  (credentials.ibssoTokens ?? []).forEach((entry, i) => {
    const at = `${path}.ibssoTokens[${i}]`;
    found.push({ scheme: "IBSSO", secret: token(entry, at), grant: "ALL", path: at });
  });
  (credentials.bearerTokens ?? []).forEach((entry, i) => {
    const at = `${path}.bearerTokens[${i}]`;
    found.push({ scheme: "Bearer", secret: token(entry, at), grant: "ALL", path: at });
  });
  return found;
}

/**
 * Finds what an `Authorization` header stands for. Secrets are kept and looked up as HMACs under
 * a key made at start: the map's string compare then runs on digests a caller cannot steer, so
 * its timing says nothing about how much of a guess was right.
 */
export class CredentialMatcher<T> {
  private readonly key = randomBytes(32);
  private readonly entries = new Map<string, T>();

  add(scheme: Scheme, secret: string, value: T): void {
    this.entries.set(this.idOf(scheme.toLowerCase(), secret), value);
  }

  match(authorization: string | undefined): T | undefined {
    const parsed = /^(\S+)\s+(\S+)\s*$/.exec(authorization ?? "");
    if (!parsed) return undefined;
    const scheme = parsed[1]!.toLowerCase();
    const raw = parsed[2]!;
    const secret = scheme === "basic" ? Buffer.from(raw, "base64").toString("utf8") : raw;
    return this.entries.get(this.idOf(scheme, secret));
  }

  private idOf(scheme: string, secret: string): string {
    return `${scheme} ${createHmac("sha256", this.key).update(secret).digest("base64")}`;
  }
}
