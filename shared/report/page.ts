/** Portrait A4 in mm: the text pages. */
export const PORTRAIT = { width: 210, height: 297, margin: 20, top: 24, bottom: 277 } as const;
/** Landscape A4 in mm: the diagram and the wide indicator table. */
export const LANDSCAPE_PAGE = { width: 297, height: 210, margin: 12, top: 24, bottom: 190 } as const;
