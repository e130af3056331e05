/**
 * Home network (MCC + MNC) of a phone number by country prefix, longest prefix first. A sandbox
 * has no HLR, so each country maps to one well-known operator.
 */
const PREFIX_MCC_MNC: [prefix: string, mccMnc: string][] = [
  ["385", "21901"],
  ["386", "29340"],
  ["381", "22001"],
  ["387", "21890"],
  ["41", "22801"],
  ["43", "23201"],
  ["44", "23410"],
  ["49", "26201"],
  ["33", "20801"],
  ["39", "22201"],
  ["34", "21401"],
  ["31", "20404"],
  ["7", "25001"],
  ["1", "310260"],
];

export function mccMncOf(phoneNumber: string): string | undefined {
  return PREFIX_MCC_MNC.find(([prefix]) => phoneNumber.startsWith(prefix))?.[1];
}
