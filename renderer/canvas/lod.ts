import { createContext, useContext } from 'react';

/**
 * Level of detail. Below this zoom a card's title would be set smaller than about 7 px and
 * cannot be read, so cards are drawn as coloured blocks with their number (named by their
 * label, CardNode), and links without their rationale markers, dashes or arrowheads (a head
 * would be 6 px or less; styles.css): far less to draw while a whole theory is in view, and
 * nothing shown that nobody can read.
 */
export const FAR_ZOOM = 0.45;

/** True while the canvas is zoomed out below FAR_ZOOM. */
export const FarContext = createContext(false);

export function useFar(): boolean {
  return useContext(FarContext);
}
