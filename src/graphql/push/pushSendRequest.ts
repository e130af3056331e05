import { checkAddress } from "../../domain/address.js";
import { checkContent } from "../../domain/contentRules.js";
import { formatOmniDate } from "../../domain/omniDate.js";
import { checkSegment, isStandardAttribute, type Condition } from "../../domain/pushTargeting.js";
import { MAX_PUSH_API_TITLE, MAX_PUSH_TEXT } from "../../domain/pushLimits.js";
import { MAX_CALLBACK_DATA, SEND_AT_RULES, sendAtRule } from "../../domain/sendRules.js";
import { normaliseValidityPeriod } from "../../domain/validityPeriod.js";
import type { Violation } from "../../domain/violation.js";
import type { WireCondition, WirePushDestination, WirePushRequest } from "../../omni/pushWire.js";
import type { PushConditionInput } from "./PushConditionInput.js";
import type { PushDestinationInput } from "./PushDestinationInput.js";
import type { SendPushInput } from "./SendPushInput.js";

export const MAX_PUSH_DESTINATIONS = 1_000;

const DESTINATION_KINDS = [
  "pushRegistrationId",
  "externalUserId",
  "phoneNumber",
  "email",
  "segment",
] as const;

/** Checks a sendPush input against every documented rule and builds the upstream request. */
export function toPushRequest(
  input: SendPushInput,
  bulkId: string,
  now: Date,
): { request: WirePushRequest; violations: Violation[] } {
  const violations: Violation[] = [];
  const add = (path: string, rule: string, message: string) =>
    violations.push({ path, rule, message });

  if (!input.applicationCode.trim())
    add("applicationCode", "REQUIRED", "applicationCode must not be empty.");
  if (input.destinations.length === 0)
    add("destinations", "REQUIRED", "At least one destination is required.");
  if (input.destinations.length > MAX_PUSH_DESTINATIONS) {
    add("destinations", "TOO_MANY", `At most ${MAX_PUSH_DESTINATIONS} destinations per send.`);
  }
  const destinations = input.destinations.map((d, i) =>
    toDestination(d, `destinations[${i}]`, violations),
  );

  if (input.text.length < 1 || input.text.length > MAX_PUSH_TEXT)
    add("text", "LENGTH", `text must have 1 to ${MAX_PUSH_TEXT} characters.`);
  const options = input.notificationOptions ?? {};
  const { title, ...untitled } = options;
  if ((title?.length ?? 0) > MAX_PUSH_API_TITLE) {
    add(
      "notificationOptions.title",
      "TOO_LONG",
      `title is limited to ${MAX_PUSH_API_TITLE} characters.`,
    );
  }
  // The title goes out as the Push API's content.title, so the OMNI PUSH step's limit is not its.
  for (const v of checkContent("PUSH", { notificationOptions: untitled }))
    violations.push({ ...v, path: v.path.replace(/^push\./, "") });

  const validity =
    input.validityPeriod == null
      ? undefined
      : normaliseValidityPeriod("PUSH", input.validityPeriod, input.validityPeriodTimeUnit);
  if (validity && !validity.ok)
    add("validityPeriod", validity.reason, "validityPeriod must be at least 30 seconds.");
  const sendAt = input.sendAt && sendAtRule(input.sendAt, now);
  if (sendAt) add("sendAt", sendAt, `sendAt ${SEND_AT_RULES[sendAt]}.`);
  if ((input.callbackData?.length ?? 0) > MAX_CALLBACK_DATA) {
    add("callbackData", "TOO_LONG", `callbackData is limited to ${MAX_CALLBACK_DATA} characters.`);
  }

  const { contentUrl, webViewUrl, inAppStyle, mirroredPushStyle, onTapButtonAction } = options;
  // OMNI's older names (inAppStyle, webViewUrl) are what scenario sends use; the push API
  // spells them mirroredPushStyle and a WEB_VIEW_URL tap action.
  const tapAction =
    onTapButtonAction ?? (webViewUrl && { type: "WEB_VIEW_URL", resource: webViewUrl.href });
  const request: WirePushRequest = {
    messages: [
      {
        sender: input.applicationCode,
        destinations,
        content: contentUrl
          ? { type: "IMAGE", title, text: input.text, url: contentUrl.href }
          : { type: "TEXT", title, text: input.text },
        options: {
          soundEnabled: options.soundEnabled,
          soundName: options.soundName,
          vibrationEnabled: options.vibrationEnabled,
          isSilent: options.isSilent,
          badge: options.badge,
          category: options.category,
          showMirroredPush: options.showMirroredPush,
          mirroredPushStyle: mirroredPushStyle ?? inAppStyle,
          mirroredPushExpirationPeriod: options.mirroredPushExpirationPeriod,
          mirroredPushExpirationTimeUnit: options.mirroredPushExpirationTimeUnit,
          mirroredPushDismissTitle: options.mirroredPushDismissTitle,
          mirroredPushOpenTitle: options.mirroredPushOpenTitle,
          onTapButtonAction: tapAction || undefined,
          inboxTopic: options.inboxTopic,
          customPayload: input.customPayload,
          validityPeriod:
            input.validityPeriod == null
              ? undefined
              : { amount: input.validityPeriod, timeUnit: input.validityPeriodTimeUnit },
          sendAt: input.sendAt && formatOmniDate(input.sendAt),
        },
        webhooks:
          input.callbackData === undefined ? undefined : { callbackData: input.callbackData },
      },
    ],
    options: { schedule: { bulkId } },
  };
  return { request, violations };
}

