import { ACTIONS, actionById, type ActionDef, type ActionId } from '../../shared/actions';
import { toastCommandError } from '../state/commandErrorToast';
import type { ActionContext } from './context';
import { cardBehaviours } from './behaviours/card';
import { editBehaviours } from './behaviours/edit';
import { fileBehaviours } from './behaviours/file';
import { navBehaviours } from './behaviours/nav';
import type { Behaviour } from './behaviours/types';
import { viewBehaviours } from './behaviours/view';
import { workshopBehaviours } from './behaviours/workshop';
import { versionBehaviours } from './behaviours/versions';
import { compareBehaviours } from './behaviours/compare';
import { researchBehaviours } from './behaviours/research';

/** Every action's behaviour; the type makes the compiler ask for one per declared action. */
export const BEHAVIOURS: Record<ActionId, Behaviour> = {
  ...fileBehaviours,
  ...editBehaviours,
  ...cardBehaviours,
  ...navBehaviours,
  ...viewBehaviours,
  ...workshopBehaviours,
  ...versionBehaviours,
  ...compareBehaviours,
  ...researchBehaviours,
};

/**
 * The actions of one window: the declarations (shared/actions.ts) joined to their
 * behaviours and this window's context. Menus, toolbar, inspector buttons, keys and the
 * shortcuts dialog all go through `run`, so every action is checked for being enabled and
 * reports a refused command the same way: one toast in the UI language.
 */
export class ActionRegistry {
  constructor(
    readonly ctx: ActionContext,
    private readonly behaviours: Record<ActionId, Behaviour> = BEHAVIOURS,
  ) {}

  get all(): readonly ActionDef[] {
    return ACTIONS;
  }

  def(id: ActionId): ActionDef {
    return actionById(id);
  }

  /** The label in the UI language. */
  label(id: ActionId): string {
    return actionById(id).label[this.ctx.ui.get().language];
  }

  isEnabled(id: ActionId): boolean {
    const enabled = this.behaviours[id].enabled;
    return enabled ? enabled(this.ctx) : true;
  }

  /** For toggles: on or off now; undefined for an action that is not a toggle. */
  isChecked(id: ActionId): boolean | undefined {
    const def = actionById(id);
    if (!def.toggle) return undefined;
    const checked = this.behaviours[id].checked;
    if (checked) return checked(this.ctx);
    return def.shellChecked?.({ language: this.ctx.ui.get().language }) ?? false;
  }

  /** Perform an action if it is enabled; false when it was not. */
  run(id: ActionId, value?: unknown): boolean {
    if (!this.isEnabled(id)) return false;
    try {
      const result = this.behaviours[id].perform(this.ctx, value);
      if (result instanceof Promise) result.catch((error: unknown) => this.refused(error));
    } catch (error) {
      this.refused(error);
    }
    return true;
  }

  /** A refused command is told to the user; anything else is a bug and goes on up. */
  private refused(error: unknown): void {
    toastCommandError(this.ctx.ui, error);
  }
}
