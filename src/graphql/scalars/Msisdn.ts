import { addressScalar } from "./addressScalar.js";

/** Infobip's MSISDN: graphql-scalars' PhoneNumber is far too permissive for this contract. */
export const Msisdn = addressScalar({
  name: "Msisdn",
  description:
    "A mobile number in international format without '+' or leading zeros, 7 to 15 digits (e.g. 41793026727). An input takes any string: one in another format is refused with the input's other problems, in one BAD_USER_INPUT whose violations name its field with rule MSISDN_FORMAT.",
  rule: "MSISDN_FORMAT",
});
