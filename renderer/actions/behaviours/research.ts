import type { Id } from '../../../shared/model';
import { focusWhenRendered } from '../focus';
import type { ActionContext } from '../context';
import { chooseAndImportMeasurements } from '../../research/measurementImport';
import { translator } from '../../../shared/i18n/core';
import { researchStrings } from '../../../shared/i18n/research';
import { instrumentName } from '../../../shared/research/instruments';
import { clipboardTextToInstrument, holdsInstrument, instrumentKey, instrumentToClipboardText } from '../../../shared/research/instrumentClipboard';
import { MAX_PERSONAL_INSTRUMENTS, forgetFromPersonalLibrary, keepInPersonalLibrary, personalInstrument, type KeepOutcome } from '../../../shared/research/personalLibrary';
import { changePersonalLibrary, loadPersonalLibrary } from '../../research/personalLibrary';
import type { Behaviour, Behaviours } from './types';

/** Add an instrument to the theory's library and put the keyboard in its first field. */
const add = (preset?: 'mpe' | 'mbe'): Behaviour => ({
  perform: (ctx) => {
    const [id] = ctx.editor.run('addInstrument', preset ? { preset } : {}).created;
    if (id) focusWhenRendered(`#inspector [data-instrument-id="${CSS.escape(id)}"] :is(input, textarea)`);
  },
});

/** Which measurement a measurement action is about: the inspector's buttons pass it as their value. */
export interface MeasurementTarget {
  cardId: Id;
  indicatorId: Id;
  measurementId?: Id;
}

/** A measurement's row in the inspector: its first field takes the keyboard. */
export const measurementFieldSelector = (t: Required<MeasurementTarget>) =>
  `#inspector [data-indicator-id="${CSS.escape(t.indicatorId)}"] [data-measurement-id="${CSS.escape(t.measurementId)}"] :is(input, textarea, select)`;

const measurementsOf = (ctx: ActionContext, t: MeasurementTarget) => ctx.editor.theory.cards[t.cardId]?.indicators.find((i) => i.id === t.indicatorId)?.measurements;

const r = (ctx: ActionContext) => translator(researchStrings, ctx.ui.get().language);

/** An entry of the personal library in the panel: its buttons carry its position. */
export const personalEntrySelector = (index: number) => `#inspector [data-personal-entry="${index}"]`;

/** The last instrument copied here: a fallback when the browser refuses to read or write the clipboard. */
let lastInstrument = '';

