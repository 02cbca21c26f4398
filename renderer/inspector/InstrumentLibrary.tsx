import { instrumentRecord } from '../../shared/records/instrument';
import { labelOf } from '../../shared/records/define';
import type { InstrumentChanges } from '../../shared/commands';
import { instrumentName } from '../../shared/research/instruments';
import { translator } from '../../shared/i18n/core';
import { researchStrings } from '../../shared/i18n/research';
import { ActionButton } from '../actions/ActionButton';
import { useServices, useTheory, useLanguage } from '../state/services';
import { Field } from './Field';
import { TextListField } from './TextListField';
import { PersonalInstruments } from './PersonalInstruments';

const TEXT_FIELDS = ['abbreviation', 'name', 'measures', 'reference', 'scale'] as const;

/** The theory's measurement instruments (#11): MPE and MBE one click away, each instrument's fields. */
export function InstrumentLibrary() {
  const { editor } = useServices();
  const theory = useTheory();
  const language = useLanguage();
  const r = translator(researchStrings, language);
  const label = (field: string) => labelOf(instrumentRecord, field, language);
  return (
    <section className="instruments" aria-labelledby="instruments-heading">
      <h3 id="instruments-heading">{r('instruments')}</h3>
      {theory.instruments.length === 0 && <p className="muted">{r('noInstruments')}</p>}
      {theory.instruments.map((instrument) => {
        const update = (changes: InstrumentChanges) => editor.run('updateInstrument', { id: instrument.id, changes });
        return (
          <fieldset key={instrument.id} className="instrument" data-instrument-id={instrument.id}>
            <legend>{instrumentName(instrument) || r('instrumentUnnamed')}</legend>
            {TEXT_FIELDS.map((field) => (
              <Field key={field} label={label(field)} value={instrument[field]} onChange={(value) => update({ [field]: value })} />
            ))}
            <TextListField label={`${label('factors')} (${r('onePerLine')})`} values={instrument.factors} onChange={(factors) => update({ factors })} />
            <div className="instrument-actions">
              <ActionButton id="instrument.copy" className="link-button" value={instrument.id} detail={instrumentName(instrument) || instrument.id} />
              <ActionButton id="instrument.keep" className="link-button" value={instrument.id} detail={instrumentName(instrument) || instrument.id} />
              <ActionButton id="instrument.delete" className="link-button danger" value={instrument.id} detail={instrumentName(instrument) || instrument.id} />
            </div>
          </fieldset>
        );
      })}
      <div className="instrument-adders">
        <ActionButton id="instrument.addMpe">+ MPE</ActionButton>
        <ActionButton id="instrument.addMbe">+ MBE</ActionButton>
        <ActionButton id="instrument.add">+ {r('otherInstrument')}</ActionButton>
        <ActionButton id="instrument.paste" />
      </div>
      <PersonalInstruments />
    </section>
  );
}
