import {
  AuthenticationError
} from "./chunk-OAPOXV62.js";
import {
  DEFAULT_TENANT,
  isTenantId
} from "./chunk-4PI7FEUT.js";
import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/server/auth/apiKeys.js
import { readFileSync } from "node:fs";
import { timingSafeEqual } from "node:crypto";
import { z } from "zod";

// dist/domain/scopes.js
var SCOPES = {
  "scenarios:read": "Read scenarios: scenario, scenarios, defaultScenario and Scenario entities.",
  "scenarios:write": "Create and replace scenarios: createScenario, updateScenario.",
  "messages:read": "Read messages and bulks: message, messages, bulk, pushStatistics, their entities, and the messageStatusChanged subscription.",
  "messages:send": "Send over the scenario's channels: sendText, sendAdvanced.",
  "push:send": "Send mobile push notifications: sendPush.",
  "reports:read": "Read the stored delivery reports: reports."
};
var ALL_SCOPES = new Set(Object.keys(SCOPES));
function isScope(value) {
  return Object.hasOwn(SCOPES, value);
}
__name(isScope, "isScope");

// dist/server/auth/hashApiKey.js
import { createHash } from "node:crypto";
function apiKeyDigest(key) {
  return createHash("sha256").update(key, "utf8").digest();
}
__name(apiKeyDigest, "apiKeyDigest");

// dist/server/auth/apiKeys.js
var entrySchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, "letters, digits, '.', '_' and '-' only"),
  sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, "64 hex digits: the SHA-256 of the key, not the key").transform((hex) => hex.toLowerCase()),
  tenant: z.string().refine(isTenantId, "not a tenant id").default(DEFAULT_TENANT),
  scopes: z.array(z.enum([...ALL_SCOPES]))
});
var fileSchema = z.strictObject({ keys: z.array(entrySchema).min(1) }).superRefine(({ keys }, context) => {
  const seen = { id: /* @__PURE__ */ new Set(), sha256: /* @__PURE__ */ new Set() };
  keys.forEach((entry, index) => {
    for (const field of ["id", "sha256"]) {
      if (seen[field].has(entry[field])) {
        context.addIssue({
          code: "custom",
          path: ["keys", index, field],
          message: `the same ${field} is listed twice`
        });
      }
      seen[field].add(entry[field]);
    }
  });
});
function readApiKeysFile(path) {
  let json;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch {
    throw new Error(`cannot read ${path} as JSON`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => `${issue.path.join(".") || "(file)"}: ${issue.message}`).join("; "));
  }
  return parsed.data.keys;
}
__name(readApiKeysFile, "readApiKeysFile");
function createApiKeyCheck(entries) {
  const known = entries.map((entry) => ({ entry, digest: Buffer.from(entry.sha256, "hex") }));
  return (key) => {
    const digest = apiKeyDigest(key);
    let match;
    for (const { entry, digest: expected } of known) {
      if (timingSafeEqual(digest, expected))
        match = entry;
    }
    if (!match)
      throw new AuthenticationError("UNKNOWN_API_KEY", "The API key is not known.");
    return {
      subject: match.id,
      tenant: match.tenant,
      scopes: new Set(match.scopes),
      method: "apiKey"
    };
  };
}
__name(createApiKeyCheck, "createApiKeyCheck");

// dist/server/auth/algorithms.js
var SIGNATURE_ALGORITHMS = [
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
  "EdDSA",
  "Ed25519"
];
var DEFAULT_ALGORITHMS = [
  "RS256",
  "ES256",
  "PS256",
  "EdDSA"
];
function isSignatureAlgorithm(value) {
  return SIGNATURE_ALGORITHMS.includes(value);
}
__name(isSignatureAlgorithm, "isSignatureAlgorithm");
var EC_ALGORITHM = {
  "P-256": "ES256",
  "P-384": "ES384",
  "P-521": "ES512"
};
function algorithmsForKey(jwk) {
  const fits = algorithmsForKeyType(jwk);
  return jwk.alg === void 0 ? fits : fits.filter((algorithm) => algorithm === jwk.alg);
}
__name(algorithmsForKey, "algorithmsForKey");
function algorithmsForKeyType(jwk) {
  if (jwk.kty === "RSA")
    return ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512"];
  if (jwk.kty === "EC") {
    const algorithm = jwk.crv === void 0 ? void 0 : EC_ALGORITHM[jwk.crv];
    return algorithm ? [algorithm] : [];
  }
  if (jwk.kty === "OKP" && jwk.crv === "Ed25519")
    return ["EdDSA", "Ed25519"];
  return [];
}
__name(algorithmsForKeyType, "algorithmsForKeyType");

export {
  ALL_SCOPES,
  isScope,
  readApiKeysFile,
  createApiKeyCheck,
  SIGNATURE_ALGORITHMS,
  DEFAULT_ALGORITHMS,
  isSignatureAlgorithm,
  algorithmsForKey
};
