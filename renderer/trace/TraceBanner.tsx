import { translator } from '../../shared/i18n/core';
import { workshopStrings } from '../../shared/i18n/workshop';
import { useActions } from '../actions/useActions';
import { useTheory, useUi, useLanguage } from '../state/services';
import { useTrace } from './useTrace';

/** While tracing: what is traced, said in words (and to screen readers), and a way to stop. */
export function TraceBanner() {
  const traceOn = useUi((s) => s.traceOn);
  const language = useLanguage();
  const theory = useTheory();
  const trace = useTrace();
  const actions = useActions();
  if (!traceOn) return null;
  const t = translator(workshopStrings, language);
  let message: string;
  if (!trace || trace.through.length === 0) message = t('traceNone');
  else if (trace.through.length > 1) message = t('traceMany', { n: trace.through.length, cards: trace.cards.size });
  else {
    const title = theory.cards[trace.through[0]!]!.title;
    message = trace.paths === null ? t('traceLoop', { title, cards: trace.cards.size }) : t('traceOne', { title, paths: trace.paths, cards: trace.cards.size });
  }
  return (
    <div className="trace-banner" role="region" aria-label={t('traceRegion')}>
      <p role="status" aria-live="polite">
        {message}
      </p>
      <button type="button" className="trace-stop" onClick={() => actions.run('workshop.trace')}>
        {t('traceStop')}
      </button>
    </div>
  );
}
