import { useEffect } from 'react';
import { instrumentName } from '../../shared/research/instruments';
import { describePersonalLibraryProblem } from '../../shared/research/personalLibrary';
import { instrumentKey } from '../../shared/research/instrumentClipboard';
import { translator } from '../../shared/i18n/core';
import { researchStrings } from '../../shared/i18n/research';
import { ActionButton } from '../actions/ActionButton';
import { loadPersonalLibrary } from '../research/personalLibrary';
import { useServices, useUi, useLanguage } from '../state/services';

/**
 * The user's own instruments, kept in the app's settings (#11): each one can be added to this
 * theory or forgotten; what could not be read of the stored library is named.
 */
export function PersonalInstruments() {
  const services = useServices();
  const language = useLanguage();
  const library = useUi((s) => s.personalLibrary);
  const r = translator(researchStrings, language);
  useEffect(() => {
    if (services.ui.get().personalLibrary === null) void loadPersonalLibrary(services);
  }, [services]);
  const problems = library?.problems.map((p) => describePersonalLibraryProblem(p, language)) ?? [];
  const entries = library?.instruments.map((instrument) => ({ key: instrumentKey(instrument), name: instrumentName(instrument), instrument })) ?? [];
  return (
    <section className="personal-instruments" aria-labelledby="personal-instruments-heading">
      <h4 id="personal-instruments-heading" tabIndex={-1}>
        {r('personalLibrary')}
      </h4>
      <p className="muted">{r('personalLibraryHint')}</p>
      {library === null && <p className="muted">{r('personalLibraryLoading')}</p>}
      {library !== null && entries.length === 0 && <p className="muted">{r('personalLibraryEmpty')}</p>}
      {problems.length > 0 && (
        <div className="personal-problems" role="status">
          <p>{r('personalProblems')}</p>
          <ul>
            {problems.map((problem, n) => (
              <li key={n}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {entries.length > 0 && (
        <ul className="personal-entries">
          {entries.map(({ key, name, instrument }, index) => (
            <li key={key} data-personal-entry={index}>
              <span className="personal-name">{name}</span>
              {instrument.reference && <span className="muted personal-reference">{instrument.reference}</span>}
              <span className="personal-actions">
                <ActionButton id="instrument.addFromLibrary" className="link-button" value={key} detail={name} />
                <ActionButton id="instrument.forget" className="link-button danger" value={key} detail={name} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
