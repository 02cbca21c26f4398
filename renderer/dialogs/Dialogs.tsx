import { ShortcutList } from './ShortcutList';
import { LinkCardDialog } from './LinkCardDialog';
import { useServices, useT, useUi, useLanguage } from '../state/services';
import { Dialog } from './Dialog';
import { ExportOptionsDialog } from './ExportOptionsDialog';
import { LOCALES } from '../../shared/i18n/core';
import { OverwriteDialog } from './OverwriteDialog';
import { ImportPreviewDialog } from './ImportPreviewDialog';
import { NewTheoryDialog } from './NewTheoryDialog';
import { MeasurementImportDialog } from '../research/MeasurementImportDialog';
import { VersionNameDialog } from '../versions/VersionNameDialog';
import { DeleteVersionDialog } from '../versions/DeleteVersionDialog';

/** Whichever dialog the UI store asks for. */
export function Dialogs() {
  const { ui, platform } = useServices();
  const t = useT();
  const dialog = useUi((s) => s.dialog);
  const language = useLanguage();
  if (!dialog) return null;
  const close = () => ui.set({ dialog: null });
  switch (dialog.kind) {
    case 'confirmUnsaved': {
      const answer = (choice: 'save' | 'discard' | 'cancel') => {
        close();
        dialog.resolve(choice);
      };
      return (
        <Dialog
          title={t('confirmTitle')}
          onCancel={() => answer('cancel')}
          buttons={[
            { label: t('save'), onClick: () => answer('save'), primary: true },
            { label: t('dontSave'), onClick: () => answer('discard') },
            { label: t('cancel'), onClick: () => answer('cancel') },
          ]}
        >
          <p>{t('confirmBody', { name: dialog.name })}</p>
        </Dialog>
      );
    }
    case 'exportOptions':
      return (
        <ExportOptionsDialog
          format={dialog.format}
          shownVersion={dialog.shownVersion}
          defaults={dialog.defaults}
          onDone={(choices) => {
            close();
            dialog.resolve(choices);
          }}
        />
      );
    case 'importPreview':
      return <ImportPreviewDialog pending={dialog.pending} onDone={close} />;
    case 'measurementImport':
      return (
        <MeasurementImportDialog
          name={dialog.name}
          problems={dialog.problems}
          rows={dialog.rows}
          good={dialog.good}
          onDone={(skipBad) => {
            close();
            dialog.resolve(skipBad);
          }}
        />
      );
    case 'error':
      return (
        <Dialog title={t('errorTitle')} onCancel={close} buttons={[{ label: t('ok'), onClick: close, primary: true }]}>
          <p>{dialog.message}</p>
          {dialog.details.length > 0 && (
            <ul className="problem-list">
              {dialog.details.map((d, i) => (
                <li key={i}>
                  <code>{d}</code>
                </li>
              ))}
            </ul>
          )}
        </Dialog>
      );
    case 'recovery': {
      const answer = (restore: boolean) => {
        close();
        dialog.resolve(restore);
      };
      const time = new Date(dialog.savedAt).toLocaleString(LOCALES[language]);
      return (
        // Escape must not throw work away: it restores, and the restored document is unsaved,
        // so discarding it later still asks "Don't save?" first.
        <Dialog
          title={t('recoveryTitle')}
          onCancel={() => answer(true)}
          buttons={[
            { label: t('restore'), onClick: () => answer(true), primary: true },
            { label: t('discard'), onClick: () => answer(false) },
          ]}
        >
          <p>{t('recoveryBody', { name: dialog.name, time })}</p>
        </Dialog>
      );
    }
    case 'confirmOverwrite':
      return (
        <OverwriteDialog
          conflict={dialog.conflict}
          name={dialog.name}
          language={language}
          onAnswer={(choice) => {
            close();
            dialog.resolve(choice);
          }}
        />
      );
    case 'about':
      return (
        <Dialog title={t('appName')} onCancel={close} buttons={[{ label: t('close'), onClick: close, primary: true }]}>
          <p>{t('about', { version: platform.appVersion })}</p>
        </Dialog>
      );
    case 'newTheory':
      return (
        <NewTheoryDialog
          language={language}
          onDone={(template) => {
            close();
            dialog.resolve(template);
          }}
        />
      );
    case 'linkCard':
      return <LinkCardDialog card={dialog.card} direction={dialog.direction} onClose={close} />;
    case 'versionName':
      return (
        <VersionNameDialog
          renaming={dialog.id !== null}
          defaults={dialog.defaults}
          onDone={(choice) => {
            close();
            dialog.resolve(choice);
          }}
        />
      );
    case 'deleteVersion':
      return (
        <DeleteVersionDialog
          label={dialog.label}
          onDone={(sure) => {
            close();
            dialog.resolve(sure);
          }}
        />
      );
    case 'shortcuts':
      return (
        <Dialog title={t('shortcuts')} onCancel={close} buttons={[{ label: t('close'), onClick: close, primary: true }]}>
          <p>{t('shortcutsIntro')}</p>
          <ShortcutList />
        </Dialog>
      );
  }
}
