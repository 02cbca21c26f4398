import { useId } from 'react';
import { ActionButton } from '../actions/ActionButton';
import { useUi } from '../state/services';
import { ChangeList } from './ChangeList';
import { CompareTwoVersions } from './CompareTwoVersions';
import { VersionItem } from './VersionItem';
import { useDocumentPart, useVersionComparison, useVersionsText } from './useVersionsText';
import './versions.css';

/** The timeline of versions saved in the file, newest first, two of them to compare, and what changed between those compared. */
export function VersionsPanel() {
  const t = useVersionsText();
  const headingId = useId();
  const versions = useDocumentPart((doc) => doc.versions);
  const viewing = useUi((s) => s.viewingVersion);
  const comparison = useVersionComparison();
  const from = comparison ? versions.find((v) => v.id === comparison.version) : undefined;
  const to = comparison && comparison.to !== 'now' ? versions.find((v) => v.id === comparison.to) : undefined;
  return (
    <aside className="versions-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('versions')}</h2>
      <ActionButton id="versions.save" className="primary" />
      {versions.length === 0 ? (
        <p className="muted">{t('noVersions')}</p>
      ) : (
        <>
          <CompareTwoVersions versions={versions} />
          <ol className="version-list" reversed>
            {[...versions].reverse().map((v) => (
              <VersionItem key={v.id} version={v} comparing={comparison?.version === v.id} viewing={viewing === v.id} />
            ))}
          </ol>
        </>
      )}
      {comparison && from && <ChangeList comparison={comparison} from={from.label} to={to?.label ?? null} />}
    </aside>
  );
}
