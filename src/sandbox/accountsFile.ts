import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { SandboxAccount } from "./accounts.js";
import type { SandboxCredentials } from "./credentials.js";
import { sandboxSeedSchema } from "./seed.js";

const secretSchema = z.union([z.string().min(1), z.strictObject({ env: z.string().min(1) })]);
type Secret = z.infer<typeof secretSchema>;

const fileSchema = z
  .array(
    z.strictObject({
      id: z.string().min(1),
      credentials: z.strictObject({
        apiKeys: z
          .array(
            z.union([
              secretSchema,
              z.strictObject({ key: secretSchema, scopes: z.array(z.string()) }),
            ]),
          )
          .optional(),
        basic: z
          .array(z.strictObject({ username: z.string().min(1), password: secretSchema }))
          .optional(),
        ibssoTokens: z.array(secretSchema).optional(),
        bearerTokens: z.array(secretSchema).optional(),
      }),
      seed: sandboxSeedSchema.optional(),
      rateLimit: z
        .strictObject({ requests: z.number().int().positive(), perSeconds: z.number().positive() })
        .optional(),
    }),
  )
  .min(1);

/**
 * `SANDBOX_ACCOUNTS_FILE`: a JSON array of accounts as `startSandbox` takes them. Any secret may
 * be `{"env": "NAME"}` instead, so the file can be committed while the secrets stay in the
 * environment. Whether ids and secrets are unique is checked by startSandbox, like any options.
 */
export async function loadAccountsFile(
  path: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<SandboxAccount[]> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new Error(`Cannot read sandbox accounts file ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Sandbox accounts file ${path} is not JSON: ${(error as Error).message}`);
  }
  const result = fileSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Invalid sandbox accounts file ${path}:\n${z.prettifyError(result.error)}`);
  }

  // Resolved after the shape is known, so a missing variable is named as such, not as a bad shape.
  const missing: string[] = [];
  const reveal = (secret: Secret, at: string): string => {
    if (typeof secret === "string") return secret;
    const value = env[secret.env];
    if (!value) missing.push(`✖ environment variable ${secret.env} is not set\n  → at ${at}`);
    return value ?? "";
  };
  const accounts = result.data.map((account, i): SandboxAccount => {
    const at = `[${i}].credentials`;
    const { apiKeys, basic, ibssoTokens, bearerTokens } = account.credentials;
    const credentials: SandboxCredentials = {
      ...(apiKeys && {
        apiKeys: apiKeys.map((entry, j) =>
          typeof entry === "object" && "key" in entry
            ? { key: reveal(entry.key, `${at}.apiKeys[${j}].key`), scopes: entry.scopes }
            : reveal(entry, `${at}.apiKeys[${j}]`),
        ),
      }),
      ...(basic && {
        basic: basic.map((entry, j) => ({
          username: entry.username,
          password: reveal(entry.password, `${at}.basic[${j}].password`),
        })),
      }),
      ...(ibssoTokens && {
        ibssoTokens: ibssoTokens.map((t, j) => reveal(t, `${at}.ibssoTokens[${j}]`)),
      }),
      ...(bearerTokens && {
        bearerTokens: bearerTokens.map((t, j) => reveal(t, `${at}.bearerTokens[${j}]`)),
      }),
    };
    return { ...account, credentials };
  });
  if (missing.length > 0) {
    throw new Error(`Invalid sandbox accounts file ${path}:\n${missing.join("\n")}`);
  }
  return accounts;
}
