/**
 * Who a push reaches (mobile-push-api.md): the destination kinds, the `$and` / `$or` segment
 * over device and custom attributes, and the primary-device and notifications-disabled rules.
 * The sandbox resolves sends with it; the gateway checks segments with it before sending.
 */
import type { Violation } from "./violation.js";

/** Device attributes every installation has, filterable by default, with their documented types. */
export const DEVICE_ATTRIBUTES = {
  platform: "string",
  sdkVersion: "string",
  osVersion: "string",
  deviceManufacturer: "string",
  deviceModel: "string",
  applicationVersion: "string",
  osLanguage: "string",
  deviceSecure: "boolean",
  notificationsEnabled: "boolean",
} as const;
export type DeviceAttribute = keyof typeof DEVICE_ATTRIBUTES;

/** The person an installation is linked to, and the installation itself; usable in segments too. */
export const PERSON_ATTRIBUTES = [
  "pushRegistrationId",
  "externalUserId",
  "phoneNumber",
  "email",
] as const;
export type PersonAttribute = (typeof PERSON_ATTRIBUTES)[number];

export const PUSH_PLATFORMS = ["Android", "iOS", "Huawei"] as const;

export type AttributeValue = string | boolean;

export interface TargetDevice {
  pushRegistrationId: string;
  applicationCode: string;
  primary: boolean;
  notificationsEnabled: boolean;
  externalUserId?: string;
  phoneNumber?: string;
  email?: string;
  platform?: string;
  sdkVersion?: string;
  osVersion?: string;
  deviceManufacturer?: string;
  deviceModel?: string;
  applicationVersion?: string;
  osLanguage?: string;
  deviceSecure?: boolean;
  customAttributes: Readonly<Record<string, AttributeValue>>;
}

/** One `{attribute: value}` item of `$and` or `$or`. */
export interface Condition {
  attribute: string;
  value: AttributeValue;
}

export interface Segment {
  and: readonly Condition[];
  or: readonly Condition[];
}

export type PushTarget =
  | { type: "REGISTRATION"; pushRegistrationId: string }
  | { type: "EXTERNAL_USER_ID"; externalUserId: string }
  | { type: "PHONE_NUMBER"; phoneNumber: string }
  | { type: "EMAIL"; email: string }
  | { type: "MULTIPLE"; segment: Segment };

export interface Eligibility {
  /** The sender; devices of other applications are never reached. Absent: any application. */
  applicationCode?: string;
  targetOnlyPrimaryDevices: boolean;
  includeNotificationsDisabledDevices: boolean;
}

const STANDARD = new Set<string>([...Object.keys(DEVICE_ATTRIBUTES), ...PERSON_ATTRIBUTES]);

export function isStandardAttribute(name: string): boolean {
  return STANDARD.has(name);
}

function valueOf(device: TargetDevice, attribute: string): AttributeValue | undefined {
  if (STANDARD.has(attribute)) return device[attribute as DeviceAttribute | PersonAttribute];
  return device.customAttributes[attribute];
}

/** Strings compare without case: the docs write "Personal" in prose and "personal" in the JSON. */
function sameValue(a: AttributeValue | undefined, b: AttributeValue): boolean {
  if (typeof a === "string" && typeof b === "string") return a.toLowerCase() === b.toLowerCase();
  return a === b;
}

/**
 * DECISION: read literally, two of the docs' examples target nobody: `$and` over two
 * externalUserIds ("target multiple recipients") and Example 2, whose `$and` holds DeviceType
 * "personal" and `$or` DeviceType "business" while the prose says "DeviceType is either Personal
 * or Business, and the device has iOS". One rule gives every example its documented meaning:
 * conditions of `$and` on the same attribute are alternatives, different attributes must all
 * hold, and an `$or` condition on an attribute `$and` constrains adds an alternative for it. The
 * remaining `$or` conditions (attributes `$and` does not name) must have at least one match.
 */
export function matchesSegment(device: TargetDevice, segment: Segment): boolean {
  const allowed = new Map<string, AttributeValue[]>();
  for (const { attribute, value } of segment.and) {
    const values = allowed.get(attribute);
    if (values) values.push(value);
    else allowed.set(attribute, [value]);
  }
  const alternatives: Condition[] = [];
  for (const condition of segment.or) {
    const values = allowed.get(condition.attribute);
    if (values) values.push(condition.value);
    else alternatives.push(condition);
  }
  for (const [attribute, values] of allowed) {
    const actual = valueOf(device, attribute);
    if (!values.some((v) => sameValue(actual, v))) return false;
  }
  return (
    alternatives.length === 0 ||
    alternatives.some((c) => sameValue(valueOf(device, c.attribute), c.value))
  );
}

export function matchesTarget(device: TargetDevice, target: PushTarget): boolean {
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

/**
 * The installations a destination reaches. Every device linked to the person gets the push
 * unless only primary devices are asked for; devices with notifications off are left out unless
 * the sender includes them (OMNI's `includeNotificationsDisabledDevices`).
 */
export function selectDevices<D extends TargetDevice>(
  devices: Iterable<D>,
  target: PushTarget,
  eligibility: Eligibility,
): D[] {
  const selected: D[] = [];
  for (const device of devices) {
    if (
      eligibility.applicationCode !== undefined &&
      device.applicationCode !== eligibility.applicationCode
    )
      continue;
    if (eligibility.targetOnlyPrimaryDevices && !device.primary) continue;
    if (!eligibility.includeNotificationsDisabledDevices && !device.notificationsEnabled) continue;
    if (matchesTarget(device, target)) selected.push(device);
  }
  return selected;
}

/** A segment must say something, and a standard attribute must have its documented type. */
export function checkSegment(segment: Segment, path: string): Violation[] {
  const violations: Violation[] = [];
  if (segment.and.length === 0 && segment.or.length === 0) {
    violations.push({
      path,
      rule: "SEGMENT_EMPTY",
      message: "A segment needs at least one condition in and or or.",
    });
  }
  for (const [operator, conditions] of [
    ["and", segment.and],
    ["or", segment.or],
  ] as const) {
    conditions.forEach(({ attribute, value }, i) => {
      const expected =
        attribute in DEVICE_ATTRIBUTES
          ? DEVICE_ATTRIBUTES[attribute as DeviceAttribute]
          : STANDARD.has(attribute)
            ? "string"
            : undefined;
      if (attribute.trim() === "") {
        violations.push({
          path: `${path}.${operator}[${i}]`,
          rule: "ATTRIBUTE_NAME",
          message: "An attribute name must not be empty.",
        });
      } else if (expected !== undefined && typeof value !== expected) {
        violations.push({
          path: `${path}.${operator}[${i}]`,
          rule: "ATTRIBUTE_TYPE",
          message: `${attribute} takes a ${expected}.`,
        });
      }
    });
  }
  return violations;
}
