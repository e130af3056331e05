import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/store/Database.js
var DatabaseUnavailableError = class extends Error {
  static {
    __name(this, "DatabaseUnavailableError");
  }
  reason;
  name = "DatabaseUnavailableError";
  constructor(reason) {
    super(`database unavailable (${reason})`);
    this.reason = reason;
  }
};

export {
  DatabaseUnavailableError
};
