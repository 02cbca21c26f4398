import { useId } from 'react';
import type { Language, Theory } from '../../shared/model';
import { theoryRecord } from '../../shared/records';
import { labelOf } from '../../shared/records/define';
import type { TheoryChanges } from '../../shared/commands';
import { useServices, useT, useTheory, useLanguage } from '../state/services';
import { DeclaredFields } from './DeclaredFields';
import { Field } from './Field';
import { AuthorsField } from './AuthorsField';
import { LanguageOptions } from './LanguageOptions';
import { TextListField } from './TextListField';
import { InstrumentLibrary } from './InstrumentLibrary';

/** Theory fields this form shows in places of its own; assumptions are edited on their links. */
const PLACED = ['title', 'organisation', 'authors', 'language', 'revision', 'description', 'assumptions', 'targetGroups', 'instruments'];

export function TheoryInspector() {
  const { editor } = useServices();
  const t = useT();
  const theory = useTheory();
  const languageId = useId();
  const language = useLanguage();
  const label = (field: keyof Theory & string) => labelOf(theoryRecord, field, language);
  const run = (field: 'title' | 'organisation' | 'description' | 'revision') => (value: string) =>
    editor.run('updateTheory', { changes: { [field]: value } });
  return (
    <div className="inspector-body">
      <h2 className="inspector-title">{t('theoryTab')}</h2>
      <Field label={label('title')} value={theory.title} onChange={run('title')} />
      <Field label={label('organisation')} value={theory.organisation} onChange={run('organisation')} />
      <AuthorsField />
      <div className="field">
        <label htmlFor={languageId}>{label('language')}</label>
        <select
          id={languageId}
          value={theory.language}
          onChange={(e) => editor.run('updateTheory', { changes: { language: e.target.value as Language } })}
        >
          <LanguageOptions />
        </select>
      </div>
      <Field label={label('revision')} value={theory.revision} onChange={run('revision')} />
      <Field label={label('description')} value={theory.description} onChange={run('description')} multiline rows={6} />
      {/* Any other declared field of the theory, with its declared label. */}
      <DeclaredFields
        decl={theoryRecord}
        record={theory}
        placed={PLACED}
        onChange={(key, value) => editor.run('updateTheory', { changes: { [key]: value } as TheoryChanges })}
      />
      <TextListField
        label={`${label('targetGroups')} (${t('oneEntryPerLine')})`}
        values={theory.targetGroups}
        onChange={(targetGroups) => editor.run('updateTheory', { changes: { targetGroups } })}
      />
      <InstrumentLibrary />
    </div>
  );
}