function toDestination(
  input: PushDestinationInput,
  path: string,
  violations: Violation[],
): WirePushDestination {
  const kinds = DESTINATION_KINDS.filter((kind) => input[kind] != null);
  if (kinds.length !== 1) {
    violations.push({
      path,
      rule: "EXACTLY_ONE_TARGET",
      message: `A destination needs exactly one of ${DESTINATION_KINDS.join(", ")}${
        kinds.length ? `; got ${kinds.join(" and ")}` : ""
      }.`,
    });
  }
  violations.push(
    ...checkAddress("phoneNumber", input.phoneNumber, `${path}.phoneNumber`),
    ...checkAddress("emailAddress", input.email, `${path}.email`),
  );
  const common = {
    ...(input.targetOnlyPrimaryDevices != null
      ? { targetOnlyPrimaryDevices: input.targetOnlyPrimaryDevices }
      : {}),
  };
  if (input.pushRegistrationId != null)
    return { ...common, type: "REGISTRATION", pushRegistrationId: input.pushRegistrationId };
  if (input.externalUserId != null)
    return { ...common, type: "EXTERNAL_USER_ID", externalUserId: input.externalUserId };
  if (input.phoneNumber != null)
    return { ...common, type: "PHONE_NUMBER", phoneNumber: input.phoneNumber };
  if (input.email != null) return { ...common, type: "EMAIL", email: input.email };
  // Already refused above; an absent segment has nothing more to check.
  if (input.segment == null) return { ...common, type: "MULTIPLE" };
  const and = (input.segment.and ?? []).map((c, j) =>
    toCondition(c, `${path}.segment.and[${j}]`, violations),
  );
  const or = (input.segment.or ?? []).map((c, j) =>
    toCondition(c, `${path}.segment.or[${j}]`, violations),
  );
  violations.push(
    ...checkSegment(
      { and: and.filter(isCondition), or: or.filter(isCondition) },
      `${path}.segment`,
    ),
  );
  return {
    ...common,
    type: "MULTIPLE",
    ...(and.length ? { $and: and.filter(isCondition).map(toWire) } : {}),
    ...(or.length ? { $or: or.filter(isCondition).map(toWire) } : {}),
  };
}

function toCondition(
  input: PushConditionInput,
  path: string,
  violations: Violation[],
): Condition | undefined {
  const set = Object.entries(input).filter(([, value]) => value != null);
  if (set.length !== 1) {
    violations.push({
      path,
      rule: "EXACTLY_ONE_ATTRIBUTE",
      message: `A condition names exactly one attribute; got ${set.length}.`,
    });
    return undefined;
  }
  const [name, value] = set[0]!;
  violations.push(
    ...checkAddress("phoneNumber", input.phoneNumber, `${path}.phoneNumber`),
    ...checkAddress("emailAddress", input.email, `${path}.email`),
  );
  if (name !== "custom") return { attribute: name, value: value as string | boolean };
  const custom = input.custom!;
  if (isStandardAttribute(custom.name)) {
    violations.push({
      path: `${path}.custom.name`,
      rule: "STANDARD_ATTRIBUTE",
      message: `${custom.name} is a standard attribute: use its own field.`,
    });
  }
  return { attribute: custom.name, value: custom.value };
}

const isCondition = (c: Condition | undefined): c is Condition => c !== undefined;
const toWire = (c: Condition): WireCondition => ({ [c.attribute]: c.value });
