import { DEFAULT_TENANT, type Principal } from "../../domain/principal.js";
import { ALL_SCOPES } from "../../domain/scopes.js";

/** Everyone, when no caller authentication is configured (development and the sandbox). */
export function anonymousPrincipal(): Principal {
  return { subject: "anonymous", tenant: DEFAULT_TENANT, scopes: ALL_SCOPES, method: "none" };
}
