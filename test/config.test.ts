import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/server/config.js";

describe("configuration", () => {
  it("runs against the embedded sandbox when no upstream is set", () => {
    const config = loadConfig({});
    expect(config.upstream).toEqual({ kind: "sandbox" });
    expect(config.env.PORT).toBe(4000);
  });
  it("takes an upstream URL with exactly one kind of credentials", () => {
    expect(
      loadConfig({ OMNI_BASE_URL: "https://xyz.api.infobip.com", OMNI_API_KEY: "k" }).upstream,
    ).toEqual({
      kind: "remote",
      baseUrl: "https://xyz.api.infobip.com",
      auth: { scheme: "App", apiKey: "k" },
    });
    expect(() => loadConfig({ OMNI_BASE_URL: "https://xyz.api.infobip.com" })).toThrow(
      /needs credentials/,
    );
    expect(() =>
      loadConfig({
        OMNI_BASE_URL: "https://x.api.infobip.com",
        OMNI_API_KEY: "k",
        OMNI_BEARER_TOKEN: "t",
      }),
    ).toThrow(/exactly one/);
    expect(() => loadConfig({ OMNI_USERNAME: "u", OMNI_PASSWORD: "p" })).toThrow(
      /OMNI_BASE_URL is not/,
    );
  });
  it("lists every invalid value, without echoing secrets", () => {
    let message = "";
    try {
      loadConfig({ PORT: "http", OMNI_BASE_URL: "ftp://nope", OMNI_API_KEY: "SECRET-KEY" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("PORT");
    expect(message).toContain("OMNI_BASE_URL");
    expect(message).not.toContain("SECRET-KEY");
  });
});
