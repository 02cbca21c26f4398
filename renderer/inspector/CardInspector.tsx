import { useMemo } from 'react';
import type { Card } from '../../shared/model';
import { useServices, useT, useLanguage } from '../state/services';
import { cardRecord } from '../../shared/records';
import { labelOf } from '../../shared/records/define';
import type { CardChanges } from '../../shared/commands';
import { DeclaredFields } from './DeclaredFields';
import { Field } from './Field';
import { IndicatorEditor } from './IndicatorEditor';
import { CardLinks } from './CardLinks';
import { ActionButton } from '../actions/ActionButton';
import { RESEARCH_FIELDS, ResearchTags } from './ResearchTags';
import { CardOrigins } from '../versions/CardOrigins';
import { CardStageSelect } from './CardStageSelect';
import { AioChecklist } from './AioChecklist';

/** Card fields this form shows in places of its own; links are shown by CardLinks. */
const PLACED = ['title', 'description', 'stage', 'aio', 'indicators', 'notes', ...RESEARCH_FIELDS];

/**
 * The selected card's form. Each part gets the fields it shows and change handlers that stay
 * the same for the card (the form is keyed by the card's id), so an edit re-renders only the
 * parts whose fields it changed: a rename, the title box.
 */
export function CardInspector({ card }: { card: Card }) {
  const { editor } = useServices();
  const t = useT();
  const language = useLanguage();
  const label = (field: keyof Card & string) => labelOf(cardRecord, field, language);
  const update = useMemo(() => {
    const run = (changes: CardChanges) => editor.run('updateCard', { id: card.id, changes });
    return {
      title: (title: string) => run({ title }),
      description: (description: string) => run({ description }),
      notes: (notes: string) => run({ notes }),
      declared: (key: string, value: unknown) => run({ [key]: value } as CardChanges),
    };
    // card.id is the form's key: it does not change while the form is shown.
  }, [editor, card.id]);
  return (
    <div className="inspector-body" aria-label={t('card')}>
      <h2 className={`inspector-title stage-text-${card.stage}`}>{t('card')}</h2>
      <Field label={label('title')} value={card.title} onChange={update.title} />
      <Field label={label('description')} value={card.description} onChange={update.description} multiline rows={4} />
      <CardOrigins origins={card.origins} />
      <CardStageSelect cardId={card.id} stage={card.stage} />
      <AioChecklist cardId={card.id} aio={card.aio} />
      <CardLinks cardId={card.id} />
      <IndicatorEditor cardId={card.id} indicators={card.indicators} />
      {/* After the links and indicators: the keyboard reaches those first (Tab from the title). */}
      <ResearchTags cardId={card.id} empowerment={card.empowerment} dimensions={card.dimensions} rungs={card.rungs} targetGroups={card.targetGroups} />
      <Field label={label('notes')} value={card.notes} onChange={update.notes} multiline rows={3} />
      {/* Any other declared field of a card, with its declared label. */}
      <DeclaredFields decl={cardRecord} record={card} placed={PLACED} onChange={update.declared} />
      <ActionButton id="card.delete" className="danger" />
    </div>
  );
}
