import { useId, useState } from 'react';
import { Dialog } from '../dialogs/Dialog';
import type { VersionNameChoice } from '../state/uiStore';
import { LIMITS } from '../../shared/format/limits';
import { useVersionsText } from './useVersionsText';

/** Save a version (its name, who, a note), or rename one. */
export function VersionNameDialog({ renaming, defaults, onDone }: { renaming: boolean; defaults: VersionNameChoice; onDone: (choice: VersionNameChoice | null) => void }) {
  const t = useVersionsText();
  const [choice, setChoice] = useState(defaults);
  const ids = { label: useId(), author: useId(), note: useId() };
  const ok = () => onDone({ ...choice, label: choice.label.trim() || defaults.label });
  return (
    <Dialog
      title={t(renaming ? 'renameTitle' : 'saveVersionTitle')}
      onCancel={() => onDone(null)}
      buttons={[
        { label: t(renaming ? 'rename' : 'save'), onClick: ok, primary: true },
        { label: t('cancel'), onClick: () => onDone(null) },
      ]}
    >
      <form
        className="version-form"
        onSubmit={(e) => {
          e.preventDefault();
          ok();
        }}
      >
        <label htmlFor={ids.label}>{t('versionName')}</label>
        <input id={ids.label} data-autofocus value={choice.label} maxLength={LIMITS.stringLength} onChange={(e) => setChoice({ ...choice, label: e.target.value })} onFocus={(e) => e.target.select()} />
        <label htmlFor={ids.author}>{t('versionAuthor')}</label>
        <input id={ids.author} value={choice.author} maxLength={LIMITS.stringLength} onChange={(e) => setChoice({ ...choice, author: e.target.value })} />
        <label htmlFor={ids.note}>{t('versionNote')}</label>
        <textarea id={ids.note} rows={3} value={choice.note} maxLength={LIMITS.stringLength} onChange={(e) => setChoice({ ...choice, note: e.target.value })} />
      </form>
    </Dialog>
  );
}
