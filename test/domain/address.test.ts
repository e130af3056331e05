import { describe, expect, it } from "vitest";
import { checkAddress, isEmailAddress, isMsisdn } from "../../src/domain/address.js";

describe("address formats", () => {
  it("takes an MSISDN without '+' or leading zero, 7 to 15 digits", () => {
    expect(["41793026727", "1234567", "123456789012345"].every(isMsisdn)).toBe(true);
    const broken = ["+41793026800", "041793026727", "123456", "1234567890123456", "4179 302"];
    expect(broken.filter(isMsisdn)).toEqual([]);
  });

  it("takes the HTML standard's e-mail addresses with a dotted domain, up to 254 characters", () => {
    const good = ["john.smith@example.com", "a+b!#$%&'*/=?^_`{|}~-@x-y.example.co", "x@a.bc"];
    expect(good.filter((e) => !isEmailAddress(e))).toEqual([]);
    const broken = [
      "john.smith",
      "john@localhost",
      "jane@smith@example.com",
      "jörg@example.com",
      "a b@example.com",
      "a@-example.com",
      "a@example..com",
      `${"a".repeat(243)}@example.com`,
    ];
    expect(broken.filter(isEmailAddress)).toEqual([]);
  });

  it("names the field and rule of a malformed address, and nothing for an absent one", () => {
    expect(checkAddress("phoneNumber", "+41793026800", "to.phoneNumber")).toEqual([
      { path: "to.phoneNumber", rule: "MSISDN_FORMAT", message: expect.any(String) },
    ]);
    expect(checkAddress("emailAddress", "", "to.emailAddress")).toMatchObject([
      { rule: "EMAIL_FORMAT" },
    ]);
    expect(checkAddress("emailAddress", undefined, "to.emailAddress")).toEqual([]);
    expect(checkAddress("phoneNumber", "41793026727", "to.phoneNumber")).toEqual([]);
  });
});
