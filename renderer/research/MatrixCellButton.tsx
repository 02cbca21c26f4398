import type { MatrixCell } from '../../shared/matrix';

interface MatrixCellButtonProps {
  cell: MatrixCell;
  /** The titles of the cell's cards, in its order. */
  titles: string[];
  /** What a screen reader hears: row, column and how many cards. */
  label: string;
  gapText: string;
  onChoose: (cell: MatrixCell) => void;
}

/** One cell of the research matrix: its cards' titles, or "empty" for a gap. */
export function MatrixCellButton({ cell, titles, label, gapText, onChoose }: MatrixCellButtonProps) {
  const gap = cell.cards.length === 0;
  return (
    <button type="button" className={`matrix-cell${gap ? ' is-gap' : ''}`} aria-label={label} data-row={cell.row} data-column={cell.column} onClick={() => onChoose(cell)}>
      {gap ? (
        <span className="matrix-gap">{gapText}</span>
      ) : (
        <ul>
          {titles.map((title, i) => (
            <li key={cell.cards[i]}>{title}</li>
          ))}
        </ul>
      )}
    </button>
  );
}
