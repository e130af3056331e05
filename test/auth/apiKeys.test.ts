import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createAuthenticator } from "../../src/server/auth/authenticator.js";
import { parseAuthSettings } from "../../src/server/auth/authSettings.js";
import { hashApiKey } from "../../src/server/auth/hashApiKey.js";
import { refusal, tempFile } from "./fixtures.js";

const BFF_KEY = randomBytes(32).toString("base64url");
const OPS_KEY = randomBytes(32).toString("base64url");

function keysFile(): string {
  return tempFile(
    "api-keys.json",
    JSON.stringify({
      keys: [
        {
          id: "bff",
          sha256: hashApiKey(BFF_KEY),
          tenant: "acme",
          scopes: ["messages:send", "messages:read"],
        },
        { id: "ops", sha256: hashApiKey(OPS_KEY).toUpperCase(), scopes: ["reports:read"] },
      ],
    }),
  );
}

describe("API keys", () => {
  it("maps the right key to its tenant and scopes, in Authorization or X-Api-Key", async () => {
    const auth = await createAuthenticator(parseAuthSettings({ AUTH_API_KEYS_FILE: keysFile() }));
    const expected = {
      subject: "bff",
      tenant: "acme",
      scopes: new Set(["messages:send", "messages:read"]),
      method: "apiKey",
    };
    await expect(
      auth.authenticate({ headers: { authorization: `ApiKey ${BFF_KEY}` } }),
    ).resolves.toEqual(expected);
    await expect(auth.authenticate({ headers: { "x-api-key": BFF_KEY } })).resolves.toEqual(
      expected,
    );
    // Upper-case hex in the file, no tenant: the default one.
    await expect(auth.authenticate({ headers: { "X-Api-Key": OPS_KEY } })).resolves.toMatchObject({
      subject: "ops",
      tenant: "default",
    });
  });

  it("refuses a wrong key without echoing it", async () => {
    const auth = await createAuthenticator(parseAuthSettings({ AUTH_API_KEYS_FILE: keysFile() }));
    const guess = `${BFF_KEY.slice(0, -1)}${BFF_KEY.endsWith("x") ? "y" : "x"}`;
    for (const headers of [{ authorization: `ApiKey ${guess}` }, { "x-api-key": guess }]) {
      const error = await refusal(auth.authenticate({ headers }), guess);
      expect(error.reason).toBe("UNKNOWN_API_KEY");
      expect(error.status).toBe(401);
    }
  });

  it("refuses two credentials at once, other schemes, and no credential", async () => {
    const auth = await createAuthenticator(parseAuthSettings({ AUTH_API_KEYS_FILE: keysFile() }));
    const both = { authorization: `ApiKey ${BFF_KEY}`, "x-api-key": OPS_KEY };
    const twice = await refusal(auth.authenticate({ headers: both }), BFF_KEY, OPS_KEY);
    expect(twice.reason).toBe("UNSUPPORTED_CREDENTIALS");
    const jwt = await refusal(auth.authenticate({ headers: { authorization: "Bearer a.b.c" } }));
    expect(jwt.reason).toBe("UNSUPPORTED_CREDENTIALS");
    expect(jwt.message).toContain("ApiKey");
    const basic = await refusal(
      auth.authenticate({ headers: { authorization: `Basic ${BFF_KEY}` } }),
      BFF_KEY,
    );
    expect(basic.reason).toBe("UNSUPPORTED_CREDENTIALS");
    const none = await refusal(auth.authenticate({ headers: { authorization: "  " } }));
    expect(none.reason).toBe("MISSING_CREDENTIALS");
  });

  it("hashes a key as the documented one-liner does", () => {
    const oneLiner =
      'const c=require("node:crypto");const k=c.randomBytes(32).toString("base64url");' +
      'console.log(k);console.log(c.createHash("sha256").update(k).digest("hex"))';
    const [key, sha256] = execFileSync(process.execPath, ["-e", oneLiner], { encoding: "utf8" })
      .trim()
      .split("\n");
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hashApiKey(key!)).toBe(sha256);
  });
});
