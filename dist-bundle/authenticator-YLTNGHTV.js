import {
  ALL_SCOPES,
  algorithmsForKey,
  createApiKeyCheck
} from "./chunk-W6WGDU3P.js";
import {
  constantTimeMatcher
} from "./chunk-UBEM5B7T.js";
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

// dist/server/auth/credentials.js
var API_KEY_HEADER = "x-api-key";
function headerValue(headers, name) {
  const exact = headers[name];
  if (exact !== void 0)
    return exact;
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name)
      return value;
  }
  return void 0;
}
__name(headerValue, "headerValue");
function presentedCredential(headers) {
  const authorization = single(headerValue(headers, "authorization"), "Authorization");
  const apiKey = single(headerValue(headers, API_KEY_HEADER), "X-Api-Key");
  if (authorization !== void 0 && apiKey !== void 0) {
    throw unsupported("Send one credential: Authorization or X-Api-Key, not both.");
  }
  if (apiKey !== void 0)
    return { kind: "apiKey", key: apiKey };
  if (authorization === void 0)
    return void 0;
  const [, scheme, value] = /^([A-Za-z][A-Za-z0-9._~+-]*)[ \t]+(\S+)$/.exec(authorization) ?? [];
  if (!scheme || !value)
    return { kind: "other" };
  switch (scheme.toLowerCase()) {
    case "bearer":
      return { kind: "bearer", token: value };
    case "apikey":
      return { kind: "apiKey", key: value };
    default:
      return { kind: "other" };
  }
}
__name(presentedCredential, "presentedCredential");
function single(value, label) {
  if (Array.isArray(value)) {
    if (value.length > 1)
      throw unsupported(`Send the ${label} header once.`);
    value = value[0];
  }
  const trimmed = value?.trim();
  return trimmed ? trimmed : void 0;
}
__name(single, "single");
function unsupported(message) {
  return new AuthenticationError("UNSUPPORTED_CREDENTIALS", message);
}
__name(unsupported, "unsupported");

// dist/server/auth/forwardedClaims.js
import { UnsecuredJWT } from "jose";

// dist/server/auth/claims.js
var DEFAULT_SCOPE_CLAIMS = ["scope", "scp", "scopes"];
function principalFromClaims(claims, names) {
  const { sub, exp } = claims;
  if (typeof sub !== "string" || !sub)
    throw invalid("the token's sub claim is not a string");
  if (typeof exp !== "number")
    throw invalid("the token has no numeric exp claim");
  return {
    subject: sub,
    tenant: tenantOf(claims, names),
    scopes: scopesOf(claims, names.scopes),
    method: "jwt",
    expiresAt: new Date(exp * 1e3)
  };
}
__name(principalFromClaims, "principalFromClaims");
function tenantOf(claims, names) {
  const name = names.tenant;
  const value = claimAt(claims, name);
  if (value === void 0 && names.tenantRequired) {
    throw invalid(`the token has no ${name} claim, which names the tenant`);
  }
  if (value === void 0)
    return DEFAULT_TENANT;
  if (typeof value !== "string" || !isTenantId(value)) {
    throw invalid(`the token's ${name} claim is not a tenant id`);
  }
  return value;
}
__name(tenantOf, "tenantOf");
function scopesOf(claims, name) {
  const names = name ? [name] : DEFAULT_SCOPE_CLAIMS;
  for (const candidate of names) {
    const value = claimAt(claims, candidate);
    if (value === void 0)
      continue;
    if (typeof value === "string")
      return new Set(value.split(/\s+/).filter(Boolean));
    if (Array.isArray(value) && value.every((scope) => typeof scope === "string")) {
      return new Set(value.filter(Boolean));
    }
    throw invalid(`the token's ${candidate} claim is neither a string nor a list of strings`);
  }
  return /* @__PURE__ */ new Set();
}
__name(scopesOf, "scopesOf");
function claimAt(claims, name) {
  if (Object.hasOwn(claims, name))
    return claims[name];
  let value = claims;
  for (const part of name.split(".")) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, part)) {
      return void 0;
    }
    value = value[part];
  }
  return value;
}
__name(claimAt, "claimAt");
function invalid(message) {
  return new AuthenticationError("INVALID_TOKEN", `Token refused: ${message}.`);
}
__name(invalid, "invalid");

