import {
  startSandbox,
  type RunningSandbox,
  type SandboxOptions,
  type SandboxSeed,
} from "../../src/sandbox/index.js";

export const CREDENTIALS = {
  apiKeys: ["test-api-key"],
  basic: [{ username: "Aladdin", password: "open sesame" }],
  ibssoTokens: ["2f9b4d31-2d0d-49a8-85f0-9b862bdca394"],
  bearerTokens: ["bearer-token"],
};

export const START_AT = new Date("2026-01-15T10:00:00.000Z");

/** Tests assert on response JSON directly; the assertions are the type check. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface Reply<T = Json> {
  status: number;
  body: T;
}

/** A sandbox on a random port with a frozen clock, and a small JSON client for it. */
export class Harness {
  private constructor(readonly sandbox: RunningSandbox) {}

  static async start(seed?: SandboxSeed): Promise<Harness> {
    return Harness.startWith({ credentials: CREDENTIALS, ...(seed ? { seed } : {}) });
  }

  /** The same frozen clock and random port, with the accounts (or credentials) given. */
  static async startWith(
    options: Omit<SandboxOptions, "port" | "clockSpeed" | "startAt">,
  ): Promise<Harness> {
    return new Harness(
      await startSandbox({ port: 0, clockSpeed: 0, startAt: START_AT, ...options }),
    );
  }

  get url(): string {
    return this.sandbox.url;
  }

  async request<T = Json>(
    method: string,
    path: string,
    body?: unknown,
    authorization: string | null = "App test-api-key",
  ): Promise<Reply<T>> {
    const headers: Record<string, string> = {};
    if (authorization !== null) headers.authorization = authorization;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(this.url + path, {
      method,
      headers,
      ...(body !== undefined
        ? { body: typeof body === "string" ? body : JSON.stringify(body) }
        : {}),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  get = <T = Json>(path: string) => this.request<T>("GET", path);
  post = <T = Json>(path: string, body: unknown) => this.request<T>("POST", path, body);
  put = <T = Json>(path: string, body: unknown) => this.request<T>("PUT", path, body);

  async advance(ms: number): Promise<void> {
    const reply = await this.request("POST", "/sandbox/clock/advance", { ms }, null);
    if (reply.status !== 200) throw new Error(`advance failed: ${JSON.stringify(reply.body)}`);
  }

  async createScenario(flow: { from?: string; channel: string }[], isDefault = false) {
    const reply = await this.post("/omni/1/scenarios", { name: "test", flow, default: isDefault });
    if (reply.status !== 201) throw new Error(`create failed: ${JSON.stringify(reply.body)}`);
    return reply.body as { key: string };
  }

  close(): Promise<void> {
    return this.sandbox.close();
  }
}
