import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  loadAccountsFile,
  startSandbox,
  type SandboxAccount,
  type SandboxOptions,
} from "../../src/sandbox/index.js";
import { CREDENTIALS } from "./harness.js";

const account = (id: string, credentials: SandboxAccount["credentials"]): SandboxAccount => ({
  id,
  credentials,
});

/** Starts and, should it unexpectedly start, stops again: only the error matters here. */
async function startError(options: SandboxOptions): Promise<Error> {
  try {
    const sandbox = await startSandbox({ ...options, clockSpeed: 0 });
    await sandbox.close();
  } catch (error) {
    return error as Error;
  }
  throw new Error("startSandbox accepted the configuration");
}

describe("account configuration", () => {
  it.each([
    [
      "the same API key in two accounts",
      [account("a", { apiKeys: ["shared-secret"] }), account("b", { apiKeys: ["shared-secret"] })],
      /accounts\[1\]\.credentials\.apiKeys\[0\] is also a credential of account "a"/,
    ],
    [
      "the same token under another scheme in another account",
      [
        account("a", { bearerTokens: ["shared-secret"] }),
        account("b", { apiKeys: [{ key: "shared-secret", scopes: ["message:send"] }] }),
      ],
      /accounts\[1\]\.credentials\.apiKeys\[0\] is also a credential of account "a"/,
    ],
    [
      "one Basic username in two accounts",
      [
        account("a", { basic: [{ username: "ops", password: "one" }] }),
        account("b", { basic: [{ username: "ops", password: "two" }] }),
      ],
      /accounts\[1\]\.credentials\.basic\[0\] is also a credential of account "a"/,
    ],
    [
      "the same key twice in one account",
      [account("a", { apiKeys: ["shared-secret", { key: "shared-secret", scopes: [] }] })],
      /accounts\[0\]\.credentials\.apiKeys\[1\] repeats another credential/,
    ],
    [
      "two accounts with one id",
      [account("a", { apiKeys: ["k1"] }), account("a", { apiKeys: ["k2"] })],
      /accounts\[1\]\.id "a" is already the id of accounts\[0\]/,
    ],
    [
      "an account without credentials",
      [account("a", {})],
      /accounts\[0\] \(a\) has no credentials/,
    ],
    [
      "an unknown scope",
      [account("a", { apiKeys: [{ key: "k", scopes: ["omni-failover:mange"] }] })],
      /unknown scope "omni-failover:mange"/,
    ],
    ["an empty id", [account("", { apiKeys: ["k"] })], /accounts\[0\]\.id/],
    [
      "a rate limit of no requests",
      [{ ...account("a", { apiKeys: ["k"] }), rateLimit: { requests: 0, perSeconds: 1 } }],
      /accounts\[0\]\.rateLimit/,
    ],
    ["no account", [], /at least one account/],
  ])("rejects %s, naming the entry but not the secret", async (_case, accounts, message) => {
    const error = await startError({ accounts });
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("shared-secret");
  });

  it("needs exactly one of accounts and credentials", async () => {
    expect(
      (await startError({ accounts: [account("a", { apiKeys: ["k"] })], credentials: CREDENTIALS }))
        .message,
    ).toMatch(/either accounts or credentials, not both/);
    expect((await startError({})).message).toMatch(/give accounts \(or credentials/);
  });
});

describe("accounts file", () => {
  const write = async (content: unknown) => {
    const dir = await mkdtemp(join(tmpdir(), "sandbox-accounts-"));
    const path = join(dir, "accounts.json");
    await writeFile(path, typeof content === "string" ? content : JSON.stringify(content));
    return path;
  };

  it("reads accounts with secrets from environment variables, and the sandbox takes them", async () => {
    const path = await write([
      {
        id: "acme",
        credentials: {
          apiKeys: [
            { env: "ACME_KEY" },
            { key: { env: "ACME_LOGS_KEY" }, scopes: ["omni-failover:logs:read"] },
          ],
          basic: [{ username: "acme", password: { env: "ACME_PASSWORD" } }],
        },
        rateLimit: { requests: 100, perSeconds: 1 },
      },
      {
        id: "globex",
        credentials: { bearerTokens: ["literal-token"] },
        seed: { scenarios: [{ name: "Viber", flow: [{ channel: "VIBER" }], default: true }] },
      },
    ]);
    const accounts = await loadAccountsFile(path, {
      ACME_KEY: "acme-key-from-env",
      ACME_LOGS_KEY: "acme-logs-key-from-env",
      ACME_PASSWORD: "acme-password-from-env",
    });
    expect(accounts[0]!.credentials).toEqual({
      apiKeys: [
        "acme-key-from-env",
        { key: "acme-logs-key-from-env", scopes: ["omni-failover:logs:read"] },
      ],
      basic: [{ username: "acme", password: "acme-password-from-env" }],
    });

    const sandbox = await startSandbox({ accounts, clockSpeed: 0 });
    try {
      const get = async (path: string, authorization: string) =>
        (await fetch(sandbox.url + path, { headers: { authorization } })).status;
      expect(await get("/omni/1/scenarios", "App acme-key-from-env")).toBe(200);
      expect(await get("/omni/1/scenarios", "App acme-logs-key-from-env")).toBe(403);
      const basic = Buffer.from("acme:acme-password-from-env").toString("base64");
      expect(await get("/omni/1/logs", `Basic ${basic}`)).toBe(200);
      const scenarios = await fetch(`${sandbox.url}/omni/1/scenarios`, {
        headers: { authorization: "Bearer literal-token" },
      });
      expect(((await scenarios.json()) as { scenarios: { name: string }[] }).scenarios).toEqual([
        expect.objectContaining({ name: "Viber" }),
      ]);
    } finally {
      await sandbox.close();
    }
  });

  it.each([
    ["not JSON", "[", /is not JSON/],
    [
      "a missing variable",
      [{ id: "a", credentials: { apiKeys: [{ env: "NOPE" }] } }],
      /NOPE is not set/,
    ],
    ["an unknown field", [{ id: "a", credentials: { apiKey: ["k"] } }], /apiKey/],
    ["no accounts", [], /accounts file/],
  ])("rejects a file with %s, naming the problem", async (_case, content, message) => {
    await expect(loadAccountsFile(await write(content), {})).rejects.toThrow(message);
  });

  it("names a missing file", async () => {
    await expect(loadAccountsFile("/nonexistent/accounts.json")).rejects.toThrow(
      /Cannot read sandbox accounts file/,
    );
  });
});