// dist/server/auth/tokenRules.js
import { errors } from "jose";
function claimVerificationOptions(rules) {
  return {
    issuer: [...rules.issuers],
    audience: [...rules.audiences],
    clockTolerance: rules.clockSkewSeconds,
    requiredClaims: ["sub", "exp"]
  };
}
__name(claimVerificationOptions, "claimVerificationOptions");
var SigningKeysUnavailable = class extends Error {
  static {
    __name(this, "SigningKeysUnavailable");
  }
  name = "SigningKeysUnavailable";
};
function refusalOf(error) {
  if (error instanceof AuthenticationError)
    return error;
  if (error instanceof SigningKeysUnavailable) {
    return new AuthenticationError("SIGNING_KEYS_UNAVAILABLE", "Token not checked: the signing keys could not be loaded; try again.", { cause: error.cause });
  }
  if (error instanceof errors.JWTExpired) {
    return refusal("TOKEN_EXPIRED", "the token has expired (exp)");
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const missing = error.reason === "missing";
    switch (error.claim) {
      case "iss":
        return refusal("WRONG_ISSUER", "the token's issuer (iss) is not accepted");
      case "aud":
        return refusal("WRONG_AUDIENCE", "the token is not meant for this audience (aud)");
      case "nbf":
        if (error.reason === "check_failed") {
          return refusal("TOKEN_NOT_YET_VALID", "the token is not valid yet (nbf)");
        }
        break;
      case "sub":
      case "exp":
        if (missing)
          return refusal("INVALID_TOKEN", `the token has no ${error.claim} claim`);
        break;
    }
    return refusal("INVALID_TOKEN", `${claimLabel(error.claim)} is invalid`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return refusal("ALGORITHM_NOT_ALLOWED", "the token's signing algorithm (alg) is not accepted");
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return refusal("UNKNOWN_SIGNING_KEY", "no signing key matches the token's kid and alg");
  }
  if (error instanceof errors.JWKSMultipleMatchingKeys) {
    return refusal("UNKNOWN_SIGNING_KEY", "several signing keys match; the token needs a kid");
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return refusal("INVALID_SIGNATURE", "the token's signature does not verify");
  }
  return refusal("INVALID_TOKEN", "the token is not a well-formed, signed JWT");
}
__name(refusalOf, "refusalOf");
function claimLabel(claim) {
  const known = ["iss", "aud", "sub", "exp", "nbf", "iat", "typ"].includes(claim);
  return known ? `the token's ${claim} claim` : "a claim of the token";
}
__name(claimLabel, "claimLabel");
function refusal(reason, detail) {
  return new AuthenticationError(reason, `Token refused: ${detail}.`);
}
__name(refusal, "refusal");

// dist/server/auth/forwardedClaims.js
var FORWARDED_CLAIMS_EXTENSION = "jwt";
function forwardedIdentity(extensions) {
  const forwarded = extensions?.[FORWARDED_CLAIMS_EXTENSION];
  if (forwarded === void 0 || forwarded === null)
    return void 0;
  if (!isObject(forwarded)) {
    throw new AuthenticationError("FORWARDED_CLAIMS_REFUSED", `extensions.${FORWARDED_CLAIMS_EXTENSION} is not an object of claims.`);
  }
  const { payload, token } = forwarded;
  if (isObject(payload))
    return { kind: "claims", claims: payload };
  if (payload === void 0 && isObject(token) && typeof token.value === "string") {
    return { kind: "token", token: token.value };
  }
  return { kind: "claims", claims: forwarded };
}
__name(forwardedIdentity, "forwardedIdentity");
function principalFromForwardedClaims(claims, rules) {
  try {
    const unsigned = new UnsecuredJWT(claims).encode();
    const { payload } = UnsecuredJWT.decode(unsigned, claimVerificationOptions(rules));
    return principalFromClaims(payload, rules.claimNames);
  } catch (error) {
    throw refusalOf(error);
  }
}
__name(principalFromForwardedClaims, "principalFromForwardedClaims");
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
__name(isObject, "isObject");

// dist/server/auth/jwtVerifier.js
import { createPublicKey } from "node:crypto";
import { createLocalJWKSet, createRemoteJWKSet, errors as errors2, jwtVerify } from "jose";
function createJwtVerifier(signingKeys, rules) {
  const { key, algorithms } = verificationKey(signingKeys);
  const options = { ...claimVerificationOptions(rules), algorithms: [...algorithms] };
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, options);
        return principalFromClaims(payload, rules.claimNames);
      } catch (error) {
        throw refusalOf(error);
      }
    }
  };
}
__name(createJwtVerifier, "createJwtVerifier");
function verificationKey(signingKeys) {
  const { algorithms } = signingKeys;
  if (signingKeys.source === "jwks")
    return { key: remoteKeys(signingKeys), algorithms };
  const { keys } = signingKeys;
  if (keys.kind === "keySet")
    return { key: createLocalJWKSet(keys.keySet), algorithms };
  const fits = new Set(algorithmsForKey(keys.key));
  return {
    key: createPublicKey({ key: keys.key, format: "jwk" }),
    algorithms: algorithms.filter((algorithm) => fits.has(algorithm))
  };
}
__name(verificationKey, "verificationKey");
function remoteKeys(settings) {
  const keySet = createRemoteJWKSet(settings.url, {
    cooldownDuration: settings.cooldownMs,
    cacheMaxAge: settings.cacheMaxAgeMs,
    timeoutDuration: settings.timeoutMs
  });
  return async (header, token) => {
    try {
      return await keySet(header, token);
    } catch (error) {
      if (error instanceof errors2.JWKSNoMatchingKey || error instanceof errors2.JWKSMultipleMatchingKeys || error instanceof errors2.JOSENotSupported) {
        throw error;
      }
      throw new SigningKeysUnavailable("the JWKS could not be fetched or read", { cause: error });
    }
  };
}
__name(remoteKeys, "remoteKeys");

