import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { translator } from '../../shared/i18n/core';
import { workshopStrings } from '../../shared/i18n/workshop';
import type { Language } from '../../shared/model';
import { summarise } from '../../shared/summary';
import { TEMPLATES } from '../../shared/templates';
import { SummaryBoxes } from '../summary/SummaryBoxes';
import { Dialog } from './Dialog';

/**
 * File ▸ New: the templates, one chosen (Empty to begin with, so Enter gives an empty
 * theory), and a preview of the chosen one as its one-page summary, in the UI language
 * the theory will be made in.
 */
export function NewTheoryDialog({ language, onDone }: { language: Language; onDone: (template: string | null) => void }) {
  const w = translator(workshopStrings, language);
  const [chosen, setChosen] = useState(TEMPLATES[0]!.name);
  const group = useId();
  const listRef = useRef<HTMLFieldSetElement>(null);
  const template = TEMPLATES.find((t) => t.name === chosen)!;
  const preview = useMemo(() => template.create(language), [template, language]);
  const summary = useMemo(() => summarise(preview.theory), [preview]);
  const cards = Object.keys(preview.theory.cards).length;
  // The dialog puts focus on its first button; the choice comes first here, so Enter (and
  // the arrow keys) work on the list at once. Not if the keyboard is in the list already (a
  // choice focused before this frame came): it stays on that choice.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const list = listRef.current;
      if (list && !list.contains(document.activeElement)) list.querySelector<HTMLInputElement>('input:checked')?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <Dialog
      title={w('newTitle')}
      onCancel={() => onDone(null)}
      buttons={[
        { label: w('newCreate'), onClick: () => onDone(chosen), primary: true },
        { label: w('cancel'), onClick: () => onDone(null) },
      ]}
    >
      <div className="new-theory">
        <fieldset className="new-templates" ref={listRef}>
          <legend>{w('newTemplates')}</legend>
          {TEMPLATES.map((t) => (
            <label key={t.name} className={`new-template${t.name === chosen ? ' is-chosen' : ''}`}>
              <input
                type="radio"
                name={group}
                value={t.name}
                checked={t.name === chosen}
                onChange={() => setChosen(t.name)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    onDone(t.name);
                  }
                }}
                aria-describedby={`${group}-${t.name}`}
              />
              <span className="new-template-text">
                <span className="new-template-label">{t.label[language]}</span>
                <span className="new-template-description" id={`${group}-${t.name}`}>
                  {t.description[language]}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <section className="new-preview" aria-label={w('newPreview', { name: template.label[language] })}>
          <p className="new-preview-title">{preview.theory.title}</p>
          <p className="new-preview-counts">{cards === 0 ? w('newEmptyPreview') : w('newCounts', { cards, links: Object.keys(preview.theory.links).length })}</p>
          <SummaryBoxes summary={summary} language={language} level={4} />
        </section>
      </div>
    </Dialog>
  );
}
