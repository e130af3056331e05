import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/domain/channel.js
var CHANNELS = [
  "SMS",
  "VOICE",
  "VIBER",
  "EMAIL",
  "FACEBOOK",
  "PUSH",
  "PARSECO",
  "VKONTAKTE"
];
var CHANNEL_CONTENT_KEY = {
  SMS: "sms",
  VOICE: "voice",
  VIBER: "viber",
  EMAIL: "email",
  FACEBOOK: "facebook",
  PUSH: "push",
  PARSECO: "parseco",
  VKONTAKTE: "vKontakte"
};
function addressKindOf(channel) {
  return channel === "EMAIL" ? "emailAddress" : "phoneNumber";
}
__name(addressKindOf, "addressKindOf");

// dist/domain/status.js
var STATUS_GROUPS = [
  "PENDING",
  "UNDELIVERABLE",
  "DELIVERED",
  "EXPIRED",
  "REJECTED"
];
var GROUP_ID = {
  PENDING: 1,
  UNDELIVERABLE: 2,
  DELIVERED: 3,
  EXPIRED: 4,
  REJECTED: 5
};
function status(group, id, name, description) {
  return { groupId: GROUP_ID[group], groupName: group, id, name, description };
}
__name(status, "status");
var STATUS = {
  PENDING_WAITING_DELIVERY: status("PENDING", 3, "PENDING_WAITING_DELIVERY", "Message sent, waiting for delivery report"),
  PENDING_ENROUTE: status("PENDING", 7, "PENDING_ENROUTE", "Message sent to next instance"),
  PENDING_ACCEPTED: status("PENDING", 26, "PENDING_ACCEPTED", "Message accepted, pending for delivery"),
  UNDELIVERABLE_REJECTED_OPERATOR: status("UNDELIVERABLE", 4, "UNDELIVERABLE_REJECTED_OPERATOR", "Message rejected by operator"),
  UNDELIVERABLE_NOT_DELIVERED: status("UNDELIVERABLE", 9, "UNDELIVERABLE_NOT_DELIVERED", "Message sent not delivered"),
  UNDELIVERABLE_NO_DESTINATION: status("UNDELIVERABLE", 66, "UNDELIVERABLE_NO_DESTINATION", "No destination for the message"),
  DELIVERED_TO_OPERATOR: status("DELIVERED", 2, "DELIVERED_TO_OPERATOR", "Message delivered to operator"),
  DELIVERED_TO_HANDSET: status("DELIVERED", 5, "DELIVERED_TO_HANDSET", "Message delivered to handset"),
  EXPIRED_EXPIRED: status("EXPIRED", 15, "EXPIRED_EXPIRED", "Message expired"),
  EXPIRED_DLR_UNKNOWN: status("EXPIRED", 29, "EXPIRED_DLR_UNKNOWN", "Message expired, delivery report unknown"),
  REJECTED_NETWORK: status("REJECTED", 6, "REJECTED_NETWORK", "Network is forbidden"),
  REJECTED_DESTINATION_NOT_REGISTERED: status("REJECTED", 18, "REJECTED_DESTINATION_NOT_REGISTERED", "Destination not registered"),
  REJECTED_ROUTE_NOT_AVAILABLE: status("REJECTED", 19, "REJECTED_ROUTE_NOT_AVAILABLE", "Route not available"),
  REJECTED_DESTINATION: status("REJECTED", 52, "REJECTED_DESTINATION", "Invalid destination address"),
  REJECTED_NO_CONTENT: status("REJECTED", 69, "REJECTED_NO_CONTENT", "Message has no content"),
  REJECTED_NO_APPLICATION: status("REJECTED", 65, "REJECTED_NO_APPLICATION", "No application for the given application code")
};
function isFinal(status2) {
  return status2.groupName !== "PENDING";
}
__name(isFinal, "isFinal");

// dist/domain/address.js
var MSISDN = /^[1-9]\d{6,14}$/;
var EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;
var MAX_EMAIL_LENGTH = 254;
function isMsisdn(value) {
  return MSISDN.test(value);
}
__name(isMsisdn, "isMsisdn");
function isEmailAddress(value) {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value);
}
__name(isEmailAddress, "isEmailAddress");
var ADDRESS_RULES = {
  MSISDN_FORMAT: "Use international format without '+': 7 to 15 digits, no leading 0.",
  EMAIL_FORMAT: `Not a valid e-mail address (local@domain.tld, at most ${MAX_EMAIL_LENGTH} characters).`
};
function checkAddress(kind, value, path) {
  if (value == null)
    return [];
  const rule = kind === "phoneNumber" ? "MSISDN_FORMAT" : "EMAIL_FORMAT";
  const ok = kind === "phoneNumber" ? isMsisdn(value) : isEmailAddress(value);
  return ok ? [] : [{ path, rule, message: ADDRESS_RULES[rule] }];
}
__name(checkAddress, "checkAddress");

