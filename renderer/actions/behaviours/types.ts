import type { ActionId } from '../../../shared/actions';
import type { ActionContext } from '../context';

/**
 * The renderer's half of an action: what it does and when it applies. `perform` may throw a
 * CommandError (a refused command): the registry reports it, the same way for every action.
 */
export interface Behaviour {
  perform(ctx: ActionContext, value?: unknown): void | Promise<unknown>;
  /** Disabled actions are greyed in menus and toolbar and ignore their keys. Default: enabled. */
  enabled?(ctx: ActionContext): boolean;
  /** For toggles: whether it is on now. Default: the declaration's shellChecked. */
  checked?(ctx: ActionContext): boolean;
}

/** The behaviours of every action whose id starts with one of `P`; the compiler asks for each. */
export type Behaviours<P extends string> = { [K in Extract<ActionId, `${P}${string}`>]: Behaviour };
