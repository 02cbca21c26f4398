import { useId } from 'react';
import { STAGE_LABELS } from '../../shared/i18n/domain';
import { translator } from '../../shared/i18n/core';
import { uiStrings } from '../../shared/i18n/ui';
import { workshopStrings } from '../../shared/i18n/workshop';
import type { Id, Language } from '../../shared/model';
import type { SummaryStage } from '../../shared/summary';
import { AioBadges } from '../canvas/AioBadges';

interface SummaryBoxesProps {
  summary: readonly SummaryStage[];
  language: Language;
  /** Card titles become buttons that go to the card; without it they are plain text (a preview). */
  onPick?: (id: Id) => void;
  /** Where the boxes' headings sit in the page outline. */
  level?: 3 | 4;
}

/** One box per stage, listing its cards in reading order, with the AIO elements the stage covers. */
export function SummaryBoxes({ summary, language, onPick, level = 3 }: SummaryBoxesProps) {
  const w = translator(workshopStrings, language);
  const t = translator(uiStrings, language);
  const base = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="summary-boxes">
      {summary.map((box, stageIndex) => {
        const headingId = `${base}-${box.stage}`;
        return (
          <section key={box.stage} className={`summary-box stage-${box.stage}`} aria-labelledby={headingId}>
            <div className="summary-box-head">
              <Heading id={headingId}>{STAGE_LABELS[language][box.stage]}</Heading>
              <span className="summary-count">{box.cards.length === 1 ? w('summaryCountOne') : w('summaryCount', { n: box.cards.length })}</span>
              {box.aio.length > 0 && (
                <span className="summary-aio" title={w('summaryCovers')}>
                  <AioBadges aio={box.aio} language={language} />
                </span>
              )}
            </div>
            {box.cards.length === 0 ? (
              <p className="summary-empty">{w('summaryEmptyStage')}</p>
            ) : (
              <ol className="summary-cards">
                {box.cards.map((card, i) => {
                  const title = card.title.trim() || t('untitledCard');
                  // Numbered as in the report and the presentation: stage.position.
                  const number = <span className="summary-number">{`${stageIndex + 1}.${i + 1}`}</span>;
                  return (
                    <li key={card.id}>
                      {onPick ? (
                        <button type="button" className="summary-card" data-card-id={card.id} onClick={() => onPick(card.id)}>
                          {number} {title}
                        </button>
                      ) : (
                        <span className="summary-card">{title}</span>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