// dist/domain/omniDate.js
function formatOmniDate(date) {
  return date.toISOString().replace("Z", "+0000");
}
__name(formatOmniDate, "formatOmniDate");
function parseOmniDate(value) {
  if (value.endsWith("+0000"))
    return /* @__PURE__ */ new Date(`${value.slice(0, -5)}Z`);
  const iso = value.replace(/([+-]\d{2})(\d{2})$/, "$1:$2");
  return new Date(iso);
}
__name(parseOmniDate, "parseOmniDate");

// dist/domain/pushLimits.js
var MAX_PUSH_TEXT = 4e3;
var MAX_OMNI_PUSH_TITLE = 45;
var MAX_PUSH_API_TITLE = 50;

// dist/domain/validityPeriod.js
var TIME_UNITS = ["SECONDS", "MINUTES", "HOURS"];
var UNIT_MS = { SECONDS: 1e3, MINUTES: 6e4, HOURS: 36e5 };
var HOUR = 36e5;
var DAY = 24 * HOUR;
function validityBounds(channel) {
  return channel === "VIBER" ? { minMs: 35e3, maxMs: 14 * DAY } : { minMs: 3e4, maxMs: 48 * HOUR };
}
__name(validityBounds, "validityBounds");
function normaliseValidityPeriod(channel, period, unit = "MINUTES") {
  const { minMs, maxMs } = validityBounds(channel);
  if (period === void 0)
    return { ok: true, ms: channel === "VIBER" ? 48 * HOUR : maxMs, clamped: false };
  if (!Number.isInteger(period) || period <= 0) {
    return { ok: false, reason: "NOT_POSITIVE_INTEGER", minMs, maxMs };
  }
  const ms = period * UNIT_MS[unit];
  if (ms < minMs)
    return { ok: false, reason: "TOO_SHORT", minMs, maxMs };
  if (ms > maxMs) {
    if (channel === "VIBER")
      return { ok: false, reason: "TOO_LONG", minMs, maxMs };
    return { ok: true, ms: maxMs, clamped: true };
  }
  return { ok: true, ms, clamped: false };
}
__name(normaliseValidityPeriod, "normaliseValidityPeriod");

// dist/domain/channelCapabilities.js
var VALIDITY_FIELDS = ["text", "validityPeriod", "validityPeriodTimeUnit"];
var FIELDS = {
  SMS: [...VALIDITY_FIELDS, "language", "transliteration"],
  VOICE: [...VALIDITY_FIELDS, "language"],
  VIBER: [
    ...VALIDITY_FIELDS,
    "imageURL",
    "buttonText",
    "buttonURL",
    "isPromotional",
    "trackingData"
  ],
  EMAIL: [...VALIDITY_FIELDS, "subject"],
  FACEBOOK: VALIDITY_FIELDS,
  PUSH: [
    ...VALIDITY_FIELDS,
    "customPayload",
    "notificationOptions",
    "targetOnlyPrimaryDevices",
    "includeNotificationsDisabledDevices"
  ],
  PARSECO: VALIDITY_FIELDS,
  VKONTAKTE: [...VALIDITY_FIELDS, "templateName", "templateData"]
};
var LIMITS = {
  VIBER: {
    text: 1e3,
    fields: [
      { field: "imageURL", maxLength: 1e3 },
      { field: "buttonText", maxLength: 30 },
      { field: "buttonURL", maxLength: 1e3 },
      { field: "trackingData", maxLength: 100 }
    ]
  },
  FACEBOOK: { text: 1e3 },
  PUSH: {
    text: MAX_PUSH_TEXT,
    fields: [{ field: "notificationOptions.title", maxLength: MAX_OMNI_PUSH_TITLE }]
  }
};
function capabilityOf(channel) {
  const { minMs, maxMs } = validityBounds(channel);
  const fallback = normaliseValidityPeriod(channel, void 0);
  return {
    channel,
    ...LIMITS[channel]?.text !== void 0 ? { maxTextLength: LIMITS[channel].text } : {},
    minValidityMs: minMs,
    maxValidityMs: maxMs,
    defaultValidityMs: fallback.ok ? fallback.ms : maxMs,
    clampsValidity: channel !== "VIBER",
    contentFields: FIELDS[channel],
    fieldLimits: LIMITS[channel]?.fields ?? [],
    address: addressKindOf(channel),
    needsPushRegistration: channel === "PUSH",
    billedPerPart: channel === "SMS"
  };
}
__name(capabilityOf, "capabilityOf");
var CHANNEL_CAPABILITIES = CHANNELS.map(capabilityOf);

