import { memo } from 'react';
import type { Id } from '../../shared/model';
import { useUi } from '../state/services';
import { useDocumentPart, useVersionsText } from './useVersionsText';
import { versionComparison } from '../../shared/versions/marks';

/** On a card while a version is compared with now: "new" or "changed" (the border colour follows it in CSS). */
function CardChangeMarkView({ id }: { id: Id }) {
  const t = useVersionsText();
  const version = useUi((s) => s.comparingVersion);
  const mark = useDocumentPart((doc) => (version && doc.versions.some((v) => v.id === version) ? (versionComparison(doc, version).cards.get(id) ?? null) : null));
  if (!mark) return null;
  return <span className={`version-mark mark-${mark}`}>{t(mark === 'added' ? 'markAdded' : 'markChanged')}</span>;
}

export const CardChangeMark = memo(CardChangeMarkView);
