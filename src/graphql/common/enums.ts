import { registerEnumType } from "type-graphql";
import { CHANNELS, type Channel as ChannelName } from "../../domain/channel.js";
import { STATUS_GROUPS, type StatusGroup as StatusGroupName } from "../../domain/status.js";
import { TIME_UNITS, type TimeUnit as TimeUnitName } from "../../domain/validityPeriod.js";

export function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

/** GraphQL enums generated from the domain lists, so the graph and the rules never drift. */
export const Channel = enumOf<ChannelName>(CHANNELS);
registerEnumType(Channel, {
  name: "Channel",
  description:
    "An OMNI channel a scenario step can use (OMNI's channel). EMAIL steps go to a destination's emailAddress, every other channel to its phoneNumber.",
  valuesConfig: {
    SMS: {
      description: "A text message; not limited in length, billed per part (see previewSms).",
    },
    VOICE: { description: "A phone call that reads the text out (text to speech)." },
    VIBER: {
      description:
        "A Viber message: text up to 1000 characters, an image, a button; validity 35 s to 14 days.",
    },
    EMAIL: { description: "An e-mail, with a subject." },
    FACEBOOK: {
      description:
        "A Facebook Messenger message, up to 1000 characters. Only OMNI's legacy API has it.",
    },
    PUSH: {
      description:
        "A push notification to the person's app installations, up to 4000 characters; the step's sender is the application code.",
    },
    PARSECO: {
      description: "A Parseco chat message, not limited in length. Only OMNI's legacy API has it.",
    },
    VKONTAKTE: { description: "A VKontakte message: a text, or a template with its data." },
  } satisfies Record<ChannelName, { description: string }>,
});

export const StatusGroup = enumOf<StatusGroupName>(STATUS_GROUPS);
registerEnumType(StatusGroup, {
  name: "StatusGroup",
  description:
    "The general status of a message or attempt: OMNI's status groupName (groupId 1 to 5). Every value but PENDING is final.",
  valuesConfig: {
    PENDING: { description: "Group 1: sent or accepted, the outcome not known yet." },
    UNDELIVERABLE: {
      description: "Group 2: could not be delivered; the operator or the device turned it down.",
    },
    DELIVERED: { description: "Group 3: delivered, to the handset or to the operator." },
    EXPIRED: {
      description: "Group 4: the validity period ran out without a delivery confirmation.",
    },
    REJECTED: {
      description:
        "Group 5: refused before delivery, e.g. blocked destination, unknown sender or not enough credit.",
    },
  } satisfies Record<StatusGroupName, { description: string }>,
});

export const TimeUnit = enumOf<TimeUnitName>(TIME_UNITS);
registerEnumType(TimeUnit, {
  name: "TimeUnit",
  description: "Unit of a validity period (OMNI's validityPeriodTimeUnit).",
  valuesConfig: {
    SECONDS: { description: "Seconds." },
    MINUTES: { description: "Minutes; the unit when none is given." },
    HOURS: { description: "Hours." },
  } satisfies Record<TimeUnitName, { description: string }>,
});
