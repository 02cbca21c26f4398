import type { Id } from '../../../shared/model';
import { focusWhenRendered } from '../focus';
import type { Behaviour, Behaviours } from './types';

/** Add an instrument to the theory's library and put the keyboard in its first field. */
const add = (preset?: 'mpe' | 'mbe'): Behaviour => ({
  perform: (ctx) => {
    const [id] = ctx.editor.run('addInstrument', preset ? { preset } : {}).created;
    if (id) focusWhenRendered(`#inspector [data-instrument-id="${CSS.escape(id)}"] :is(input, textarea)`);
  },
});

export const researchBehaviours: Behaviours<'instrument.'> = {
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
};
