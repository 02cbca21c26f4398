import { useId } from 'react';
import type { Indicator } from '../../shared/model';
import { indicatorRecord } from '../../shared/records';
import { labelOf } from '../../shared/records/define';
import type { IndicatorChanges } from '../../shared/commands';
import { instrumentName } from '../../shared/research/instruments';
import { translator } from '../../shared/i18n/core';
import { researchStrings } from '../../shared/i18n/research';
import { useTheoryPart, useLanguage } from '../state/services';
import { Field } from './Field';

/** Which instrument of the theory's library an indicator reads, and which of its factors. */
export function InstrumentSelect({ indicator, onChange }: { indicator: Indicator; onChange: (changes: IndicatorChanges) => void }) {
  // The library alone: an edit elsewhere in the theory re-renders nothing here.
  const instruments = useTheoryPart((theory) => theory.instruments);
  const language = useLanguage();
  const r = translator(researchStrings, language);
  const instrumentId = useId();
  const factorId = useId();
  const chosen = instruments.find((i) => i.id === indicator.instrument);
  return (
    <div className="instrument-select">
      <div className="field">
        <label htmlFor={instrumentId}>{labelOf(indicatorRecord, 'instrument', language)}</label>
        <select id={instrumentId} value={indicator.instrument} onChange={(e) => onChange({ instrument: e.target.value, factor: '' })}>
          <option value="">{r('noInstrument')}</option>
          {/* An id the library does not hold (a pasted or hand-edited file) stays visible. */}
          {indicator.instrument && !chosen && <option value={indicator.instrument}>{r('unknownInstrument', { id: indicator.instrument })}</option>}
          {instruments.map((i) => (
            <option key={i.id} value={i.id}>
              {instrumentName(i) || i.id}
            </option>
          ))}
        </select>
      </div>
      {/* Without a library instrument that lists factors, the factor is free text (nothing in the file goes unseen). */}
      {!(chosen && chosen.factors.length > 0) && (
        <Field label={labelOf(indicatorRecord, 'factor', language)} value={indicator.factor} onChange={(factor) => onChange({ factor })} />
      )}
      {chosen && chosen.factors.length > 0 && (
        <div className="field">
          <label htmlFor={factorId}>{r('factorOf', { instrument: chosen.abbreviation || chosen.name })}</label>
          <select id={factorId} value={indicator.factor} onChange={(e) => onChange({ factor: e.target.value })}>
            <option value="">{r('wholeInstrument')}</option>
            {chosen.factors.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
      )}
      {chosen?.scale && <p className="muted">{r('scaleOf', { scale: chosen.scale })}</p>}
    </div>
  );
}
