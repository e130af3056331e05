import { readFileSync } from "node:fs";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { DEFAULT_TENANT, isTenantId, type Principal } from "../../domain/principal.js";
import { ALL_SCOPES, type Scope } from "../../domain/scopes.js";
import { AuthenticationError } from "./AuthenticationError.js";
import { apiKeyDigest } from "./hashApiKey.js";

/** One line of AUTH_API_KEYS_FILE: who a key is, never the key itself. */
export interface ApiKeyEntry {
  id: string;
  /** Lower-case hex of the SHA-256 of the key (see hashApiKey). */
  sha256: string;
  tenant: string;
  scopes: readonly Scope[];
}

// Strict objects: a misspelt field, or a plaintext "key" pasted into the file, is an error.
const entrySchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, "letters, digits, '.', '_' and '-' only"),
  sha256: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, "64 hex digits: the SHA-256 of the key, not the key")
    .transform((hex) => hex.toLowerCase()),
  tenant: z.string().refine(isTenantId, "not a tenant id").default(DEFAULT_TENANT),
  scopes: z.array(z.enum([...ALL_SCOPES] as [Scope, ...Scope[]])),
});

const fileSchema = z
  .strictObject({ keys: z.array(entrySchema).min(1) })
  .superRefine(({ keys }, context) => {
    const seen = { id: new Set<string>(), sha256: new Set<string>() };
    keys.forEach((entry, index) => {
      for (const field of ["id", "sha256"] as const) {
        if (seen[field].has(entry[field])) {
          context.addIssue({
            code: "custom",
            path: ["keys", index, field],
            message: `the same ${field} is listed twice`,
          });
        }
        seen[field].add(entry[field]);
      }
    });
  });

/** Reads and checks the keys file at start; the error lists every problem, by place in the file. */
export function readApiKeysFile(path: string): ApiKeyEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new Error(`cannot read ${path} as JSON`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(
      parsed.error.issues
        .map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`)
        .join("; "),
    );
  }
  return parsed.data.keys;
}

/**
 * Finds the entry of a presented key. The key is hashed and compared with every entry, always
 * all of them and each in constant time, so how long a refusal takes says nothing about which
 * keys exist or how close a guess came.
 */
export function createApiKeyCheck(entries: readonly ApiKeyEntry[]): (key: string) => Principal {
  const known = entries.map((entry) => ({ entry, digest: Buffer.from(entry.sha256, "hex") }));
  return (key) => {
    const digest = apiKeyDigest(key);
    let match: ApiKeyEntry | undefined;
    for (const { entry, digest: expected } of known) {
      if (timingSafeEqual(digest, expected)) match = entry;
    }
    if (!match) throw new AuthenticationError("UNKNOWN_API_KEY", "The API key is not known.");
    return {
      subject: match.id,
      tenant: match.tenant,
      scopes: new Set(match.scopes),
      method: "apiKey",
    };
  };
}
