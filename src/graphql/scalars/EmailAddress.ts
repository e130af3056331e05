import { addressScalar } from "./addressScalar.js";

/**
 * Ours rather than graphql-scalars' EmailAddress (same name, so the SDL keeps it), whose parse
 * throws on its own and so hides the input's other problems.
 */
export const EmailAddress = addressScalar({
  name: "EmailAddress",
  description:
    "An e-mail address: the HTML standard's valid e-mail address (https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address) with a dotted domain, at most 254 characters. An input takes any string: one in another format is refused with the input's other problems, in one BAD_USER_INPUT whose violations name its field with rule EMAIL_FORMAT.",
  rule: "EMAIL_FORMAT",
});
