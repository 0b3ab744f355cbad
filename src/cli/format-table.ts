// A plain-text table that fits a terminal width: columns shrink in a set order, cells cut with "…". Widths are
// terminal columns (string-width): a CJK character or an emoji takes two, a combining accent none.
import stringWidth from 'string-width';

export interface TableColumn {
  header: string;
  align?: 'left' | 'right';
  /** Narrowest this column may become when the table is too wide (default: never shrinks). */
  minWidth?: number;
}

const GAP = '  ';

const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** How many terminal columns `text` takes. */
function displayLength(text: string): number {
  return stringWidth(text);
}

/** `text` cut to at most `width` columns, ending in "…" when it was cut; never inside a character. */
export function truncate(text: string, width: number): string {
  if (displayLength(text) <= width) return text;
  if (width <= 1) return ELLIPSIS.slice(0, width);
  let kept = '';
  let used = 0;
  for (const { segment } of graphemes.segment(text)) {
    const columns = displayLength(segment);
    if (used + columns > width - 1) break;
    kept += segment;
    used += columns;
  }
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

/**
 * Lays out `rows` under `columns` in at most `maxWidth` columns. When the natural table is wider, columns
 * with a `minWidth` shrink in `shrinkOrder` (indexes into `columns`), each down to its minimum, until it fits.
 */
export function formatTable(
  columns: readonly TableColumn[],
  rows: ReadonlyArray<readonly string[]>,
  maxWidth: number,
  shrinkOrder: readonly number[],
): string {
  const widths = columns.map((column, index) =>
    Math.max(displayLength(column.header), ...rows.map((row) => displayLength(row[index] ?? ''))),
  );
  let excess = widths.reduce((sum, width) => sum + width, 0) + GAP.length * (columns.length - 1) - maxWidth;
  for (const index of shrinkOrder) {
    if (excess <= 0) break;
    const minWidth = columns[index]?.minWidth;
    const width = widths[index];
    if (minWidth === undefined || width === undefined || width <= minWidth) continue;
    const cut = Math.min(excess, width - minWidth);
    widths[index] = width - cut;
    excess -= cut;
  }
  const formatRow = (cells: readonly string[]): string =>
    columns
      .map((column, index) => {
        const width = widths[index] ?? 0;
        const cell = truncate(cells[index] ?? '', width);
        const padding = ' '.repeat(width - displayLength(cell));
        return column.align === 'right' ? padding + cell : cell + padding;
      })
      .join(GAP)
      .trimEnd();
  return [formatRow(columns.map((column) => column.header)), ...rows.map(formatRow)].join('\n');
}
