import { describe, expect, it } from 'vitest';
import { Editor } from '../../shared/editor';
import { emptyDocument } from '../../shared/model';
import { clipboardTextToInstrument, holdsInstrument, instrumentToClipboardText } from '../../shared/research/instrumentClipboard';

describe('an instrument through the clipboard (#11)', () => {
  it('carries every declared field of an instrument but its id, and pastes into another theory as a new instrument in one step', () => {
    const from = new Editor(emptyDocument('nl'));
    from.run('addInstrument', { preset: 'mpe' });
    from.run('updateInstrument', { id: 'm1', changes: { scale: '1–5' } });
    const text = instrumentToClipboardText(from.theory.instruments[0]!);
    const fields = clipboardTextToInstrument(text)!;
    const { id: _id, ...declared } = from.theory.instruments[0]!;
    expect(fields).toEqual(declared);
    expect(fields).toMatchObject({ abbreviation: 'MPE', scale: '1–5', factors: ['intrapsychisch', 'interpsychisch', 'gedragsmatig'] });
    expect(fields).not.toHaveProperty('id');

    const to = new Editor(emptyDocument('en'));
    to.run('addInstrument', { preset: 'mbe' });
    to.run('addInstrument', { instrument: fields });
    expect(to.theory.instruments.map((i) => [i.id, i.abbreviation])).toEqual([['m1', 'MBE'], ['m2', 'MPE']]);
    expect(to.theory.instruments[1]!.reference).toContain('European Journal of Social Work 20(4)');
    expect(to.historySize.undo).toBe(2);
    expect(holdsInstrument(to.theory.instruments, fields)).toBe(true);
    expect(holdsInstrument(to.theory.instruments, { name: 'Other', abbreviation: 'MPE' })).toBe(false);
  });

  it('takes nothing from text that is not an instrument, and only declared fields of the right kind from one that is', () => {
    for (const text of ['', 'MPE', '{"kind":"werkzaam/fragment","cards":[]}', '{"kind":"werkzaam/instrument"}', '{"kind":"werkzaam/instrument","instrument":[1]}', '{"kind":"werkzaam/instrument",']) {
      expect(clipboardTextToInstrument(text), text).toBeNull();
    }
    const read = clipboardTextToInstrument(JSON.stringify({ kind: 'werkzaam/instrument', version: 1, instrument: { name: 'Schaal', factors: ['a', 3], scale: 7, secret: '<b>x</b>' } }));
    expect(read).toMatchObject({ name: 'Schaal', abbreviation: '' });
    expect(read).not.toHaveProperty('secret');
    expect(typeof read!.scale).toBe('string');
  });
});
