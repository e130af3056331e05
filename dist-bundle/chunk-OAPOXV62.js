import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/server/auth/AuthenticationError.js
var AuthenticationError = class extends Error {
  static {
    __name(this, "AuthenticationError");
  }
  reason;
  name = "AuthenticationError";
  /** `cause` only ever carries the gateway's own failures (a key set that could not be fetched). */
  constructor(reason, message, options) {
    super(message, options);
    this.reason = reason;
  }
  /** The HTTP status the edge should answer with. */
  get status() {
    return this.reason === "SIGNING_KEYS_UNAVAILABLE" ? 503 : 401;
  }
};

export {
  AuthenticationError
};