// dist/domain/nationalLanguage.js
var DEFAULT_BASIC = `@\xA3$\xA5\xE8\xE9\xF9\xEC\xF2\xC7
\xD8\xF8\r\xC5\xE5\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\xC6\xE6\xDF\xC9 !"#\xA4%&'()*+,-./0123456789:;<=>?\xA1ABCDEFGHIJKLMNOPQRSTUVWXYZ\xC4\xD6\xD1\xDC\xA7\xBFabcdefghijklmnopqrstuvwxyz\xE4\xF6\xF1\xFC\xE0`;
var DEFAULT_EXTENSION = "^{}\\[]~|\u20AC\f";
var TURKISH_BASIC = [...DEFAULT_BASIC].map((char) => ({ \u00E8: "\u20AC", \u00EC: "\u0131", \u00D8: "\u011E", \u00F8: "\u011F", \u00C6: "\u015E", \u00E6: "\u015F", "\xA1": "\u0130", "\xBF": "\xE7" })[char] ?? char).join("");
var NATIONAL_LANGUAGES = ["TR", "ES", "PT"];
var DEFAULT_TABLE = {
  basic: new Set(DEFAULT_BASIC),
  extension: new Set(DEFAULT_EXTENSION)
};
var NATIONAL_TABLES = {
  TR: { basic: new Set(TURKISH_BASIC), extension: new Set(`${DEFAULT_EXTENSION}\u011E\u0130\u015E\xE7\u011F\u0131\u015F`) },
  ES: { basic: DEFAULT_TABLE.basic, extension: new Set(`${DEFAULT_EXTENSION}\xE7\xC1\xCD\xD3\xDA\xE1\xED\xF3\xFA`) },
  PT: {
    basic: DEFAULT_TABLE.basic,
    extension: new Set(`${DEFAULT_EXTENSION}\xEA\xE7\xD4\xF4\xC1\xE1\u03A6\u0393\u03A9\u03A0\u03A8\u03A3\u0398\xCA\xC0\xCD\xD3\xDA\xC3\xD5\xC2\xED\xF3\xFA\xE3\xF5\xE2`)
  }
};
function septets(text, table) {
  let units = 0;
  for (const char of text) {
    if (table.basic.has(char))
      units += 1;
    else if (table.extension.has(char))
      units += 2;
    else
      return void 0;
  }
  return units;
}
__name(septets, "septets");

