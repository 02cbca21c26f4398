import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { STAGE_LABELS } from '../../shared/i18n/domain';
import { translator } from '../../shared/i18n/core';
import { uiStrings } from '../../shared/i18n/ui';
import { workshopStrings } from '../../shared/i18n/workshop';
import { PRESENTATION_FIT, PRESENTATION_STEPS, fitStage, presentationStages } from '../../shared/presentation';
import { AioBadges } from '../canvas/AioBadges';
import { useServices, useTheory, useUi, useLanguage } from '../state/services';
import { PresentationArrows } from './PresentationArrows';
import { usePresentationFullScreen } from './usePresentationFullScreen';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);

/** The room the stage on show gets: measured (again for each stage's list), so the title size can be fitted to it. */
function useBoxSize(ref: React.RefObject<HTMLElement | null>, key: unknown): { width: number; height: number } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      // A list taken out of the page measures 0: keep the last real size.
      if (el.isConnected && el.clientWidth > 0) setSize((old) => (old.width === el.clientWidth && old.height === el.clientHeight ? old : { width: el.clientWidth, height: el.clientHeight }));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, key]);
  return size;
}

/** Width the AIO marks take after a title (22 px each, 5 px apart, 8 px from the text). */
const marksWidth = (count: number) => (count === 0 ? 0 : count * 27 + 8);

/**
 * Presentation mode: full screen, one stage revealed at a time (Input first), the stage on
 * show in large text with the stages shown before it beside it, small, and the links
 * into it drawn. Arrow keys (and a presenter's clicker: Page Up/Down) step; Escape leaves.
 */
