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
  description: "An OMNI channel a scenario step can use.",
});

export const StatusGroup = enumOf<StatusGroupName>(STATUS_GROUPS);
registerEnumType(StatusGroup, {
  name: "StatusGroup",
  description: "The general status of a message or attempt.",
});

export const TimeUnit = enumOf<TimeUnitName>(TIME_UNITS);
registerEnumType(TimeUnit, { name: "TimeUnit", description: "Unit of a validity period." });
