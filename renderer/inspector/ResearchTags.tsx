import { useMemo } from 'react';
import type { Card } from '../../shared/model';
import { EMPOWERMENT_COMPONENTS, EMPOWERMENT_DIMENSIONS, LADDER_RUNGS } from '../../shared/records/vocabulary';
import { DIMENSION_LABELS, EMPOWERMENT_HINTS, EMPOWERMENT_LABELS, rungName } from '../../shared/i18n/domain';
import { cardRecord } from '../../shared/records';
import { labelOf } from '../../shared/records/define';
import type { CardChanges } from '../../shared/commands';
import { useServices, useT, useTheory, useUi } from '../state/services';
import { useSettledTheory } from '../state/settledTheory';
import { TagChecklist } from './TagChecklist';
import { TextListField } from './TextListField';
import { targetGroupSuggestions } from './textList';

/** The card fields this section places (CardInspector leaves them to it). */
export const RESEARCH_FIELDS = ['empowerment', 'dimensions', 'rungs', 'targetGroups'] as const;

/**
 * A card's research tags (issue #11): empowerment components and dimensions, the ladder
 * rungs it concerns (named in the theory's ladder), and its target groups with the
 * theory's own list as suggestions.
 *
 * The suggestions go through every card: worked out from the theory as of the frame after an
 * edit (useSettledTheory), once per change, so an edit elsewhere paints without them.
 */
export function ResearchTags({ card }: { card: Card }) {
  const { editor } = useServices();
  const t = useT();
  const ladder = useTheory().ladder;
  const settled = useSettledTheory();
  const suggestions = useMemo(() => targetGroupSuggestions(settled), [settled]);
  const language = useUi((s) => s.language);
  const label = (field: (typeof RESEARCH_FIELDS)[number]) => labelOf(cardRecord, field, language);
  const update = (changes: CardChanges) => editor.run('updateCard', { id: card.id, changes });
  return (
    <section className="research-tags" aria-label={t('researchTags')}>
      <TagChecklist
        legend={label('empowerment')}
        values={EMPOWERMENT_COMPONENTS}
        chosen={card.empowerment}
        onChange={(empowerment) => update({ empowerment })}
        label={(v) => (
          <>
            {EMPOWERMENT_LABELS[language][v]} <span className="muted">({EMPOWERMENT_HINTS[language][v]})</span>
          </>
        )}
      />
      <TagChecklist legend={label('dimensions')} values={EMPOWERMENT_DIMENSIONS} chosen={card.dimensions} onChange={(dimensions) => update({ dimensions })} label={(v) => DIMENSION_LABELS[language][v]} />
      <TagChecklist legend={label('rungs')} values={LADDER_RUNGS} chosen={card.rungs} onChange={(rungs) => update({ rungs })} label={(v) => rungName(v, ladder, language)} />
      <TextListField
        label={`${label('targetGroups')} (${t('oneEntryPerLine')})`}
        values={card.targetGroups}
        onChange={(targetGroups) => update({ targetGroups })}
        suggestions={suggestions}
        suggestLabel={(value) => t('addTargetGroup', { value })}
      />
    </section>
  );
}
