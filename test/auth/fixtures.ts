import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  exportJWK,
  generateKeyPair,
  SignJWT,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
} from "jose";
import { expect } from "vitest";
import { AuthenticationError } from "../../src/server/auth/AuthenticationError.js";

export const ISSUER = "https://idp.example.test/";
export const AUDIENCE = "omni-gateway";

export interface SigningKey {
  kid: string;
  alg: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public JWK, as a JWKS would publish it. */
  jwk: JWK;
}

export async function signingKey(kid: string, alg = "RS256"): Promise<SigningKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg, use: "sig" };
  return { kid, alg, privateKey, publicKey, jwk };
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** A token that passes every check unless the claims or options say otherwise. */
export function token(
  key: SigningKey,
  claims: JWTPayload = {},
  header: { kid?: string | null; alg?: string } = {},
): Promise<string> {
  const kid = header.kid === undefined ? key.kid : (header.kid ?? undefined);
  return new SignJWT({
    iss: ISSUER,
    aud: AUDIENCE,
    sub: "user-1",
    iat: nowSeconds(),
    exp: nowSeconds() + 300,
    ...claims,
  })
    .setProtectedHeader({ alg: header.alg ?? key.alg, ...(kid && { kid }) })
    .sign(key.privateKey);
}

export function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

/** A JWKS endpoint on a random local port; what it serves can change while it runs. */
export async function jwksServer(initial: JSONWebKeySet) {
  let keySet = initial;
  let status = 200;
  let fetches = 0;
  const server: Server = createServer((req, res) => {
    fetches += 1;
    if (req.url !== "/.well-known/jwks.json" || status !== 200) {
      res.writeHead(req.url === "/.well-known/jwks.json" ? status : 404).end();
      return;
    }
    res.writeHead(200, { "content-type": "application/jwk-set+json" });
    res.end(JSON.stringify(keySet));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/.well-known/jwks.json`,
    serve(next: JSONWebKeySet) {
      keySet = next;
    },
    fail(next: number) {
      status = next;
    },
    get fetches() {
      return fetches;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A file in a fresh temporary folder. */
export function tempFile(name: string, content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "omni-auth-")), name);
  writeFileSync(file, content);
  return file;
}

/**
 * The AuthenticationError a call is refused with, after checking that nothing of the secret
 * the caller sent (a token, a key) shows in its message, stack or serialised form.
 */
export async function refusal(
  attempt: Promise<unknown>,
  ...secrets: string[]
): Promise<AuthenticationError> {
  const error = await attempt.then(
    () => expect.unreachable("the request was accepted"),
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(AuthenticationError);
  const refused = error as AuthenticationError;
  const shown = [refused.message, refused.stack, JSON.stringify(refused), String(refused.cause)];
  for (const secret of secrets) {
    for (const part of secretParts(secret)) {
      for (const text of shown) expect(text).not.toContain(part);
    }
  }
  return refused;
}

/** A whole token, and also its signature on its own, must never be echoed. */
function secretParts(secret: string): string[] {
  const signature = secret.split(".")[2];
  return signature && signature.length > 8 ? [secret, signature] : [secret];
}
