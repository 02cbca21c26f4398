import { useId } from 'react';
import { ActionButton } from '../actions/ActionButton';
import { ChangeList } from './ChangeList';
import { VersionItem } from './VersionItem';
import { useDocumentPart, useVersionComparison, useVersionsText } from './useVersionsText';
import './versions.css';

/** The timeline of versions saved in the file, newest first, and what changed since the one compared with now. */
export function VersionsPanel() {
  const t = useVersionsText();
  const headingId = useId();
  const versions = useDocumentPart((doc) => doc.versions);
  const comparison = useVersionComparison();
  const compared = comparison ? versions.find((v) => v.id === comparison.version) : undefined;
  return (
    <aside className="versions-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('versions')}</h2>
      <ActionButton id="versions.save" className="primary" />
      {versions.length === 0 ? (
        <p className="muted">{t('noVersions')}</p>
      ) : (
        <ol className="version-list" reversed>
          {[...versions].reverse().map((v) => (
            <VersionItem key={v.id} version={v} comparing={comparison?.version === v.id} />
          ))}
        </ol>
      )}
      {comparison && compared && <ChangeList comparison={comparison} label={compared.label} />}
    </aside>
  );
}
