import { useId, useMemo, useState } from 'react';
import { STAGES } from '../../shared/model';
import { STAGE_LABELS } from '../../shared/i18n/domain';
import { format } from '../../shared/i18n/core';
import { describeImportMessage, importUiStrings } from '../../shared/i18n/import';
import { previewOf } from '../../shared/import/preview';
import { withRoles, type SheetShape } from '../../shared/import/spreadsheet';
import { columnName } from '../../shared/import/table';
import type { ImportSettings } from '../../shared/import/index';
import type { KumuStage } from '../../shared/import/kumu';
import type { PendingImport, ImportTarget } from '../import/pending';
import { useLanguage } from '../state/services';
import { Dialog } from './Dialog';
import { RoleSelect } from './RoleSelect';

const SHOWN_PER_STAGE = 40;
const SHOWN_LINKS = 30;

/**
 * The import preview: how the file is read (shape, sheet, a role per column or a stage per
 * Kumu type, all correctable), what that makes (cards per stage, links, what is skipped and
 * why), and where it goes. Nothing is created until Import is pressed.
 */
export function ImportPreviewDialog({ pending, onDone }: { pending: PendingImport; onDone: () => void }) {
  const language = useLanguage();
  const t = importUiStrings[language];
  const [settings, setSettings] = useState<ImportSettings>(pending.settings);
  const [target, setTarget] = useState<ImportTarget>('open');
  const [busy, setBusy] = useState(false);
  const outcome = useMemo(() => pending.run(settings), [pending, settings]);
  const preview = useMemo(() => (outcome.ok ? previewOf(outcome.result, language) : null), [outcome, language]);
  const targetName = useId();
  const shapeName = useId();
  const sheetId = useId();

  const accept = async () => {
    setBusy(true);
    try {
      if (await pending.accept(settings, target)) onDone();
    } finally {
      setBusy(false);
    }
  };
  const source = pending.source;
  const sheets = source.kind === 'kumu' ? [] : source.table.sheets;
  return (
    <Dialog
      title={format(t.previewTitle, { name: source.name })}
      onCancel={onDone}
      buttons={[
        { label: t.accept, onClick: () => void (outcome.ok && !busy ? accept() : undefined), primary: true },
        { label: t.cancel, onClick: onDone },
      ]}
    >
      <div className="import-preview">
        <div className="import-mapping">
          {settings.kind === 'table' && (
            <>
              {sheets.length > 1 && (
                <div className="field">
                  <label htmlFor={sheetId}>{t.sheet}</label>
                  <select
                    id={sheetId}
                    value={settings.sheet}
                    onChange={(e) => {
                      const next = pending.propose({ sheet: e.target.value, shape: settings.plan.shape });
                      if (next.ok) setSettings(next.settings);
                    }}
                  >
                    {sheets.map((s) => (
                      <option key={s.name} value={s.name}>
                        {s.name}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              <fieldset className="choice-group">
                <legend>{t.shape}</legend>
                {(['columns', 'paths'] as SheetShape[]).map((shape) => (
                  <label key={shape} className="check-row">
                    <input type="radio" name={shapeName} checked={settings.plan.shape === shape} onChange={() => setSettings({ ...settings, plan: { ...settings.plan, shape } })} />
                    {shape === 'columns' ? t.shapeColumns : t.shapePaths}
                  </label>
                ))}
              </fieldset>
              <fieldset className="choice-group">
                <legend>{t.columns}</legend>
                {settings.plan.columns.map((c) => (
                  <RoleSelect
                    key={c.column}
                    label={format(t.roleOf, { column: columnName(c.column), header: c.header || t.noHeader })}
                    value={c.role}
                    language={language}
                    onChange={(role) => setSettings({ ...settings, plan: withRoles(settings.plan, new Map([[c.column, role]])) })}
                  />
                ))}
              </fieldset>
            </>
          )}
          {settings.kind === 'kumu' && (
            <fieldset className="choice-group">
              <legend>{t.types}</legend>
              {settings.plan.types.map((type) => (
                <label key={type.type} className="field">
                  <span>{format(t.typeOf, { type: type.type || t.noType, count: type.count })}</span>
                  <select
                    value={type.stage}
                    onChange={(e) =>
                      setSettings({ ...settings, plan: { ...settings.plan, types: settings.plan.types.map((x) => (x.type === type.type ? { ...x, stage: e.target.value as KumuStage } : x)) } })
                    }
                  >
                    <option value="auto">{t.auto}</option>
                    {STAGES.map((stage) => (
                      <option key={stage} value={stage}>
                        {STAGE_LABELS[language][stage]}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          )}
          {settings.kind === 'workbook' && <p className="note">{t.workbookMapping}</p>}
          <fieldset className="choice-group">
            <legend>{t.target}</legend>
            {(['open', 'new'] as ImportTarget[]).map((value) => (
              <label key={value} className="check-row">
                <input type="radio" name={targetName} checked={target === value} onChange={() => setTarget(value)} />
                {value === 'open' ? t.targetOpen : t.targetNew}
              </label>
            ))}
          </fieldset>
        </div>
        <section className="import-result" aria-label={t.preview} aria-live="polite">
          {!outcome.ok ? (
            <ul className="problem-list" role="alert">
              {outcome.problems.map((p, i) => (
                <li key={i}>{describeImportMessage(p, language)}</li>
              ))}
            </ul>
          ) : (
            preview && (
              <>
                <p className="import-summary">{preview.summary}</p>
                <div className="import-stages">
                  {preview.stages.map((stage) => (
                    <div key={stage.stage} className={`import-stage stage-${stage.stage}`}>
                      <h3>
                        {stage.label} <span className="count">({stage.cards.length})</span>
                      </h3>
                      <ul>
                        {stage.cards.slice(0, SHOWN_PER_STAGE).map((card) => (
                          <li key={card.key} title={card.where}>
                            {card.title}
                          </li>
                        ))}
                        {stage.cards.length > SHOWN_PER_STAGE && <li className="note">{format(t.moreLinks, { n: stage.cards.length - SHOWN_PER_STAGE })}</li>}
                        {stage.cards.length === 0 && <li className="note">{t.noCardsInStage}</li>}
                      </ul>
                    </div>
                  ))}
                </div>
                <h3>
                  {t.linksHeading} <span className="count">({preview.links.length})</span>
                </h3>
                <ul className="import-links">
                  {preview.links.slice(0, SHOWN_LINKS).map((link) => (
                    <li key={link.key}>
                      {link.from} → {link.to}
                      {link.assumptions.length > 0 && <span className="note"> ({link.assumptions.join('; ')})</span>}
                    </li>
                  ))}
                  {preview.links.length > SHOWN_LINKS && <li className="note">{format(t.moreLinks, { n: preview.links.length - SHOWN_LINKS })}</li>}
                </ul>
                <h3>{t.skippedHeading}</h3>
                {preview.skipped.length === 0 ? (
                  <p className="note">{t.nothingSkipped}</p>
                ) : (
                  <ul className="import-skipped">
                    {preview.skipped.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                )}
                {preview.notes.length > 0 && (
                  <>
                    <h3>{t.notesHeading}</h3>
                    <ul className="import-notes">
                      {preview.notes.map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  </>
                )}
              </>
            )
          )}
        </section>
      </div>
    </Dialog>
  );
}

