import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/domain/principal.js
var DEFAULT_TENANT = "default";
var TENANT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
function isTenantId(value) {
  return TENANT_ID.test(value);
}
__name(isTenantId, "isTenantId");

export {
  DEFAULT_TENANT,
  isTenantId
};
