import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/server/localUrl.js
function localUrl(host, port) {
  const reachable = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${port}`;
}
__name(localUrl, "localUrl");

export {
  localUrl
};