export function Presentation() {
  const { ui } = useServices();
  const step = useUi((s) => s.presentationStep);
  const language = useLanguage();
  const theory = useTheory();
  const rootRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const w = translator(workshopStrings, language);
  const t = translator(uiStrings, language);
  const leave = useCallback(() => ui.set({ presentationStep: null }), [ui]);
  usePresentationFullScreen(rootRef, leave);

  const current = step ?? 0;
  const stages = useMemo(() => presentationStages(theory, current), [theory, current]);
  const shown = stages.at(-1)!;
  const box = useBoxSize(listRef, shown.stage);
  // Cards are numbered as in the report (stage.position), so the room can say which one it means.
  const number = (stageIndex: number, i: number) => `${stageIndex + 1}.${i + 1}`;
  const fit = useMemo(
    () => fitStage(shown.cards.map((c, i) => ({ title: c.title.trim() || t('untitledCard'), trailing: marksWidth(c.aio.length), number: number(stages.length - 1, i) })), box),
    [shown, stages.length, box, t],
  );
  // On a small screen the stage just before takes room the stage on show needs: when its
  // titles would come out under the minimum, that stage is shown as numbers too.
  const [compactFor, setCompactFor] = useState<number | null>(null);
  const compact = compactFor === current;
  useLayoutEffect(() => {
    if (!compact && box.width > 0 && fit.fontSize < PRESENTATION_FIT.min && stages.length > 1) setCompactFor(current);
  }, [compact, box.width, fit.fontSize, stages.length, current]);

  // Focus comes in with the presentation and goes back where it was after.
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    rootRef.current?.focus();
    return () => previous?.focus?.();
  }, []);

  const go = useCallback((to: number) => ui.set({ presentationStep: Math.max(0, Math.min(PRESENTATION_STEPS.length - 1, to)) }), [ui]);
  // Keys are taken before anything else sees them (window, capture phase): the editor
  // underneath must not act on them (Delete, Enter, T…), and they must work wherever focus
  // is, also on a button that was just disabled at the first or last stage.
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const onButton = e.target instanceof HTMLButtonElement && !e.target.disabled;
      const step = ui.get().presentationStep ?? 0;
      let handled = true;
      if (e.key === 'Escape') leave();
      else if (NEXT.has(e.key) && !(onButton && (e.key === 'Enter' || e.key === ' '))) go(step + 1);
      else if (PREVIOUS.has(e.key)) go(step - 1);
      else if (e.key === 'Home') go(0);
      else if (e.key === 'End') go(PRESENTATION_STEPS.length - 1);
      else if (e.key === 'Tab') handled = trapTab(rootRef.current, e.shiftKey);
      else handled = false;
      if (e.key === 'Enter' || e.key === ' ') handled = handled && !onButton;
      if (handled) e.preventDefault();
      // A button's own Enter/Space still presses it (its default action); nothing else reaches the page.
      if (e.key !== 'F11') e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [ui, go, leave]);

  if (step === null) return null;
  const label = STAGE_LABELS[language];
  return (
    <div
      ref={rootRef}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-labelledby="presentation-title"
      aria-describedby="presentation-help"
      tabIndex={-1}
    >
      {/* Not a <header>: inside the dialog it would be a second banner beside the app's (axe: landmark-no-duplicate-banner). */}
      <div className="pres-head">
        <h1 id="presentation-title">{theory.title}</h1>
        <p className="pres-step">
          {w('presentationStep', { n: current + 1, total: PRESENTATION_STEPS.length })}
        </p>
      </div>
      <div className="pres-body" ref={stageRef}>
        <PresentationArrows container={stageRef} theory={theory} stages={stages} layoutKey={`${current}:${fit.fontSize}:${fit.columns}:${box.width}x${box.height}`} />
        {stages.length > 1 && (
          <section className="pres-context" aria-label={w('presentationShown')}>
            {stages.slice(0, -1).map(({ stage, cards }, index) =>
              index === stages.length - 2 && !compact ? (
                <div key={stage} className={`pres-context-stage is-previous stage-${stage}`}>
                  <h2>{label[stage]}</h2>
                  <ul>
                    {cards.map((card, i) => (
                      <li key={card.id} className="pres-card pres-card-small" data-card-id={card.id}>
                        <span className="pres-number">{number(index, i)}</span> {card.title.trim() || t('untitledCard')}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : (
                <div key={stage} className={`pres-context-stage is-older stage-${stage}`}>
                  <h2 title={label[stage]}>{index + 1}</h2>
                  <ul aria-label={label[stage]}>
                    {cards.map((card, i) => (
                      <li key={card.id} className="pres-card pres-chip" data-card-id={card.id} title={card.title}>
                        <span aria-hidden="true">{number(index, i)}</span>
                        <span className="visually-hidden">{card.title}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              ),
            )}
          </section>
        )}
        <section className={`pres-current stage-${shown.stage}`} aria-labelledby="presentation-stage" key={shown.stage}>
          <h2 id="presentation-stage">{label[shown.stage]}</h2>
          <ul
            ref={listRef}
            className="pres-cards"
            aria-label={w('presentationStageList', { stage: label[shown.stage] })}
            style={{ gridTemplateColumns: `repeat(${fit.columns}, minmax(0, 1fr))`, gridTemplateRows: `repeat(${fit.rows}, auto)`, gap: `${PRESENTATION_FIT.gap}px` }}
          >
            {shown.cards.map((card, i) => (
              <li
                key={card.id}
                className="pres-card pres-card-large"
                data-card-id={card.id}
                style={{ fontSize: `${fit.fontSize}px`, padding: `${PRESENTATION_FIT.padY}px ${PRESENTATION_FIT.padX}px` }}
              >
                <span className="pres-card-title">
                  <span className="pres-number">{number(stages.length - 1, i)}</span> {card.title.trim() || t('untitledCard')}
                </span>
                <AioBadges aio={card.aio} language={language} />
              </li>
            ))}
          </ul>
          {shown.cards.length === 0 && <p className="pres-empty">{w('presentationEmptyStage')}</p>}
        </section>
      </div>
      <footer className="pres-foot">
        <button type="button" onClick={() => go(current - 1)} disabled={current === 0}>
          ← {w('presentationPrevious')}
        </button>
        <p id="presentation-help">{w('presentationHelp')}</p>
        <button type="button" onClick={() => go(current + 1)} disabled={current === PRESENTATION_STEPS.length - 1}>
          {w('presentationNext')} →
        </button>
        <button type="button" onClick={leave}>
          {w('presentationClose')}
        </button>
      </footer>
      <p className="visually-hidden" role="status" aria-live="polite">
        {label[shown.stage]}: {shown.cards.map((c) => c.title).join('; ')}
      </p>
    </div>
  );
}

/** Tab stays inside the presentation; true when it moved focus itself. */
function trapTab(root: HTMLElement | null, back: boolean): boolean {
  const focusable = [...(root?.querySelectorAll<HTMLElement>('button:not([disabled])') ?? [])];
  if (focusable.length === 0) return true;
  const i = focusable.indexOf(document.activeElement as HTMLElement);
  const next = back ? (i <= 0 ? focusable.at(-1)! : focusable[i - 1]!) : i === -1 || i === focusable.length - 1 ? focusable[0]! : focusable[i + 1]!;
  next.focus();
  return true;
}
