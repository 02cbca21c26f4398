import { AIO_KEYS, cardsInOrder, type AioKey, type Card, type Id, type Language, type StageKey, type Theory } from './model';
import { EMPOWERMENT_COMPONENTS, EMPOWERMENT_DIMENSIONS, LADDER_RUNGS } from './records/vocabulary';
import { AIO_LABELS, DIMENSION_LABELS, EMPOWERMENT_LABELS, RUNG_LABELS, RUNG_NAMES } from './i18n/domain';

/**
 * The research matrix (issue #11): AIO element × empowerment component (or × ladder rung,
 * or × empowerment dimension), each cell the cards that carry both tags. An empty cell is
 * a gap the research talks about: the KdG talk found the interpersonal component the most
 * problematic, and the matrix shows such a column at a glance.
 *
 * A card with two AIO elements and two components sits in four cells. Cards tagged on one
 * axis only are listed apart (`noRow`, `noColumn`), so the gaps are not mistaken for cards
 * that simply have not been tagged yet. Pure: no DOM, no React.
 */
export const MATRIX_AXES = ['empowerment', 'rungs', 'dimensions'] as const;
export type MatrixAxis = (typeof MATRIX_AXES)[number];

export interface MatrixCell {
  row: AioKey;
  column: string;
  /** Card ids in reading order (stage, then top to bottom). */
  cards: Id[];
}

export interface Matrix {
  axis: MatrixAxis;
  rows: readonly AioKey[];
  columns: readonly string[];
  /** cells[r][c] is rows[r] × columns[c]. */
  cells: MatrixCell[][];
  /** Cards with a value on the column axis but no AIO element. */
  noRow: Id[];
  /** Cards with an AIO element but no value on the column axis. */
  noColumn: Id[];
  /** The cells with no card, row by row. */
  gaps: MatrixCell[];
}

export interface MatrixOptions {
  /** Only cards in these stages (all stages when absent or empty). */
  stages?: readonly StageKey[];
}

const COLUMNS: Record<MatrixAxis, readonly string[]> = {
  empowerment: EMPOWERMENT_COMPONENTS,
  rungs: LADDER_RUNGS,
  dimensions: EMPOWERMENT_DIMENSIONS,
};

function valuesOf(card: Card, axis: MatrixAxis): readonly string[] {
  return card[axis];
}

export function computeMatrix(theory: Theory, axis: MatrixAxis, options: MatrixOptions = {}): Matrix {
  const columns = COLUMNS[axis];
  const stages = options.stages && options.stages.length > 0 ? new Set(options.stages) : null;
  const cells: MatrixCell[][] = AIO_KEYS.map((row) => columns.map((column) => ({ row, column, cards: [] as Id[] })));
  const noRow: Id[] = [];
  const noColumn: Id[] = [];
  for (const card of cardsInOrder(theory)) {
    if (stages && !stages.has(card.stage)) continue;
    const values = valuesOf(card, axis);
    if (card.aio.length === 0 && values.length > 0) noRow.push(card.id);
    if (card.aio.length > 0 && values.length === 0) noColumn.push(card.id);
    for (const aio of card.aio) {
      const r = AIO_KEYS.indexOf(aio);
      for (const value of values) {
        const c = columns.indexOf(value);
        // A file never holds an unknown value (the schema refuses it); skip one anyway.
        if (r >= 0 && c >= 0) cells[r]![c]!.cards.push(card.id);
      }
    }
  }
  return { axis, rows: AIO_KEYS, columns, cells, noRow, noColumn, gaps: cells.flat().filter((cell) => cell.cards.length === 0) };
}

/** A row's and a column's heading in a language (a rung by its number and its name in the theory's ladder). */
export function matrixRowLabel(row: AioKey, language: Language): string {
  return AIO_LABELS[language][row];
}

export function matrixColumnLabel(theory: Theory, axis: MatrixAxis, column: string, language: Language): string {
  if (axis === 'empowerment') return EMPOWERMENT_LABELS[language][column as keyof (typeof EMPOWERMENT_LABELS)['en']];
  if (axis === 'dimensions') return DIMENSION_LABELS[language][column as keyof (typeof DIMENSION_LABELS)['en']];
  const rung = column as keyof (typeof RUNG_LABELS)['en'];
  return `${RUNG_LABELS[language][rung]} · ${RUNG_NAMES[theory.ladder][language][rung]}`;
}