// dist/domain/transliteration.js
var TRANSLITERATIONS = [
  "NONE",
  "ALL",
  "BALTIC",
  "CENTRAL_EUROPEAN",
  "COLOMBIAN",
  "CYRILLIC",
  "GREEK",
  "NON_UNICODE",
  "PORTUGUESE",
  "SERBIAN_CYRILLIC",
  "TURKISH",
  "BULGARIAN_CYRILLIC"
];
var GREEK_LOOKALIKES = {
  \u0391: "A",
  \u0392: "B",
  \u0395: "E",
  \u0396: "Z",
  \u0397: "H",
  \u0399: "I",
  \u039A: "K",
  \u039C: "M",
  \u039D: "N",
  \u039F: "O",
  \u03A1: "P",
  \u03A4: "T",
  \u03A5: "Y",
  \u03A7: "X"
};
function greek(char) {
  if (!new RegExp("\\p{Script=Greek}", "u").test(char))
    return void 0;
  const capital = stripMarks(char).toUpperCase();
  return GREEK_LOOKALIKES[capital] ?? capital;
}
__name(greek, "greek");
var RUSSIAN = {
  \u0430: "a",
  \u0431: "b",
  \u0432: "v",
  \u0433: "g",
  \u0434: "d",
  \u0435: "e",
  \u0451: "e",
  \u0436: "zh",
  \u0437: "z",
  \u0438: "i",
  \u0439: "y",
  \u043A: "k",
  \u043B: "l",
  \u043C: "m",
  \u043D: "n",
  \u043E: "o",
  \u043F: "p",
  \u0440: "r",
  \u0441: "s",
  \u0442: "t",
  \u0443: "u",
  \u0444: "f",
  \u0445: "kh",
  \u0446: "ts",
  \u0447: "ch",
  \u0448: "sh",
  \u0449: "shch",
  \u044A: "",
  \u044B: "y",
  \u044C: "",
  \u044D: "e",
  \u044E: "yu",
  \u044F: "ya"
};
var SERBIAN = {
  ...RUSSIAN,
  \u0452: "dj",
  \u0436: "z",
  \u0458: "j",
  \u0459: "lj",
  \u045A: "nj",
  \u045B: "c",
  \u0445: "h",
  \u0446: "c",
  \u0447: "c",
  \u045F: "dz",
  \u0448: "s"
};
var BULGARIAN = { ...RUSSIAN, \u0445: "h", \u0449: "sht", \u044A: "a", \u044C: "y" };
function cyrillic(table) {
  return (char) => {
    const lower = char.toLowerCase();
    const latin = table[lower];
    if (latin === void 0)
      return void 0;
    return char === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
  };
}
__name(cyrillic, "cyrillic");
var FOLD_SPECIAL = {
  \u0131: "i",
  \u0142: "l",
  \u0141: "L",
  \u0111: "d",
  \u0110: "D",
  \u0127: "h",
  \u0126: "H",
  \u0140: "l",
  \u013F: "L",
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u2013": "-",
  "\u2014": "-",
  "\u2026": "...",
  "\xA0": " "
};
function latinFold(alphabet) {
  const only = alphabet === void 0 ? void 0 : new Set(alphabet);
  return (char) => {
    if (DEFAULT_TABLE.basic.has(char) || only && !only.has(char))
      return void 0;
    const folded = FOLD_SPECIAL[char] ?? stripMarks(char);
    return folded !== char && [...folded].every((c) => DEFAULT_TABLE.basic.has(c)) ? folded : void 0;
  };
}
__name(latinFold, "latinFold");
function stripMarks(char) {
  return char.normalize("NFD").replace(new RegExp("\\p{M}", "gu"), "");
}
__name(stripMarks, "stripMarks");
var MAPS = {
  GREEK: [greek],
  CYRILLIC: [cyrillic(RUSSIAN)],
  SERBIAN_CYRILLIC: [cyrillic(SERBIAN)],
  BULGARIAN_CYRILLIC: [cyrillic(BULGARIAN)],
  TURKISH: [latinFold("\xE7\u011F\u0131\u0130\u015F\u015E\u011E")],
  CENTRAL_EUROPEAN: [latinFold("\u0105\u0107\u010D\u010F\u0119\u011B\u013A\u013E\u0142\u0144\u0148\u0151\u0155\u0159\u015B\u0161\u0165\u016F\u0171\u017A\u017C\u017E\u0104\u0106\u010C\u010E\u0118\u011A\u0139\u013D\u0141\u0143\u0147\u0150\u0154\u0158\u015A\u0160\u0164\u016E\u0170\u0179\u017B\u017D\xE1\xED\xF3\xFA\xFD\xE2\xF4\xC1\xCD\xD3\xDA\xDD\xC2\xD4\u0111\u0110")],
  BALTIC: [latinFold("\u0101\u010D\u0113\u0123\u012B\u0137\u013C\u0146\u0161\u016B\u017E\u0105\u0119\u0117\u012F\u0173\u0100\u010C\u0112\u0122\u012A\u0136\u013B\u0145\u0160\u016A\u017D\u0104\u0118\u0116\u012E\u0172")],
  PORTUGUESE: [latinFold("\xE3\xF5\xE2\xEA\xF4\xE1\xED\xF3\xFA\xE7\xC3\xD5\xC2\xCA\xD4\xC1\xCD\xD3\xDA\xC0")],
  COLOMBIAN: [latinFold("\xE1\xED\xF3\xFA\xC1\xCD\xD3\xDA")],
  NON_UNICODE: [latinFold()],
  ALL: [greek, cyrillic(RUSSIAN), latinFold()]
};
function transliterate(text, code) {
  if (code === void 0 || code === "NONE")
    return text;
  const maps = MAPS[code];
  let out = "";
  for (const char of text) {
    let replaced;
    for (const map of maps) {
      replaced = map(char);
      if (replaced !== void 0)
        break;
    }
    out += replaced ?? char;
  }
  return out;
}
__name(transliterate, "transliterate");

// dist/domain/smsEncoding.js
var SMS_LANGUAGE_CODES = ["NONE", ...NATIONAL_LANGUAGES, "AUTODETECT"];
var LIMITS2 = {
  GSM7: { single: 160, multi: 153 },
  NATIONAL: { single: 155, multi: 149 },
  UCS2: { single: 70, multi: 67 }
};
function count(units, limits) {
  const parts = units <= limits.single ? 1 : Math.ceil(units / limits.multi);
  const capacity = parts === 1 ? limits.single : parts * limits.multi;
  return { parts, charactersRemaining: capacity - units };
}
__name(count, "count");
function nationalCandidates(code) {
  if (code === void 0 || code === "NONE")
    return [];
  if (code === "AUTODETECT")
    return [...NATIONAL_LANGUAGES];
  return [code];
}
__name(nationalCandidates, "nationalCandidates");
function smsParts(text, options = {}) {
  const sentText = transliterate(text, options.transliteration);
  const plain = septets(sentText, DEFAULT_TABLE);
  if (plain !== void 0) {
    return { encoding: "GSM7", units: plain, ...count(plain, LIMITS2.GSM7), sentText };
  }
  let best;
  for (const language of nationalCandidates(options.languageCode)) {
    const units2 = septets(sentText, NATIONAL_TABLES[language]);
    if (units2 === void 0)
      continue;
    const counted = count(units2, LIMITS2.NATIONAL);
    if (!best || counted.parts < best.parts) {
      best = { encoding: "GSM7", units: units2, ...counted, nationalLanguage: language, sentText };
    }
  }
  if (best)
    return best;
  const units = sentText.length;
  return { encoding: "UCS2", units, ...count(units, LIMITS2.UCS2), sentText };
}
__name(smsParts, "smsParts");

