import { translator } from '../../shared/i18n/core';
import { measurementEditorStrings } from '../../shared/i18n/measurementEditor';
import { Dialog, type DialogButton } from '../dialogs/Dialog';
import { useLanguage } from '../state/services';

interface MeasurementImportDialogProps {
  name: string;
  /** Each bad row in words: "metingen.csv:4:3: row 4, column C ("value"): …". */
  problems: string[];
  /** Rows with content in the file, and how many of them could be imported. */
  rows: number;
  good: number;
  onDone: (skipBad: boolean) => void;
}

/** A measurement CSV with bad rows: every problem named (row, column, why), then the good rows or nothing. */
export function MeasurementImportDialog({ name, problems, rows, good, onDone }: MeasurementImportDialogProps) {
  const language = useLanguage();
  const m = translator(measurementEditorStrings, language);
  const buttons: DialogButton[] = [{ label: m('importNothing'), onClick: () => onDone(false), primary: true }];
  if (good > 0) buttons.push({ label: good === 1 ? m('importSkipOne') : m('importSkip', { good }), onClick: () => onDone(true) });
  return (
    <Dialog title={m('importTitle', { name })} onCancel={() => onDone(false)} buttons={buttons}>
      <p>{m('importBadRows', { bad: rows - good, rows })}</p>
      <ul className="problem-list">
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