export const researchBehaviours: Behaviours<'instrument.' | 'measurement.'> = {
  'instrument.addMpe': {
    ...add('mpe'),
    // The library holds the MPE once; a second copy would only split the indicators over two.
    enabled: ({ editor }) => !editor.theory.instruments.some((i) => i.abbreviation === 'MPE'),
  },
  'instrument.addMbe': add('mbe'),
  'instrument.add': add(),
  'instrument.delete': {
    perform: (ctx, value) => {
      ctx.editor.run('deleteInstrument', { id: value as Id });
      focusWhenRendered('#inspector [data-action="instrument.add"]');
    },
  },
  'instrument.copy': {
    perform: async (ctx, value) => {
      const instrument = ctx.editor.theory.instruments.find((i) => i.id === value);
      if (!instrument) return;
      lastInstrument = instrumentToClipboardText(instrument);
      await navigator.clipboard?.writeText?.(lastInstrument).catch(() => undefined);
      ctx.ui.set({ toast: r(ctx)('instrumentCopied', { name: instrumentName(instrument) || instrument.id }) });
    },
  },
  'instrument.paste': {
    perform: async (ctx) => {
      const text = (await navigator.clipboard?.readText?.().catch(() => '')) ?? '';
      const instrument = clipboardTextToInstrument(text) ?? clipboardTextToInstrument(lastInstrument);
      if (!instrument) return ctx.ui.set({ toast: r(ctx)('noInstrumentOnClipboard') });
      if (holdsInstrument(ctx.editor.theory.instruments, instrument)) return ctx.ui.set({ toast: r(ctx)('instrumentAlreadyThere', { name: instrumentName(instrument) }) });
      const [id] = ctx.editor.run('addInstrument', { instrument }).created;
      if (id) focusWhenRendered(`#inspector [data-instrument-id="${CSS.escape(id)}"] :is(input, textarea)`);
    },
  },
  // The personal library (#11): value = the theory instrument's id (keep) or the entry's key (add, forget).
  'instrument.keep': {
    perform: async (ctx, value) => {
      const instrument = ctx.editor.theory.instruments.find((i) => i.id === value);
      if (!instrument) return;
      let outcome = 'added' as KeepOutcome;
      const kept = await changePersonalLibrary(ctx, (library) => {
        const result = keepInPersonalLibrary(library, instrument);
        outcome = result.outcome;
        return outcome === 'added' || outcome === 'replaced' ? result.library : null;
      });
      const name = instrumentName(instrument);
      if (outcome === 'full') return ctx.ui.set({ toast: r(ctx)('personalFull', { max: MAX_PERSONAL_INSTRUMENTS }) });
      if (outcome === 'unnamed') return ctx.ui.set({ toast: r(ctx)('personalUnnamed') });
      if (kept) ctx.ui.set({ toast: r(ctx)(outcome === 'replaced' ? 'personalReplaced' : 'personalKept', { name }) });
    },
  },
  'instrument.addFromLibrary': {
    perform: async (ctx, value) => {
      const key = String(value);
      const library = ctx.ui.get().personalLibrary ?? (await loadPersonalLibrary(ctx));
      const entry = personalInstrument(library.instruments, key);
      if (!entry) return;
      if (holdsInstrument(ctx.editor.theory.instruments, entry)) return ctx.ui.set({ toast: r(ctx)('instrumentAlreadyThere', { name: instrumentName(entry) }) });
      const [id] = ctx.editor.run('addInstrument', { instrument: { ...entry, factors: [...entry.factors] } }).created;
      ctx.ui.set({ toast: r(ctx)('personalAdded', { name: instrumentName(entry) }) });
      if (id) focusWhenRendered(`#inspector [data-instrument-id="${CSS.escape(id)}"] :is(input, textarea)`);
    },
  },
  'instrument.forget': {
    perform: async (ctx, value) => {
      const key = String(value);
      const before = ctx.ui.get().personalLibrary?.instruments ?? [];
      const index = before.findIndex((i) => instrumentKey(i) === key);
      const name = index >= 0 ? instrumentName(before[index]!) : '';
      const forgotten = await changePersonalLibrary(ctx, (library) => forgetFromPersonalLibrary(library, key));
      if (!forgotten) return;
      if (name) ctx.ui.set({ toast: r(ctx)('personalForgotten', { name }) });
      // The keyboard goes to the entry that took its place (or the one before), else to the library's heading.
      const left = ctx.ui.get().personalLibrary?.instruments.length ?? 0;
      const next = Math.min(Math.max(index, 0), left - 1);
      focusWhenRendered(next >= 0 ? `${personalEntrySelector(next)} [data-action="instrument.addFromLibrary"]` : '#personal-instruments-heading');
    },
  },
  'measurement.import': { perform: (ctx) => chooseAndImportMeasurements(ctx) },
  'measurement.add': {
    perform: (ctx, value) => {
      const target = value as MeasurementTarget;
      const measurements = measurementsOf(ctx, target);
      if (!measurements) return;
      // An indicator's first measurement is its baseline (a follow-up after it); the user can change either.
      const kind = measurements.some((m) => m.kind === 'baseline') ? 'followUp' : 'baseline';
      const [id] = ctx.editor.run('addMeasurement', { cardId: target.cardId, indicatorId: target.indicatorId, measurement: { kind } }).created;
      if (id) focusWhenRendered(measurementFieldSelector({ ...target, measurementId: id }));
    },
  },
  'measurement.delete': {
    perform: (ctx, value) => {
      const target = value as Required<MeasurementTarget>;
      const measurements = measurementsOf(ctx, target);
      const index = measurements?.findIndex((m) => m.id === target.measurementId) ?? -1;
      if (!measurements || index < 0) return;
      const next = measurements[index + 1] ?? measurements[index - 1];
      ctx.editor.run('deleteMeasurement', target);
      // The keyboard goes to the next measurement (or the one before), else to the indicator's add button.
      focusWhenRendered(
        next
          ? measurementFieldSelector({ ...target, measurementId: next.id })
          : `#inspector [data-indicator-id="${CSS.escape(target.indicatorId)}"] [data-action="measurement.add"]`,
      );
    },
  },
};