// dist/domain/smsPreview.js
function previewSms(request) {
  const configuration = {
    ...request.languageCode && request.languageCode !== "NONE" ? { language: { languageCode: request.languageCode } } : {},
    ...request.transliteration && request.transliteration !== "NONE" ? { transliteration: request.transliteration } : {}
  };
  const configurations = [{}];
  if (configuration.language || configuration.transliteration)
    configurations.push(configuration);
  return {
    originalText: request.text,
    previews: configurations.map((config) => {
      const parts = smsParts(request.text, {
        languageCode: config.language?.languageCode,
        transliteration: config.transliteration
      });
      return {
        textPreview: parts.sentText,
        messageCount: parts.parts,
        charactersRemaining: parts.charactersRemaining,
        configuration: config,
        parts
      };
    })
  };
}
__name(previewSms, "previewSms");

// dist/domain/pushTargeting.js
var DEVICE_ATTRIBUTES = {
  platform: "string",
  sdkVersion: "string",
  osVersion: "string",
  deviceManufacturer: "string",
  deviceModel: "string",
  applicationVersion: "string",
  osLanguage: "string",
  deviceSecure: "boolean",
  notificationsEnabled: "boolean"
};
var PERSON_ATTRIBUTES = [
  "pushRegistrationId",
  "externalUserId",
  "phoneNumber",
  "email"
];
var PUSH_PLATFORMS = ["Android", "iOS", "Huawei"];
var STANDARD = /* @__PURE__ */ new Set([...Object.keys(DEVICE_ATTRIBUTES), ...PERSON_ATTRIBUTES]);
function isStandardAttribute(name) {
  return STANDARD.has(name);
}
__name(isStandardAttribute, "isStandardAttribute");
function valueOf(device, attribute) {
  if (STANDARD.has(attribute))
    return device[attribute];
  return device.customAttributes[attribute];
}
__name(valueOf, "valueOf");
function sameValue(a, b) {
  if (typeof a === "string" && typeof b === "string")
    return a.toLowerCase() === b.toLowerCase();
  return a === b;
}
__name(sameValue, "sameValue");
function matchesSegment(device, segment) {
  const allowed = /* @__PURE__ */ new Map();
  for (const { attribute, value } of segment.and) {
    const values = allowed.get(attribute);
    if (values)
      values.push(value);
    else
      allowed.set(attribute, [value]);
  }
  const alternatives = [];
  for (const condition of segment.or) {
    const values = allowed.get(condition.attribute);
    if (values)
      values.push(condition.value);
    else
      alternatives.push(condition);
  }
  for (const [attribute, values] of allowed) {
    const actual = valueOf(device, attribute);
    if (!values.some((v) => sameValue(actual, v)))
      return false;
  }
  return alternatives.length === 0 || alternatives.some((c) => sameValue(valueOf(device, c.attribute), c.value));
}
__name(matchesSegment, "matchesSegment");
function matchesTarget(device, target) {
  switch (target.type) {
    case "REGISTRATION":
      return device.pushRegistrationId === target.pushRegistrationId;
    case "EXTERNAL_USER_ID":
      return device.externalUserId === target.externalUserId;
    case "PHONE_NUMBER":
      return device.phoneNumber === target.phoneNumber;
    case "EMAIL":
      return sameValue(device.email, target.email);
    case "MULTIPLE":
      return matchesSegment(device, target.segment);
  }
}
__name(matchesTarget, "matchesTarget");
function selectDevices(devices, target, eligibility) {
  const selected = [];
  for (const device of devices) {
    if (eligibility.applicationCode !== void 0 && device.applicationCode !== eligibility.applicationCode)
      continue;
    if (eligibility.targetOnlyPrimaryDevices && !device.primary)
      continue;
    if (!eligibility.includeNotificationsDisabledDevices && !device.notificationsEnabled)
      continue;
    if (matchesTarget(device, target))
      selected.push(device);
  }
  return selected;
}
__name(selectDevices, "selectDevices");
function checkSegment(segment, path) {
  const violations = [];
  if (segment.and.length === 0 && segment.or.length === 0) {
    violations.push({
      path,
      rule: "SEGMENT_EMPTY",
      message: "A segment needs at least one condition in and or or."
    });
  }
  for (const [operator, conditions] of [
    ["and", segment.and],
    ["or", segment.or]
  ]) {
    conditions.forEach(({ attribute, value }, i) => {
      const expected = attribute in DEVICE_ATTRIBUTES ? DEVICE_ATTRIBUTES[attribute] : STANDARD.has(attribute) ? "string" : void 0;
      if (attribute.trim() === "") {
        violations.push({
          path: `${path}.${operator}[${i}]`,
          rule: "ATTRIBUTE_NAME",
          message: "An attribute name must not be empty."
        });
      } else if (expected !== void 0 && typeof value !== expected) {
        violations.push({
          path: `${path}.${operator}[${i}]`,
          rule: "ATTRIBUTE_TYPE",
          message: `${attribute} takes a ${expected}.`
        });
      }
    });
  }
  return violations;
}
__name(checkSegment, "checkSegment");

