import { useId, useMemo, useState } from 'react';
import { linkCandidates } from '../../shared/navigation';
import { STAGE_LABELS } from '../../shared/i18n/domain';
import type { Id } from '../../shared/model';
import { useActions } from '../actions/useActions';
import { useServices, useT, useTheory, useLanguage } from '../state/services';
import { Dialog } from './Dialog';

/**
 * Link the selected card to another, or another to it, by keyboard: type to narrow the list,
 * arrows to choose, Enter to link. The likeliest cards come first (the next stage that way);
 * a choice that would run backwards says so before it is made.
 */
export function LinkCardDialog({ card, direction, onClose }: { card: Id; direction: 'to' | 'from'; onClose: () => void }) {
  const actions = useActions();
  const { ui } = useServices();
  const t = useT();
  const theory = useTheory();
  const language = useLanguage();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const title = (id: Id) => theory.cards[id]?.title.trim() || t('untitledCard');
  const candidates = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    return linkCandidates(theory, card, direction).filter((c) => !q || title(c.id).toLocaleLowerCase().includes(q));
  }, [theory, card, direction, query]);
  const current = candidates[Math.min(active, candidates.length - 1)];
  const choose = (other: Id) => {
    onClose();
    const [from, to] = direction === 'to' ? [card, other] : [other, card];
    actions.run('link.connect', { from, to, select: 'card' });
  };
  const optionId = (id: Id) => `${listId}-${id}`;
  return (
    <Dialog
      title={actions.label(direction === 'to' ? 'card.linkTo' : 'card.linkFrom')}
      onCancel={onClose}
      buttons={[
        { label: actions.label('link.connect'), onClick: () => current && choose(current.id), primary: true },
        { label: t('cancel'), onClick: onClose },
      ]}
    >
      <p>{t(direction === 'to' ? 'linkDialogTo' : 'linkDialogFrom', { title: title(card) })}</p>
      <input
        type="search"
        role="combobox"
        data-autofocus
        data-own-undo="true"
        className="link-filter"
        aria-label={t('linkDialogFilter')}
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={current ? optionId(current.id) : undefined}
        placeholder={t('linkDialogFilter')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((a) => Math.max(0, Math.min(candidates.length - 1, Math.min(a, candidates.length - 1) + step)));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            if (current) choose(current.id);
          }
        }}
      />
      <ul id={listId} role="listbox" className="link-candidates" aria-label={t('linkDialogList')}>
        {candidates.length === 0 && <li className="muted">{t('noResults')}</li>}
        {candidates.map((c) => (
          <li
            key={c.id}
            id={optionId(c.id)}
            role="option"
            aria-selected={c.id === current?.id}
            className={`${c.id === current?.id ? 'is-active' : ''}${c.backwards ? ' is-backwards' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(c.id)}
          >
            <span className={`stage-text-${theory.cards[c.id]!.stage}`}>{STAGE_LABELS[language][theory.cards[c.id]!.stage]}</span> — {title(c.id)}
            {c.backwards && <span className="warning"> ({t('linkRunsBackwards')})</span>}
          </li>
        ))}
      </ul>
      {current?.backwards && (
        <p className="warning" role="status">
          {t('linkBackwardsWarning')}
        </p>
      )}
    </Dialog>
  );
}
