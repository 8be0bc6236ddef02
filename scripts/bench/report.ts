// Plain-text rendering of the benchmark's tables for a terminal.
import type { Table } from './section';

const width = (s: string) => [...s].length;

/** A table with aligned columns, a rule under the header and an optional title. */
export function renderTable(table: Table): string {
  const cols = table.head.length;
  const widths = Array.from({ length: cols }, (_, c) => Math.max(width(table.head[c]!), ...table.rows.map((r) => width(r[c] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => cell + ' '.repeat(widths[c]! - width(cell)))
      .join(' | ')
      .trimEnd();
  const out = [line(table.head), widths.map((w) => '-'.repeat(w)).join('-+-'), ...table.rows.map(line)];
  if (table.title) out.unshift(table.title);
  return out.join('\n');
}
