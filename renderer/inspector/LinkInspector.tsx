import { useState } from 'react';
import { ASSUMPTION_STATUSES, type AssumptionStatus, type Link } from '../../shared/model';
import { ASSUMPTION_STATUS_LABELS } from '../../shared/i18n/domain';
import { useServices, useT, useTheory, useUi } from '../state/services';
import { Field } from './Field';
import { ActionButton } from '../actions/ActionButton';
import { LIMITS } from '../../shared/format/limits';

export function LinkInspector({ link }: { link: Link }) {
  const { editor, ui } = useServices();
  const t = useT();
  const theory = useTheory();
  const language = useUi((s) => s.language);
  const [draft, setDraft] = useState('');
  const assumptions = Object.values(theory.assumptions);
  const update = (field: 'rationale' | 'evidence') => (value: string) =>
    editor.run('updateLink', { id: link.id, changes: { [field]: value } });
  const addAssumption = () => {
    if (!draft.trim()) return;
    editor.run('addAssumption', { text: draft.trim(), linkId: link.id });
    setDraft('');
  };
  return (
    <div className="inspector-body">
      <h2 className="inspector-title">{t('link')}</h2>
      <dl className="link-ends">
        <dt>{t('from')}</dt>
        <dd>{theory.cards[link.from]?.title || link.from}</dd>
        <dt>{t('to')}</dt>
        <dd>{theory.cards[link.to]?.title || link.to}</dd>
      </dl>
      <Field label={t('rationale')} value={link.rationale} onChange={update('rationale')} multiline rows={4} />
      <Field label={t('evidence')} value={link.evidence} onChange={update('evidence')} multiline rows={2} />
      <fieldset className="field assumptions">
        <legend>{t('assumptions')}</legend>
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
            <select
              aria-label={t('assumptionStatus', { text: a.text })}
              value={a.status}
              onChange={(e) => editor.run('updateAssumption', { id: a.id, changes: { status: e.target.value as AssumptionStatus } })}
            >
              {ASSUMPTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {ASSUMPTION_STATUS_LABELS[language][s]}
                </option>
              ))}
            </select>
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