// dist/domain/deliveryError.js
var GROUPS = { OK: 0, HANDSET_ERRORS: 1, USER_ERRORS: 2, OPERATOR_ERRORS: 3 };
function error(group, id, name, description, permanent) {
  return { groupId: GROUPS[group], groupName: group, id, name, description, permanent };
}
__name(error, "error");
var DELIVERY_ERROR = {
  NO_ERROR: error("OK", 0, "NO_ERROR", "No Error", false),
  EC_UNKNOWN_SUBSCRIBER: error("HANDSET_ERRORS", 1, "EC_UNKNOWN_SUBSCRIBER", "Unknown Subscriber", true),
  EC_ABSENT_SUBSCRIBER_SM: error("HANDSET_ERRORS", 6, "EC_ABSENT_SUBSCRIBER_SM", "Absent Subscriber", false),
  EC_ABSENT_SUBSCRIBER: error("HANDSET_ERRORS", 27, "EC_ABSENT_SUBSCRIBER", "Absent Subscriber", false),
  EC_INVALID_DESTINATION_ADDRESS: error("USER_ERRORS", 351, "EC_INVALID_DESTINATION_ADDRESS", "Invalid destination address", false),
  EC_VALIDITY_EXPIRED: error("USER_ERRORS", 4101, "EC_VALIDITY_EXPIRED", "Validity expired", true),
  EC_DEVICE_APP_UNINSTALL: error("HANDSET_ERRORS", 8001, "EC_DEVICE_APP_UNINSTALL", "Application uninstalled from the device", true),
  EC_NO_REGISTRATION_ID_FOUND: error("HANDSET_ERRORS", 8004, "EC_NO_REGISTRATION_ID_FOUND", "No registration id found", true),
  EC_SYS_ERROR_FROM_CLOUD: error("OPERATOR_ERRORS", 8005, "EC_SYS_ERROR_FROM_CLOUD", "System error from the push cloud", true)
};

// dist/domain/contentRules.js
function get(record, dotted) {
  return dotted.split(".").reduce((value, key) => typeof value === "object" && value !== null ? value[key] : void 0, record);
}
__name(get, "get");
function lengthOf(value) {
  if (typeof value === "string")
    return value.length;
  if (value instanceof URL)
    return value.href.length;
  return void 0;
}
__name(lengthOf, "lengthOf");
function checkContent(channel, content) {
  const violations = [];
  const record = content;
  const key = CHANNEL_CONTENT_KEY[channel];
  const add = /* @__PURE__ */ __name((field, rule, message) => violations.push({ path: `${key}.${field}`, rule, message }), "add");
  const capability = capabilityOf(channel);
  const textLength = lengthOf(record.text);
  if (capability.maxTextLength !== void 0 && (textLength ?? 0) > capability.maxTextLength) {
    add("text", "TEXT_TOO_LONG", `${channel} text is limited to ${capability.maxTextLength} characters.`);
  }
  for (const { field, maxLength } of capability.fieldLimits) {
    if ((lengthOf(get(record, field)) ?? 0) > maxLength) {
      add(field, "TOO_LONG", `${field} is limited to ${maxLength} characters.`);
    }
  }
  if (channel === "VIBER")
    checkViberButton(record, add);
  if (channel === "PUSH" && typeof record.notificationOptions === "object") {
    checkNotificationOptions(record.notificationOptions ?? {}, (field, rule, message) => add(`notificationOptions.${field}`, rule, message));
  }
  return violations;
}
__name(checkContent, "checkContent");
function checkViberButton(record, add) {
  const hasText = Boolean(record.buttonText);
  const hasUrl = Boolean(record.buttonURL);
  if (hasText && !hasUrl)
    add("buttonURL", "REQUIRED_WITH_BUTTON", "buttonText needs a buttonURL.");
  if (hasUrl && !hasText)
    add("buttonText", "REQUIRED_WITH_BUTTON", "buttonURL needs a buttonText.");
}
__name(checkViberButton, "checkViberButton");
function checkNotificationOptions(options, add) {
  if (typeof options.badge === "number" && options.badge < 0) {
    add("badge", "NOT_NEGATIVE", "badge must not be negative.");
  }
  const period = options.mirroredPushExpirationPeriod;
  if (typeof period === "number" && (!Number.isInteger(period) || period < 0)) {
    add("mirroredPushExpirationPeriod", "NOT_NEGATIVE_INTEGER", "mirroredPushExpirationPeriod must be a whole number, 0 or more.");
  }
  if (options.mirroredPushExpirationTimeUnit != null && period == null) {
    add("mirroredPushExpirationPeriod", "REQUIRED_WITH_UNIT", "mirroredPushExpirationTimeUnit needs a mirroredPushExpirationPeriod.");
  }
  for (const field of ["mirroredPushDismissTitle", "mirroredPushOpenTitle"]) {
    if (options[field] != null && options.mirroredPushStyle !== "MODAL") {
      add(field, "MODAL_ONLY", `${field} needs mirroredPushStyle MODAL.`);
    }
  }
}
__name(checkNotificationOptions, "checkNotificationOptions");