// dist/server/auth/principal.js
function anonymousPrincipal() {
  return { subject: "anonymous", tenant: DEFAULT_TENANT, scopes: ALL_SCOPES, method: "none" };
}
__name(anonymousPrincipal, "anonymousPrincipal");

// dist/server/auth/routerSecret.js
var ROUTER_SECRET_HEADER = "router-authorization";
function createRouterSecretCheck(secret) {
  const isSecret = constantTimeMatcher(secret);
  return (headers) => {
    const given = headerValue(headers, ROUTER_SECRET_HEADER);
    return typeof given === "string" && isSecret(given);
  };
}
__name(createRouterSecretCheck, "createRouterSecretCheck");

// dist/server/auth/authenticator.js
async function createAuthenticator(settings) {
  const { tokens, signingKeys, apiKeys, router } = settings;
  if (signingKeys && !tokens)
    throw new Error("Signing keys need token rules (issuer, audience).");
  const open = !signingKeys && !apiKeys && !router;
  const jwt = signingKeys && tokens ? createJwtVerifier(signingKeys, tokens) : void 0;
  const apiKey = apiKeys ? createApiKeyCheck(apiKeys) : void 0;
  const fromRouter = router ? createRouterSecretCheck(router.secret) : () => false;
  const routerScopes = new Set(router?.defaultScopes);
  const accepted = [
    jwt && "Authorization: Bearer <JWT>",
    apiKey && "Authorization: ApiKey <key> or X-Api-Key"
  ].filter(Boolean).join(", or ");
  return {
    open,
    routerSecretSet: router !== void 0,
    fromRouter,
    async authenticate({ headers, extensions }) {
      if (open)
        return anonymousPrincipal();
      const viaRouter = fromRouter(headers);
      if (router && !viaRouter && !router.allowDirect) {
        throw new AuthenticationError("ROUTER_SECRET_REQUIRED", "This subgraph answers the router only: Router-Authorization is missing or wrong.");
      }
      const forwarded = forwardedIdentity(extensions);
      if (forwarded) {
        if (!viaRouter) {
          throw new AuthenticationError("FORWARDED_CLAIMS_REFUSED", `extensions.${FORWARDED_CLAIMS_EXTENSION} is accepted from the router only (Router-Authorization).`);
        }
        if (forwarded.kind === "token") {
          if (!jwt) {
            throw new AuthenticationError("FORWARDED_CLAIMS_REFUSED", "A forwarded token cannot be checked: no signing keys are configured.");
          }
          return jwt.verify(forwarded.token);
        }
        if (!tokens) {
          throw new AuthenticationError("FORWARDED_CLAIMS_REFUSED", "Forwarded claims cannot be checked: AUTH_ISSUER and AUTH_AUDIENCE are not set.");
        }
        return principalFromForwardedClaims(forwarded.claims, tokens);
      }
      const credential = presentedCredential(headers);
      if (credential?.kind === "bearer" && jwt)
        return jwt.verify(credential.token);
      if (credential?.kind === "apiKey" && apiKey)
        return apiKey(credential.key);
      if (viaRouter) {
        return {
          subject: "router",
          tenant: DEFAULT_TENANT,
          scopes: routerScopes,
          method: "router"
        };
      }
      if (credential) {
        throw new AuthenticationError("UNSUPPORTED_CREDENTIALS", `This credential is not accepted here; send ${accepted}.`);
      }
      throw new AuthenticationError("MISSING_CREDENTIALS", `Authentication required: send ${accepted}.`);
    }
  };
}
__name(createAuthenticator, "createAuthenticator");
export {
  createAuthenticator
};
