import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from '@xyflow/react';
import { useT } from '../state/services';
import type { LinkFlowEdge } from './derive';

/** An arrow that carries meaning: solid with a marker when it has a rationale, dashed without. */
function LinkEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerEnd }: EdgeProps<LinkFlowEdge>) {
  const t = useT();
  const link = data?.link;
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const rationale = link?.rationale.trim() ?? '';
  const from = data?.fromTitle ?? '';
  const to = data?.toTitle ?? '';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd ?? 'url(#werkzaam-arrow)'}
        className={`link-path${rationale ? ' has-rationale' : ' no-rationale'}${selected ? ' is-selected' : ''}`}
        interactionWidth={18}
      />
      <EdgeLabelRenderer>
        <div
          className={`link-label nodrag nopan${selected ? ' is-selected' : ''}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          title={rationale || t('noRationale')}
          aria-label={`${t('linkLabel', { from, to })}, ${rationale ? t('hasRationale') : t('noRationale')}`}
        >
          {rationale ? <span className="link-marker">i</span> : null}
          {selected && rationale ? <span className="link-rationale">{rationale}</span> : null}
        </div>
      </EdgeLabelRenderer>
    </>
  );
}

export const LinkEdge = memo(LinkEdgeView);
