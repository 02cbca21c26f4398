import { LANGUAGES } from '../../shared/model';
import { LANGUAGE_NAMES } from '../../shared/i18n/domain';

/** The languages as <option>s, each in its own name: one list for every language picker. */
export function LanguageOptions() {
  return (
    <>
      {LANGUAGES.map((l) => (
        <option key={l} value={l}>
          {LANGUAGE_NAMES[l]}
        </option>
      ))}
    </>
  );
}
