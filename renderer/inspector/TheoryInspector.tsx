import { useId } from 'react';
import type { Language } from '../../shared/model';
import { useServices, useT, useTheory } from '../state/services';
import { Field } from './Field';
import { AuthorsField } from './AuthorsField';
import { LanguageOptions } from './LanguageOptions';

export function TheoryInspector() {
  const { editor } = useServices();
  const t = useT();
  const theory = useTheory();
  const languageId = useId();
  const run = (field: 'title' | 'organisation' | 'description' | 'revision') => (value: string) =>
    editor.run('updateTheory', { changes: { [field]: value } });
  return (
    <div className="inspector-body">
      <h2 className="inspector-title">{t('theoryTab')}</h2>
      <Field label={t('title')} value={theory.title} onChange={run('title')} />
      <Field label={t('organisation')} value={theory.organisation} onChange={run('organisation')} />
      <AuthorsField />
      <div className="field">
        <label htmlFor={languageId}>{t('theoryLanguage')}</label>
        <select
          id={languageId}
          value={theory.language}
          onChange={(e) => editor.run('updateTheory', { changes: { language: e.target.value as Language } })}
        >
          <LanguageOptions />
        </select>
      </div>
      <Field label={t('revision')} value={theory.revision} onChange={run('revision')} />
      <Field label={t('summary')} value={theory.description} onChange={run('description')} multiline rows={6} />
    </div>
  );
}
