import { useMemo, type ReactNode } from 'react';
import { Editor } from '../../shared/editor';
import { CommandError } from '../../shared/commands';
import type { Id } from '../../shared/model';
import { documentAt } from '../../shared/versions/store';
import { Canvas } from '../canvas/Canvas';
import { Inspector } from '../inspector/Inspector';
import { ServicesContext, useServices, useUi } from '../state/services';
import { VersionBanner } from './VersionBanner';
import { useDocumentPart } from './useVersionsText';

/**
 * A saved version on the canvas, read-only (issue #12): the canvas and the inspector read an
 * editor of their own holding the version, locked like the theory's own editor (every change
 * refused with a message naming the version; cards cannot be dragged or linked, the
 * inspector's fields are disabled). The banner says which version it is and leads back.
 * The versions panel (`side`) stays beside it.
 */
export function VersionViewer({ id, side }: { id: Id; side: ReactNode }) {
  const services = useServices();
  const inspectorOpen = useUi((s) => s.inspectorOpen);
  const versions = useDocumentPart((doc) => doc.versions);
  const label = versions.find((v) => v.id === id)?.label ?? id;
  const viewer = useMemo(() => {
    const editor = new Editor(documentAt(services.editor.document, id));
    editor.lock(() => new CommandError('read-only', `version "${label}" is read-only`, { label }));
    return editor;
    // The version's theory follows from the list of versions; the theory now does not matter.
  }, [services, versions, id, label]);
  const scoped = useMemo(() => ({ ...services, editor: viewer }), [services, viewer]);
  return (
    <ServicesContext.Provider value={scoped}>
      <div className="version-viewer-main">
        <VersionBanner id={id} />
        <div className="canvas-area">
          <Canvas key={id} />
        </div>
      </div>
      {side}
      {inspectorOpen && <div id="inspector-start" tabIndex={-1} />}
      {inspectorOpen && <Inspector readOnly />}
    </ServicesContext.Provider>
  );
}