// dist/domain/sendRules.js
var MAX_DESTINATIONS = 1e4;
var MAX_CALLBACK_DATA = 4e3;
var MAX_SCHEDULE_AHEAD_MS = 180 * 24 * 36e5;
var MAX_ID_LENGTH = 200;
var NOTIFY_CONTENT_TYPES = ["application/json", "application/xml"];
var SEND_AT_RULES = {
  SEND_AT_PAST: "must be in the future",
  SEND_AT_TOO_FAR: "must be less than 180 days ahead"
};
function sendAtRule(sendAt, now) {
  const ahead = Number(sendAt) - Number(now);
  if (ahead <= 0)
    return "SEND_AT_PAST";
  if (ahead >= MAX_SCHEDULE_AHEAD_MS)
    return "SEND_AT_TOO_FAR";
  return void 0;
}
__name(sendAtRule, "sendAtRule");
function collector() {
  const violations = [];
  return { violations, add: /* @__PURE__ */ __name((path, rule, message) => violations.push({ path, rule, message }), "add") };
}
__name(collector, "collector");
function contentEntries(send) {
  return Object.entries(send.content);
}
__name(contentEntries, "contentEntries");
function checkSend(send, now) {
  const { violations, add } = collector();
  if (send.destinations.length === 0)
    add("destinations", "REQUIRED", "At least one destination is required.");
  if (send.destinations.length > MAX_DESTINATIONS) {
    add("destinations", "TOO_MANY", `At most ${MAX_DESTINATIONS} destinations per send.`);
  }
  if ((send.bulkId?.length ?? 0) > MAX_ID_LENGTH) {
    add("bulkId", "TOO_LONG", `bulkId is limited to ${MAX_ID_LENGTH} characters.`);
  }
  const seenIds = /* @__PURE__ */ new Set();
  send.destinations.forEach((destination, index) => {
    const messageId = destination.messageId;
    if (messageId == null)
      return;
    const path = `destinations[${index}].messageId`;
    if (messageId.length > MAX_ID_LENGTH) {
      add(path, "TOO_LONG", `messageId is limited to ${MAX_ID_LENGTH} characters.`);
    }
    if (seenIds.has(messageId))
      add(path, "DUPLICATE", "messageId is already used in this send.");
    seenIds.add(messageId);
  });
  send.destinations.forEach((destination, index) => {
    const path = `destinations[${index}].to`;
    const phoneNumber = destination.to?.phoneNumber;
    const emailAddress = destination.to?.emailAddress;
    if (phoneNumber == null && emailAddress == null) {
      add(path, "ADDRESS_REQUIRED", "A destination needs a phoneNumber or an emailAddress.");
    }
    violations.push(...checkAddress("phoneNumber", phoneNumber, `${path}.phoneNumber`), ...checkAddress("emailAddress", emailAddress, `${path}.emailAddress`));
  });
  for (const [channel, content] of contentEntries(send)) {
    const path = CHANNEL_CONTENT_KEY[channel];
    if (content.validityPeriodTimeUnit && content.validityPeriod == null) {
      add(`${path}.validityPeriod`, "REQUIRED_WITH_UNIT", "validityPeriodTimeUnit needs a validityPeriod.");
    }
    if (content.validityPeriod != null) {
      const validity = normaliseValidityPeriod(channel, content.validityPeriod, content.validityPeriodTimeUnit ?? void 0);
      if (!validity.ok) {
        add(`${path}.validityPeriod`, `VALIDITY_${validity.reason}`, `${channel} validity must be between ${validity.minMs / 1e3} s and ${validity.maxMs / 36e5} h.`);
      }
    }
    violations.push(...checkContent(channel, content));
  }
  const sendAt = send.sendAt && sendAtRule(send.sendAt, now);
  if (sendAt)
    add("sendAt", sendAt, `sendAt ${SEND_AT_RULES[sendAt]}.`);
  if (send.callbackData && send.callbackData.length > MAX_CALLBACK_DATA) {
    add("callbackData", "TOO_LONG", `callbackData is limited to ${MAX_CALLBACK_DATA} characters.`);
  }
  if (send.notifyContentType != null && !NOTIFY_CONTENT_TYPES.includes(send.notifyContentType)) {
    add("notifyContentType", "NOTIFY_CONTENT_TYPE", `notifyContentType must be one of ${NOTIFY_CONTENT_TYPES.join(", ")}.`);
  }
  return violations;
}
__name(checkSend, "checkSend");
function stepText(send, channel) {
  return send.content[channel]?.text || send.commonText || void 0;
}
__name(stepText, "stepText");
function stepHasContent(send, channel) {
  if (stepText(send, channel))
    return true;
  const content = send.content[channel];
  if (channel === "VIBER")
    return Boolean(content?.imageURL);
  if (channel === "VKONTAKTE")
    return Boolean(content?.templateName);
  return false;
}
__name(stepHasContent, "stepHasContent");
function canAddress(to, channel) {
  return Boolean(to?.[addressKindOf(channel)]);
}
__name(canAddress, "canAddress");
function checkScenarioFit(send, flow) {
  const { violations, add } = collector();
  const channels = new Set(flow.map((step) => step.channel));
  for (const [channel] of contentEntries(send)) {
    if (!channels.has(channel)) {
      add(CHANNEL_CONTENT_KEY[channel], "CHANNEL_NOT_IN_SCENARIO", `No step of the scenario uses ${channel}; this content would never be sent.`);
    }
  }
  for (const channel of channels) {
    const key = CHANNEL_CONTENT_KEY[channel];
    if (!stepHasContent(send, channel)) {
      add(send.content[channel] ? `${key}.text` : key, "CONTENT_REQUIRED", `The scenario has a ${channel} step, but there is no ${key} content and no common text.`);
      continue;
    }
    const max = capabilityOf(channel).maxTextLength;
    if (!send.content[channel]?.text && max !== void 0 && (send.commonText?.length ?? 0) > max) {
      add("text", "TEXT_TOO_LONG", `The ${channel} step sends this text, and ${channel} is limited to ${max} characters.`);
    }
  }
  send.destinations.forEach((destination, index) => {
    if (flow.length === 0 || flow.some((step) => canAddress(destination.to, step.channel)))
      return;
    const kind = addressKindOf(flow[0].channel);
    const path = `destinations[${index}].to.${kind}`;
    if (destination.to?.phoneNumber || destination.to?.emailAddress) {
      add(path, kind === "phoneNumber" ? "PHONE_NUMBER_REQUIRED" : "EMAIL_ADDRESS_REQUIRED", `Every step of the scenario needs a ${kind}, and this destination has none.`);
    }
  });
  return violations;
}
__name(checkScenarioFit, "checkScenarioFit");
function sendNotices(send, flow) {
  const { violations: notices, add } = collector();
  for (const [channel, content] of contentEntries(send)) {
    if (content.validityPeriod == null)
      continue;
    const validity = normaliseValidityPeriod(channel, content.validityPeriod, content.validityPeriodTimeUnit ?? void 0);
    if (validity.ok && validity.clamped) {
      add(`${CHANNEL_CONTENT_KEY[channel]}.validityPeriod`, "VALIDITY_CLAMPED", `${channel} validity above ${validity.ms / 36e5} h is set to ${validity.ms / 36e5} h.`);
    }
  }
  if (flow) {
    send.destinations.forEach((destination, index) => {
      if (!flow.some((step) => canAddress(destination.to, step.channel)))
        return;
      flow.forEach((step, stepIndex) => {
        if (canAddress(destination.to, step.channel))
          return;
        add(`destinations[${index}].to.${addressKindOf(step.channel)}`, "STEP_SKIPPED", `Step ${stepIndex + 1} (${step.channel}) is skipped for this destination: it has no ${addressKindOf(step.channel)}.`);
      });
    });
  }
  return notices;
}
__name(sendNotices, "sendNotices");

export {
  CHANNELS,
  CHANNEL_CONTENT_KEY,
  addressKindOf,
  STATUS_GROUPS,
  STATUS,
  isFinal,
  TIME_UNITS,
  normaliseValidityPeriod,
  isMsisdn,
  isEmailAddress,
  checkAddress,
  formatOmniDate,
  parseOmniDate,
  MAX_PUSH_TEXT,
  MAX_OMNI_PUSH_TITLE,
  MAX_PUSH_API_TITLE,
  CHANNEL_CAPABILITIES,
  checkContent,
  MAX_DESTINATIONS,
  MAX_CALLBACK_DATA,
  MAX_ID_LENGTH,
  NOTIFY_CONTENT_TYPES,
  SEND_AT_RULES,
  sendAtRule,
  checkSend,
  stepText,
  stepHasContent,
  canAddress,
  checkScenarioFit,
  sendNotices,
  TRANSLITERATIONS,
  SMS_LANGUAGE_CODES,
  smsParts,
  previewSms,
  PUSH_PLATFORMS,
  isStandardAttribute,
  selectDevices,
  checkSegment,
  DELIVERY_ERROR
};
