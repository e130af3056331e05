import {
  localUrl
} from "./chunk-IE4LKJW5.js";
import "./chunk-SHUYVCID.js";
export {
  localUrl
};
