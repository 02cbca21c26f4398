import { useId, useState } from 'react';
import { useServices, useT } from '../state/services';
import type { ExportChoices, ExportFormat } from '../state/uiStore';
import { Dialog } from './Dialog';
import { LanguageOptions } from '../inspector/LanguageOptions';

/** Before an export: the report's language and whether the open checks go in, or which part of the canvas a picture shows. */
export function ExportOptionsDialog({
  format,
  shownVersion,
  defaults,
  onDone,
}: {
  format: ExportFormat;
  /** The saved version shown read-only: the export writes it, not the theory now, and says so. */
  shownVersion: string | null;
  defaults: ExportChoices;
  onDone: (choices: ExportChoices | null) => void;
}) {
  const t = useT();
  const [choices, setChoices] = useState(defaults);
  const set = (patch: Partial<ExportChoices>) => setChoices((c) => ({ ...c, ...patch }));
  const languageId = useId();
  const scopeName = useId();
  const sinceId = useId();
  const versions = useServices().editor.document.versions;
  return (
    <Dialog
      title={t(`exportTitle_${format}`)}
      onCancel={() => onDone(null)}
      buttons={[
        { label: t('exportConfirm'), onClick: () => onDone(choices), primary: true },
        { label: t('cancel'), onClick: () => onDone(null) },
      ]}
    >
      {shownVersion !== null && <p className="export-shown-version">{t('exportShownVersion', { label: shownVersion })}</p>}
      <div className="field">
        <label htmlFor={languageId}>{t('exportLanguage')}</label>
        <select id={languageId} value={choices.language} onChange={(e) => set({ language: e.target.value as ExportChoices['language'] })}>
          <LanguageOptions />
        </select>
      </div>
      {format === 'xlsx' ? null : format === 'pdf' || format === 'docx' ? (
        <>
          <label className="check-row">
            <input type="checkbox" checked={choices.includeChecks} onChange={(e) => set({ includeChecks: e.target.checked })} />
            {t('exportIncludeChecks')}
          </label>
          <label className="check-row">
            <input type="checkbox" checked={choices.includeNotes} onChange={(e) => set({ includeNotes: e.target.checked })} />
            {t('exportIncludeNotes')}
          </label>
          {versions.length > 0 && (
            <div className="field">
              <label htmlFor={sinceId}>{t('exportChangesSince')}</label>
              <select id={sinceId} value={choices.changesSince} onChange={(e) => set({ changesSince: e.target.value })}>
                <option value="">{t('exportChangesSinceNone')}</option>
                {[...versions].reverse().map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.label}
                  </option>
                ))}
              </select>
            </div>
          )}
        </>
      ) : (
        <fieldset className="choice-group">
          <legend>{t('exportScope')}</legend>
          {(['whole', 'view'] as const).map((scope) => (
            <label key={scope} className="check-row">
              <input type="radio" name={scopeName} checked={choices.scope === scope} onChange={() => set({ scope })} />
              {t(scope === 'whole' ? 'exportScopeWhole' : 'exportScopeView')}
            </label>
          ))}
        </fieldset>
      )}
    </Dialog>
  );
}
