import { STAGES, type Language } from '../../shared/model';
import { STAGE_LABELS } from '../../shared/i18n/domain';

/** The five stages as <option>s, in chain order, in the UI language. */
export function StageOptions({ language }: { language: Language }) {
  return (
    <>
      {STAGES.map((s) => (
        <option key={s} value={s}>
          {STAGE_LABELS[language][s]}
        </option>
      ))}
    </>
  );
}
