import type { RequestHandler } from "express";
import { unauthorized } from "./errors.js";

export interface SandboxCredentials {
  apiKeys: string[];
  basic: { username: string; password: string }[];
  ibssoTokens: string[];
  bearerTokens: string[];
}

/** The four `Authorization` schemes every OMNI operation accepts (App, Basic, IBSSO, Bearer). */
export function authenticator(credentials: SandboxCredentials): RequestHandler {
  const accepted = new Map<string, ReadonlySet<string>>([
    ["app", new Set(credentials.apiKeys)],
    ["basic", new Set(credentials.basic.map((b) => `${b.username}:${b.password}`))],
    ["ibsso", new Set(credentials.ibssoTokens)],
    ["bearer", new Set(credentials.bearerTokens)],
  ]);

  return (req, _res, next) => {
    const match = /^(\S+)\s+(\S+)\s*$/.exec(req.headers.authorization ?? "");
    const scheme = match?.[1]?.toLowerCase() ?? "";
    const raw = match?.[2] ?? "";
    const secret = scheme === "basic" ? Buffer.from(raw, "base64").toString("utf8") : raw;
    if (accepted.get(scheme)?.has(secret)) next();
    else next(unauthorized());
  };
}
