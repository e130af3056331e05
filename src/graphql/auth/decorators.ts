import { Authorized, Directive } from "type-graphql";
import type { Scope } from "../../domain/scopes.js";

type FieldDecorator = MethodDecorator & PropertyDecorator;

/**
 * A field that needs `scope`: declared in the SDL (`@requiresScopes`) for routers that refuse
 * early, and enforced here by the auth checker. One decorator, so the two never disagree.
 */
export function RequiresScope(scope: Scope): FieldDecorator {
  return both(Directive(`@requiresScopes(scopes: [["${scope}"]])`), Authorized<Scope>(scope));
}

/** A field any authenticated caller may use: `@authenticated` in the SDL, checked here too. */
export function Authenticated(): FieldDecorator {
  return both(Directive("@authenticated"), Authorized());
}

function both(declare: FieldDecorator, enforce: FieldDecorator): FieldDecorator {
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    declare(target, key, descriptor as never);
    enforce(target, key, descriptor as never);
  };
}
