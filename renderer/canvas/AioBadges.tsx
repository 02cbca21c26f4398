import { memo } from 'react';
import type { AioKey, Language } from '../../shared/model';
import { AIO_LABELS, AIO_MARKS } from '../../shared/i18n/domain';

/** Shape + letter per element, so tags read in black and white and for colour-blind users. */
function AioBadgesView({ aio, language }: { aio: readonly AioKey[]; language: Language }) {
  if (aio.length === 0) return null;
  return (
    <ul className="aio-badges" aria-label={aio.map((k) => AIO_LABELS[language][k]).join(', ')}>
      {aio.map((key) => (
        <li key={key} className={`aio-badge aio-${key}`} title={AIO_LABELS[language][key]}>
          <span aria-hidden="true">{AIO_MARKS[key]}</span>
        </li>
      ))}
    </ul>
  );
}

export const AioBadges = memo(AioBadgesView);
