import { useState } from 'react';
import type { AssumptionKind, AssumptionStatus, Link } from '../../shared/model';
import { assumptionRecord, linkRecord } from '../../shared/records';
import { labelOf } from '../../shared/records/define';
import type { LinkChanges } from '../../shared/commands';
import { cardTitle } from '../../shared/linkFacts';
import { useServices, useT, useTheory, useLanguage } from '../state/services';
import { DeclaredFields } from './DeclaredFields';
import { ChoiceSelect } from './ChoiceSelect';
import { Field } from './Field';
import { ActionButton } from '../actions/ActionButton';
import { LIMITS } from '../../shared/format/limits';

/** Link fields this form shows in places of its own. */
const PLACED = ['from', 'to', 'rationale', 'evidence', 'assumptions'];

export function LinkInspector({ link }: { link: Link }) {
  const { editor } = useServices();
  const t = useT();
  const theory = useTheory();
  const language = useLanguage();
  const [draft, setDraft] = useState('');
  const assumptions = Object.values(theory.assumptions);
  const label = (field: keyof Link & string) => labelOf(linkRecord, field, language);
  const update = (field: 'rationale' | 'evidence') => (value: string) =>
    editor.run('updateLink', { id: link.id, changes: { [field]: value } });
  const addAssumption = () => {
    if (!draft.trim()) return;
    editor.run('addAssumption', { text: draft.trim(), linkId: link.id });
    setDraft('');
  };
  return (
    <div className="inspector-body" data-link-id={link.id}>
      <h2 className="inspector-title">{t('link')}</h2>
      <dl className="link-ends">
        <dt>{label('from')}</dt>
        <dd>{cardTitle(theory, link.from) ?? link.from}</dd>
        <dt>{label('to')}</dt>
        <dd>{cardTitle(theory, link.to) ?? link.to}</dd>
      </dl>
      <Field label={t('rationale')} value={link.rationale} onChange={update('rationale')} multiline rows={4} />
      <Field label={label('evidence')} value={link.evidence} onChange={update('evidence')} multiline rows={2} />
      {/* Any other declared field of a link, with its declared label. */}
      <DeclaredFields
        decl={linkRecord}
        record={link}
        placed={PLACED}
        onChange={(key, value) => editor.run('updateLink', { id: link.id, changes: { [key]: value } as LinkChanges })}
      />
      <fieldset className="field assumptions">
        <legend>{label('assumptions')}</legend>
        {assumptions.length === 0 && <p className="muted">{t('noAssumptionsYet')}</p>}
        {assumptions.map((a) => (
          <div key={a.id} className="assumption-row">
            <label className="checkbox">
              <input
                type="checkbox"
                checked={link.assumptions.includes(a.id)}
                onChange={(e) =>
                  editor.run('setLinkAssumptions', {
                    id: link.id,
                    assumptions: e.target.checked ? [...link.assumptions, a.id] : link.assumptions.filter((x) => x !== a.id),
                  })
                }
              />
              {a.text}
            </label>
            <ChoiceSelect
              decl={assumptionRecord}
              field="status"
              aria-label={t('assumptionStatus', { text: a.text })}
              value={a.status}
              onChange={(status) => editor.run('updateAssumption', { id: a.id, changes: { status: status as AssumptionStatus } })}
            />
            <ChoiceSelect
              decl={assumptionRecord}
              field="kind"
              aria-label={`${labelOf(assumptionRecord, 'kind', language)}: ${a.text}`}
              value={a.kind}
              onChange={(kind) => editor.run('updateAssumption', { id: a.id, changes: { kind: kind as AssumptionKind } })}
            />
          </div>
        ))}
        <div className="inline-add">
          <input
            type="text"
            data-own-undo="true"
            aria-label={t('newAssumption')}
            placeholder={t('newAssumption')}
            value={draft}
            maxLength={LIMITS.stringLength}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addAssumption();
              }
            }}
          />
          <button type="button" onClick={addAssumption}>
            {t('addAssumption')}
          </button>
        </div>
      </fieldset>
      <ActionButton id="link.delete" className="danger" />
    </div>
  );
}
