import { AIO_KEYS, STAGES, type AioKey, type StageKey } from '../../../shared/model';
import { fitChain } from '../../canvas/viewOptions';
import { toggleOrganisation } from '../../../shared/merge/filter';
import type { ActionContext } from '../context';
import { shownTheory } from '../../versions/shownTheory';
import type { Behaviour, Behaviours } from './types';

/** Each AIO element toggles on its own: two or three can be shown together (in AIO_KEYS order). */
const highlightAio = (key: AioKey): Behaviour => ({
  perform: ({ ui }) => {
    const highlight = ui.get().highlight;
    const on = new Set(highlight.aio);
    if (on.has(key)) on.delete(key);
    else on.add(key);
    ui.set({ highlight: { ...highlight, aio: AIO_KEYS.filter((k) => on.has(k)) } });
  },
  checked: ({ ui }) => ui.get().highlight.aio.includes(key),
});

const highlightStage = (stage: StageKey | null): Behaviour => ({
  perform: ({ ui }) => ui.set({ highlight: { ...ui.get().highlight, stage } }),
  checked: ({ ui }) => ui.get().highlight.stage === stage,
});

/** The canvas changes width: fit the chain again once the layout has settled. */
const refitSoon = (ctx: ActionContext) => requestAnimationFrame(() => requestAnimationFrame(() => fitChain(ctx.flow(), shownTheory(ctx))));

export const viewBehaviours: Behaviours<'view.' | 'help.'> = {
  'view.zoomIn': { perform: (ctx) => void ctx.flow()?.zoomIn({ duration: 150 }) },
  'view.zoomOut': { perform: (ctx) => void ctx.flow()?.zoomOut({ duration: 150 }) },
  // The cards drawn: a saved version's while it is shown read-only.
  'view.fit': { perform: (ctx) => fitChain(ctx.flow(), shownTheory(ctx)) },
  ...(Object.fromEntries(AIO_KEYS.map((key) => [`view.highlight.${key}`, highlightAio(key)])) as Record<`view.highlight.${AioKey}`, Behaviour>),
  'view.highlightStage.none': highlightStage(null),
  // A generic theory's organisations, each toggled on its own (value: its id); combines with the highlights above.
  'view.organisation': {
    perform: ({ ui, editor }, id) => {
      const organisations = editor.theory.organisations;
      if (!organisations.some((o) => o.id === id)) return;
      const highlight = ui.get().highlight;
      ui.set({ highlight: { ...highlight, organisations: toggleOrganisation(highlight.organisations, id as string, organisations) } });
    },
    enabled: ({ editor }) => editor.theory.organisations.length > 0,
  },
  'view.organisation.none': {
    perform: ({ ui }) => ui.set({ highlight: { ...ui.get().highlight, organisations: [] } }),
    enabled: ({ ui }) => (ui.get().highlight.organisations?.length ?? 0) > 0,
  },
  ...(Object.fromEntries(STAGES.map((stage) => [`view.highlightStage.${stage}`, highlightStage(stage)])) as Record<`view.highlightStage.${StageKey}`, Behaviour>),
  'view.inspector': {
    perform: (ctx) => {
      ctx.ui.set({ inspectorOpen: !ctx.ui.get().inspectorOpen });
      refitSoon(ctx);
    },
    checked: ({ ui }) => ui.get().inspectorOpen,
  },
  'view.matrix': {
    perform: (ctx) => {
      ctx.ui.set({ matrixOpen: !ctx.ui.get().matrixOpen });
      refitSoon(ctx);
    },
    checked: ({ ui }) => ui.get().matrixOpen,
  },
  'view.overlays': {
    perform: ({ ui }) => ui.set({ overlaysOpen: !ui.get().overlaysOpen }),
    checked: ({ ui }) => ui.get().overlaysOpen,
  },
  'view.fullscreen': { perform: ({ platform }) => platform.toggleFullScreen() },
  'view.language.nl': { perform: (ctx) => ctx.setLanguage('nl') },
  'view.language.en': { perform: (ctx) => ctx.setLanguage('en') },
  'help.shortcuts': { perform: ({ ui }) => ui.set({ dialog: { kind: 'shortcuts' } }) },
  'help.about': { perform: ({ ui }) => ui.set({ dialog: { kind: 'about' } }) },
};
