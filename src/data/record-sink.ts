import { CodeBuilder } from "./code-builder.ts";
import { type Builder, builderFor } from "./column-builder.ts";
import { NumberBuilder } from "./number-builder.ts";
import { type Problem, problemAt } from "./problems.ts";
import type { ReadPlan } from "./read-plan.ts";
import { isFooter, nonEmpty } from "./shape-records.ts";
import { TextBuilder } from "./text-builder.ts";
import { unquoteAll } from "./unquote.ts";

/**
 * Reads records into column builders: cells go straight into typed storage. Blank records are
 * skipped (their numbers kept for reporting), short and long rows are padded or cut and reported,
 * and footer lines at the very end become the table's source.
 */
export class RecordSink {
  readonly builders: Builder[];
  readonly problems: Problem[] = [];
  readonly rowBreaks: number[] = [];
  rows = 0;
  private nextRecord = -1;
  private pending: { row: number; cells: string[] }[] = [];
  private readonly width: number;
  private readonly fileWidth: number;
  /** Where each cell of the line being read starts and ends (see `pushLine`). */
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  /** A cell whose quotes hide a delimiter, a line break or an escaped quote: fast mode cannot read it. */
  badQuote = false;

  /** `quoted`: cells still have the quotes around them (PapaParse's fast mode); the builders take them off at the end. */
  constructor(
    plan: ReadPlan,
    capacity: number,
    private readonly quoted = false,
  ) {
    this.width = plan.header.length;
    this.fileWidth = plan.fileWidth;
    this.builders = plan.columns.map((column) => builderFor(column, capacity));
    this.starts = new Int32Array(this.width);
    this.ends = new Int32Array(this.width);
  }

  /**
   * One line of `text` (`from` up to `to`, without its line break), split at `delimiter` as PapaParse's
   * fast mode splits it. A line with one cell per column, the first not empty, goes cell by cell
   * into the builders where it stands; any other line is cut into cells and read by `push`.
   */
  pushLine(record: number, text: string, from: number, to: number, delimiter: string): void {
    const width = this.width;
    const { starts, ends } = this;
    let cells = 0;
    if (delimiter.length === 1 && this.fileWidth === width && this.pending.length === 0) {
      // One character at a time: cells are short, and a call per cell costs more than the look.
      const mark = delimiter.charCodeAt(0);
      let start = from;
      for (let i = from; i < to; i++) {
        if (text.charCodeAt(i) !== mark) continue;
        if (cells === width) break;
        starts[cells] = start;
        ends[cells] = i;
        cells++;
        start = i + 1;
      }
      if (cells < width) {
        starts[cells] = start;
        ends[cells] = to;
      }
      cells++;
    } else if (this.fileWidth === width && this.pending.length === 0 && width > 0) {
      let at = from;
      for (; cells < width - 1; cells++) {
        const next = text.indexOf(delimiter, at);
        if (next === -1 || next >= to) break;
        starts[cells] = at;
        ends[cells] = next;
        at = next + delimiter.length;
      }
      if (cells === width - 1) {
        const next = text.indexOf(delimiter, at);
        if (next === -1 || next >= to) {
          starts[cells] = at;
          ends[cells] = to;
          cells++;
        }
      }
    }
    const firstEnd = ends[0];
    const firstEmpty =
      firstEnd === from ||
      (this.quoted &&
        firstEnd === from + 2 &&
        text.charCodeAt(from) === 34 &&
        text.charCodeAt(from + 1) === 34);
    if (cells !== width || width === 0 || firstEmpty) {
      this.push(record, text.slice(from, to).split(delimiter));
      return;
    }
    if (record !== this.nextRecord) this.rowBreaks.push(this.rows, record);
    this.nextRecord = record + 1;
    const builders = this.builders;
    for (let j = 0; j < width; j++) builders[j].pushAt(text, starts[j], ends[j]);
    this.rows++;
  }

  push(record: number, cells: string[]): void {
    const width = this.width;
    // A whole record of a file wider than the columns read: the cells past them are left (and said once).
    if (cells.length === this.fileWidth && this.fileWidth > width) cells.length = width;
    if (cells.length !== width || cells[0] === "" || (this.quoted && cells[0] === '""')) {
      if (this.quoted) {
        const unquoted = unquoteAll(cells);
        if (!unquoted) {
          this.badQuote = true;
          return;
        }
        cells = unquoted;
      }
      if (nonEmpty(cells) === 0) return;
      if (isFooter(cells)) {
        this.pending.push({ row: record, cells });
        return;
      }
    }
    if (this.pending.length > 0) this.flush();
    this.write(cells, record);
  }

  private write(cells: string[], record: number): void {
    const width = this.width;
    if (record !== this.nextRecord) this.rowBreaks.push(this.rows, record);
    this.nextRecord = record + 1;
    if (cells.length === width) {
      const builders = this.builders;
      for (let j = 0; j < width; j++) builders[j].push(cells[j]);
    } else {
      const builders = this.builders;
      this.problems.push(problemAt(record, "", { code: "ragged", expected: width, found: cells.length }));
      for (let j = 0; j < width; j++) builders[j].push(j < cells.length ? cells[j] : "");
    }
    this.rows++;
  }

  /** Footer-like lines followed by more data were data after all. */
  flush(): void {
    for (const { row, cells } of this.pending) this.write(cells, row);
    this.pending = [];
  }

  /** The footer that ends the table, if any (its first line). */
  footer(): string | undefined {
    return this.pending[0]?.cells.find((cell) => cell.trim())?.trim();
  }

  /** After each chunk: hardly repeating texts leave their dictionary; numbers that are not, retry. */
  check(): number[] {
    const retry: number[] = [];
    this.builders.forEach((builder, j) => {
      if (builder instanceof CodeBuilder && builder.tooVaried()) {
        this.builders[j] = new TextBuilder(builder.allTexts());
      }
      if (builder instanceof NumberBuilder && builder.tooManyMisfits()) retry.push(j);
    });
    return retry;
  }
}
