/**
 * The arrowheads of links. A marker is sized in units of its path's stroke width by
 * default, so a thicker line (selected 3.5, hovered 3, a version mark 3.5) would get a
 * larger head: 24 px instead of the normal 14. The heads of those lines are markers of
 * their own, in the link's colour and in the normal head's size on screen (7 × the normal
 * stroke of 2, in user units): selecting or marking a link changes its head's colour only.
 * A link without rationale (stroke 1.25) keeps the default marker and its smaller head.
 * Checked on what Chromium draws in test/e2e/canvasReadability.e2e.ts.
 */
export const NORMAL_HEAD = 14;

export type ArrowVariant = 'selected' | 'hovered' | 'added' | 'changed';

/** The fill of each coloured head: the colour of its line (styles.css, versions.css). */
export const ARROW_COLOURS: Record<ArrowVariant, string> = {
  selected: '#d97706',
  hovered: '#212529',
  added: '#2e7d32',
  changed: '#a35f00',
};

export const DEFAULT_ARROW = 'werkzaam-arrow';
export const arrowId = (variant: ArrowVariant) => `werkzaam-arrow-${variant}`;

/** The head a link's line ends in: its selection first, then a version mark, then the pointer. */
export function arrowMarkerFor(state: { selected: boolean; hovered: boolean; mark: 'added' | 'changed' | null | undefined }): string {
  const variant: ArrowVariant | null = state.selected ? 'selected' : state.mark ? state.mark : state.hovered ? 'hovered' : null;
  return `url(#${variant ? arrowId(variant) : DEFAULT_ARROW})`;
}
