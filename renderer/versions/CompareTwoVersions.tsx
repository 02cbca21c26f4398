import { useId, useState } from 'react';
import type { Version } from '../../shared/records/version';
import { useActions } from '../actions/useActions';
import { useUi } from '../state/services';
import { useVersionsText } from './useVersionsText';

/**
 * Any two versions compared (or a version and now): the older one chosen in "From", the
 * later in "To". The later side is shown on the canvas (read-only when it is a saved
 * version) with what changed since the older one marked. Registry action versions.compareTwo.
 */
export function CompareTwoVersions({ versions }: { versions: readonly Version[] }) {
  const t = useVersionsText();
  const actions = useActions();
  const ids = { heading: useId(), from: useId(), to: useId() };
  const comparing = useUi((s) => s.comparingVersion);
  const viewing = useUi((s) => s.viewingVersion);
  // What is compared now; else the version shown (or now) and the one before it.
  const [to, setTo] = useState<string>(viewing ?? 'now');
  const [from, setFrom] = useState(() => {
    if (comparing) return comparing;
    const at = versions.findIndex((v) => v.id === to);
    return (at > 0 ? versions[at - 1] : at === 0 ? (versions[1] ?? versions[0]) : versions.at(-1))!.id;
  });
  const known = (id: string) => versions.some((v) => v.id === id);
  const fromId = known(from) ? from : versions[0]!.id;
  const toId = to === 'now' || known(to) ? to : 'now';
  return (
    <section className="compare-two" aria-labelledby={ids.heading}>
      <h3 id={ids.heading}>{t('compareTwo')}</h3>
      <label htmlFor={ids.from}>{t('compareFrom')}</label>
      <select id={ids.from} value={fromId} onChange={(e) => setFrom(e.target.value)}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {v.label}
          </option>
        ))}
      </select>
      <label htmlFor={ids.to}>{t('compareTo')}</label>
      <select id={ids.to} value={toId} onChange={(e) => setTo(e.target.value)}>
        {versions.map((v) => (
          <option key={v.id} value={v.id}>
            {v.label}
          </option>
        ))}
        <option value="now">{t('now')}</option>
      </select>
      <button type="button" data-action="versions.compareTwo" disabled={fromId === toId} onClick={() => actions.run('versions.compareTwo', { from: fromId, to: toId })}>
        {actions.label('versions.compareTwo')}
      </button>
      {fromId === toId && <p className="muted">{t('sameVersion')}</p>}
    </section>
  );
}
