import { Authorized, Directive, UseMiddleware } from "type-graphql";
import type { Scope } from "../../domain/scopes.js";
import { InputHygiene } from "../common/inputHygiene.js";

type FieldDecorator = MethodDecorator & PropertyDecorator;

/**
 * A field that needs `scope`: declared in the SDL (`@requiresScopes`) for routers that refuse
 * early, and enforced here by the auth checker. One decorator, so the two never disagree.
 */
export function RequiresScope(scope: Scope): FieldDecorator {
  return operation(Directive(`@requiresScopes(scopes: [["${scope}"]])`), Authorized<Scope>(scope));
}

/** A field any authenticated caller may use: `@authenticated` in the SDL, checked here too. */
export function Authenticated(): FieldDecorator {
  return operation(Directive("@authenticated"), Authorized());
}

/**
 * Every query, mutation and subscription carries one of the two decorators above, and only they
 * take arguments: so they also apply the rules every argument obeys (InputHygiene). As a global
 * middleware it would turn every plain field of every answer into an async middleware chain.
 */
function operation(declare: FieldDecorator, enforce: FieldDecorator): FieldDecorator {
  const hygiene = UseMiddleware(InputHygiene);
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    declare(target, key, descriptor as never);
    enforce(target, key, descriptor as never);
    hygiene(target, key, descriptor as never);
  };
}
