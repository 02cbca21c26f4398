import { Dialog } from '../dialogs/Dialog';
import { useVersionsText } from './useVersionsText';

/** Is the user sure a version goes? */
export function DeleteVersionDialog({ label, onDone }: { label: string; onDone: (sure: boolean) => void }) {
  const t = useVersionsText();
  return (
    <Dialog
      title={t('deleteTitle')}
      onCancel={() => onDone(false)}
      buttons={[
        { label: t('delete'), onClick: () => onDone(true), primary: true },
        { label: t('cancel'), onClick: () => onDone(false) },
      ]}
    >
      <p>{t('deleteBody', { label })}</p>
    </Dialog>
  );
}
