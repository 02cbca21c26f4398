import { memo } from 'react';
import type { Id } from '../../shared/model';
import { useChangeMark, useVersionsText } from './useVersionsText';

/** On a card while a version is compared: "new" or "changed" (the border colour follows it in CSS). */
function CardChangeMarkView({ id }: { id: Id }) {
  const t = useVersionsText();
  const mark = useChangeMark('cards', id);
  if (!mark) return null;
  return <span className={`version-mark mark-${mark}`}>{t(mark === 'added' ? 'markAdded' : 'markChanged')}</span>;
}

export const CardChangeMark = memo(CardChangeMarkView);
