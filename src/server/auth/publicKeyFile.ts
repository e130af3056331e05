import { createPublicKey, type JsonWebKey } from "node:crypto";
import { readFileSync } from "node:fs";
import type { JSONWebKeySet, JWK } from "jose";

/**
 * The keys of AUTH_PUBLIC_KEY_FILE. A single key (PEM or one JWK) verifies every token whatever
 * its `kid`, as a PEM cannot name one; a key set selects by `kid`, exactly as a remote JWKS does.
 */
export type PublicKeys = { kind: "key"; key: JWK } | { kind: "keySet"; keySet: JSONWebKeySet };

const SPKI_PEM = "-----BEGIN PUBLIC KEY-----";

/**
 * Reads and checks the file once, at start. Problems are thrown as sentences that never quote
 * the file, so a private key pasted by mistake does not end up in a log.
 */
export function readPublicKeyFile(path: string): PublicKeys {
  let text: string;
  try {
    text = readFileSync(path, "utf8").trim();
  } catch {
    throw new Error(`cannot read ${path}`);
  }
  if (text.includes("PRIVATE KEY")) {
    throw new Error("the file holds a private key; give the public key only");
  }
  if (text.startsWith("-----BEGIN")) {
    if (!text.startsWith(SPKI_PEM)) {
      throw new Error(`a PEM file must be a SPKI public key ("${SPKI_PEM}")`);
    }
    return { kind: "key", key: jwkOfPem(text) };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error("the file is neither a SPKI PEM nor JSON (a JWK or a JWK set)");
  }
  if (isObject(json) && Array.isArray(json.keys)) {
    if (!json.keys.length) throw new Error("the JWK set has no keys");
    const keys = json.keys.map((key: unknown, index: number) => publicJwk(key, `keys[${index}]`));
    return { kind: "keySet", keySet: { keys } };
  }
  return { kind: "key", key: publicJwk(json, "the JWK") };
}

function jwkOfPem(pem: string): JWK {
  try {
    return createPublicKey(pem).export({ format: "jwk" }) as JWK;
  } catch {
    throw new Error("the PEM is not a readable public key");
  }
}

/** Only public signature keys: a JWK with private (`d`) or symmetric (`k`) parts is refused. */
function publicJwk(value: unknown, label: string): JWK {
  if (!isObject(value) || typeof value.kty !== "string") {
    throw new Error(`${label} is not a JWK (no "kty")`);
  }
  if (!["RSA", "EC", "OKP"].includes(value.kty)) {
    throw new Error(`${label} is not a public key (kty must be RSA, EC or OKP)`);
  }
  if ("d" in value || "k" in value) {
    throw new Error(`${label} holds private key material; give the public key only`);
  }
  try {
    createPublicKey({ key: value as JsonWebKey, format: "jwk" });
  } catch {
    throw new Error(`${label} is not a readable public key`);
  }
  return value as JWK;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
