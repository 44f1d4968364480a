import { mendOutput } from "./accessible-output.ts";

/**
 * Turns a cell's value into something a page can show: nodes as they are (mended for assistive
 * technology, see accessible-output.ts), other values as text.
 */
export function toNode(value: unknown, document: Document): Node {
  if (isNode(value)) {
    mendOutput(value);
    return value;
  }
  if (isTableLike(value)) return tablePreview(value, document);
  const element = document.createElement("pre");
  element.className = "cell-value";
  element.textContent = describe(value);
  return element;
}

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && typeof (value as Node).nodeType === "number";
}

interface TableLike {
  numRows(): number;
  columnNames(): string[];
  objects(options?: { limit?: number }): Record<string, unknown>[];
}

function isTableLike(value: unknown): value is TableLike {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as TableLike).numRows === "function" &&
    typeof (value as TableLike).columnNames === "function" &&
    typeof (value as TableLike).objects === "function"
  );
}

// A plain, text-only preview of an Arquero table: values never reach the page as HTML.
function tablePreview(table: TableLike, document: Document, limit = 25): Node {
  const wrapper = document.createElement("div");
  wrapper.className = "table-preview";
  const element = document.createElement("table");
  const head = element.createTHead().insertRow();
  for (const name of table.columnNames()) {
    const cell = document.createElement("th");
    cell.textContent = name;
    head.append(cell);
  }
  const body = element.createTBody();
  for (const row of table.objects({ limit })) {
    const tr = body.insertRow();
    for (const name of table.columnNames())
      tr.insertCell().textContent = row[name] == null ? "" : String(row[name]);
  }
  wrapper.append(element);
  const count = document.createElement("p");
  count.className = "table-count";
  count.textContent = countLine(Math.min(limit, table.numRows()), table.numRows(), document);
  wrapper.append(count);
  return wrapper;
}

/**
 * "25 van 1.234 rijen" on a Dutch page, "25 of 1,234 rows" on an English one: the page's language is
 * its root's `lang`, which the app sets with the reader's choice.
 */
export function countLine(shown: number, rows: number, document: Document): string {
  const english = document.documentElement.lang.startsWith("en");
  const number = new Intl.NumberFormat(english ? "en-GB" : "nl-NL").format;
  const [of, unit, one] = english ? ["of", "rows", "row"] : ["van", "rijen", "rij"];
  if (shown < rows) return `${number(shown)} ${of} ${number(rows)} ${unit}`;
  return `${number(rows)} ${rows === 1 ? one : unit}`;
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "string") return value;
  if (typeof value === "function") return `ƒ ${value.name || "(anonymous)"}()`;
  if (typeof value !== "object" || value === null) return String(value);
  try {
    const text = JSON.stringify(value, null, 2);
    return text.length > 4000 ? `${text.slice(0, 4000)}…` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}
