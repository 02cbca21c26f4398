import type { SaveConflict } from '../../shared/bridge';
import type { Language } from '../../shared/model';
import { translator } from '../../shared/i18n/core';
import { sessionStrings } from '../../shared/i18n/session';
import type { OverwriteChoice } from '../session/saveToFile';
import { Dialog } from './Dialog';

/**
 * The file changed on disk since it was opened, or is read-only: the save asks before it
 * overwrites. Escape and the default button keep the file as it is on disk.
 */
export function OverwriteDialog({ conflict, name, language, onAnswer }: { conflict: SaveConflict; name: string; language: Language; onAnswer: (choice: OverwriteChoice) => void }) {
  const t = translator(sessionStrings, language);
  const changed = conflict === 'changed-on-disk';
  return (
    <Dialog
      title={t(changed ? 'changedOnDiskTitle' : 'readOnlyTitle')}
      onCancel={() => onAnswer('cancel')}
      buttons={[
        { label: t('saveAsInstead'), onClick: () => onAnswer('saveAs'), primary: true },
        { label: t('overwrite'), onClick: () => onAnswer('overwrite') },
        { label: t('cancel'), onClick: () => onAnswer('cancel') },
      ]}
    >
      <p>{t(changed ? 'changedOnDiskBody' : 'readOnlyBody', { name })}</p>
    </Dialog>
  );
}
