import { useEffect, useMemo, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { searchCards } from '../../shared/search';
import { STAGE_LABELS } from '../../shared/i18n/domain';
import { useServices, useT, useTheory, useLanguage } from '../state/services';
import { focusCard, revealCard } from '../canvas/cardFocus';

/** Ctrl/Cmd+F: find cards by text and jump to them. */
export function SearchBox() {
  const { ui } = useServices();
  const t = useT();
  const theory = useTheory();
  const language = useLanguage();
  const flow = useReactFlow();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const hits = useMemo(() => searchCards(theory, query), [theory, query]);
  useEffect(() => input.current?.focus(), []);
  const jump = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    ui.set({ selection: { cards: [hit.card.id], links: [] }, searchOpen: false });
    revealCard(flow, hit.card.position, { centre: true, zoom: Math.max(flow.getZoom(), 0.9) });
    focusCard(hit.card.id);
  };
  return (
    <div className="search-box" role="search">
      <input
        ref={input}
        type="search"
        data-own-undo="true"
        aria-label={t('search')}
        placeholder={t('searchPlaceholder')}
        value={query}
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="search-results"
        aria-activedescendant={hits[active] ? `search-hit-${hits[active]!.card.id}` : undefined}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(hits.length - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            jump(active);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            ui.set({ searchOpen: false });
          }
        }}
      />
      <button type="button" className="icon-button" aria-label={t('closeSearch')} onClick={() => ui.set({ searchOpen: false })}>
        ×
      </button>
      {query.trim() && (
        <ul id="search-results" role="listbox" aria-label={t('searchResults')}>
          {hits.length === 0 && <li className="muted">{t('noResults')}</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.card.id}
              id={`search-hit-${hit.card.id}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                jump(i);
              }}
            >
              <span className={`stage-dot stage-${hit.card.stage}`} aria-hidden="true" />
              <span className="hit-title">{hit.card.title || t('untitledCard')}</span>
              <span className="hit-stage">{STAGE_LABELS[language][hit.card.stage]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
