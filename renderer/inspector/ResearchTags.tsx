import { memo, useCallback } from 'react';
import type { Card, Id } from '../../shared/model';
import { EMPOWERMENT_COMPONENTS, EMPOWERMENT_DIMENSIONS, LADDER_RUNGS } from '../../shared/records/vocabulary';
import { DIMENSION_LABELS, EMPOWERMENT_HINTS, EMPOWERMENT_LABELS, rungName } from '../../shared/i18n/domain';
import { cardRecord } from '../../shared/records';
import { labelOf } from '../../shared/records/define';
import type { CardChanges } from '../../shared/commands';
import { useServices, useT, useTheoryPart, useLanguage } from '../state/services';
import { TagChecklist } from './TagChecklist';
import { TargetGroupsField } from './TargetGroupsField';

/** The card fields this section places (CardInspector leaves them to it). */
export const RESEARCH_FIELDS = ['empowerment', 'dimensions', 'rungs', 'targetGroups'] as const;

interface ResearchTagsProps {
  cardId: Id;
  empowerment: Card['empowerment'];
  dimensions: Card['dimensions'];
  rungs: Card['rungs'];
  targetGroups: Card['targetGroups'];
}

/**
 * A card's research tags (issue #11): empowerment components and dimensions, the ladder
 * rungs it concerns (named in the theory's ladder), and its target groups with the
 * theory's own list as suggestions (TargetGroupsField). Re-renders when the tags, the
 * ladder or the language change, not on every edit of the card or the theory.
 */
export const ResearchTags = memo(function ResearchTags({ cardId, empowerment, dimensions, rungs, targetGroups }: ResearchTagsProps) {
  const { editor } = useServices();
  const t = useT();
  const ladder = useTheoryPart((theory) => theory.ladder);
  const language = useLanguage();
  const label = (field: (typeof RESEARCH_FIELDS)[number]) => labelOf(cardRecord, field, language);
  const update = (changes: CardChanges) => editor.run('updateCard', { id: cardId, changes });
  const updateTargetGroups = useCallback((targetGroups: string[]) => editor.run('updateCard', { id: cardId, changes: { targetGroups } }), [editor, cardId]);
  const suggestLabel = useCallback((value: string) => t('addTargetGroup', { value }), [t]);
  return (
    <section className="research-tags" aria-label={t('researchTags')}>
      <TagChecklist
        legend={label('empowerment')}
        values={EMPOWERMENT_COMPONENTS}
        chosen={empowerment}
        onChange={(empowerment) => update({ empowerment })}
        label={(v) => (
          <>
            {EMPOWERMENT_LABELS[language][v]} <span className="muted">({EMPOWERMENT_HINTS[language][v]})</span>
          </>
        )}
      />
      <TagChecklist legend={label('dimensions')} values={EMPOWERMENT_DIMENSIONS} chosen={dimensions} onChange={(dimensions) => update({ dimensions })} label={(v) => DIMENSION_LABELS[language][v]} />
      <TagChecklist legend={label('rungs')} values={LADDER_RUNGS} chosen={rungs} onChange={(rungs) => update({ rungs })} label={(v) => rungName(v, ladder, language)} />
      <TargetGroupsField label={`${label('targetGroups')} (${t('oneEntryPerLine')})`} values={targetGroups} onChange={updateTargetGroups} suggestLabel={suggestLabel} />
    </section>
  );
});
