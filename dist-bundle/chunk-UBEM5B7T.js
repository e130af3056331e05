import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/server/auth/constantTime.js
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
function constantTimeMatcher(secret) {
  const key = randomBytes(32);
  const digest = /* @__PURE__ */ __name((value) => createHmac("sha256", key).update(value, "utf8").digest(), "digest");
  const expected = digest(secret);
  return (given) => timingSafeEqual(digest(given), expected);
}
__name(constantTimeMatcher, "constantTimeMatcher");

export {
  constantTimeMatcher
};
