// The benchmark page (bench.html), driven by `npm run bench` in headless Chromium. Each contender turns
// one CSV into an Arquero table; the page reports time, main-thread long tasks, heap, the totals its
// aggregation found (checked by the command) and, for Blauw's loader in its workers and on the page,
// where the time went. Two ceilings parse the same bytes with PapaParse and a no-op row callback,
// making no table.

import type { AsyncDuckDB, AsyncDuckDBConnection } from "@duckdb/duckdb-wasm";
import * as duckdb from "@duckdb/duckdb-wasm";
import duckdbEhWorker from "@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url";
import duckdbMvpWorker from "@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url";
import duckdbEhWasm from "@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url";
import duckdbMvpWasm from "@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url";
import * as aq from "arquero";
import * as d3 from "d3";
import Papa from "papaparse";
import { loadFile } from "./app/index.ts";
import { drawYearTotals } from "./charts/index.ts";
import { columnBuffer, type PhaseTimes, phaseClock, readCsv } from "./data/index.ts";

type Table = ReturnType<typeof aq.table>;
type YearTotal = { year: number; total: number };
/** Sums as the contender computed them (keys and totals unchecked: the command checks them). */
type Totals = { perYear: [unknown, unknown][]; perRegion: [unknown, unknown][] };

/** What a contender leaves after loading: its row count and a way to run the benchmark's aggregation. */
interface Loaded {
  rows: number;
  /** Bytes of the typed arrays behind the table's columns: memory outside the JS heap the page now holds. */
  bufferBytes: number;
  /** Totals per year and per region. Absent for a ceiling, which makes no table. */
  aggregate?(): Promise<Totals>;
  /** Where the time went, for a contender that says. */
  phases?: { worker?: PhaseTimes; helper?: PhaseTimes; page?: PhaseTimes };
}

interface Run {
  loadMs: number;
  aggregateMs: number;
  chartMs: number;
  longestTaskMs: number;
  heapGrowthBytes: number | null;
  rows: number;
  /** DuckDB-WASM only: the time its engine took to start, reported apart from loading. */
  startupMs?: number;
  totals?: Totals;
  phases?: Loaded["phases"];
}

/** The ArrayBuffers behind a table's columns (typed arrays, Blauw's number and dictionary columns), in bytes. */
function columnBufferBytes(table: Table): number {
  const buffers = new Set<ArrayBufferLike>();
  for (const name of table.columnNames()) {
    const buffer = columnBuffer(table.column(name));
    if (buffer) buffers.add(buffer);
  }
  let bytes = 0;
  for (const buffer of buffers) bytes += buffer.byteLength;
  return bytes;
}

/** A count as written in the file, "." (unknown) as null. */
const countOrUnknown = (text: string | undefined): number | null =>
  text === undefined || text === "." ? null : Number(text);

function arqueroLoaded(table: Table): Loaded {
  return {
    rows: table.numRows(),
    bufferBytes: columnBufferBytes(table),
    aggregate: async (): Promise<Totals> => {
      // Blauw's loader already gives each period its year as a number; the others derive it from the code.
      const withYear = table.columnNames().includes("Perioden_year")
        ? table.rename({ Perioden_year: "year" })
        : table.derive({
            year: aq.escape((d: Record<string, unknown>) => Number(String(d.Perioden).slice(0, 4))),
          });
      const perYear = withYear
        .groupby("year")
        .rollup({ total: aq.op.sum("GeregistreerdeMisdrijven_1") })
        .orderby("year");
      const perRegion = table.groupby("RegioS").rollup({ total: aq.op.sum("GeregistreerdeMisdrijven_1") });
      return { perYear: entries(perYear, "year"), perRegion: entries(perRegion, "RegioS") };
    },
  };
}

/** A grouped table's (key, total) pairs, as plain values. */
function entries(table: Table, key: string): [unknown, unknown][] {
  const keys = table.array(key) as ArrayLike<unknown>;
  const totals = table.array("total") as ArrayLike<unknown>;
  return Array.from({ length: table.numRows() }, (_, i) => [keys[i], totals[i]]);
}

let duck: Promise<{ connection: AsyncDuckDBConnection; database: AsyncDuckDB; startupMs: number }> | null =
  null;

/** Starts DuckDB-WASM from the bundled files (no CDN), once. */
function startDuckDB() {
  duck ??= (async () => {
    const start = performance.now();
    const bundle = await duckdb.selectBundle({
      mvp: { mainModule: duckdbMvpWasm, mainWorker: duckdbMvpWorker },
      eh: { mainModule: duckdbEhWasm, mainWorker: duckdbEhWorker },
    });
    const worker = new Worker(bundle.mainWorker ?? duckdbMvpWorker);
    const database = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await database.instantiate(bundle.mainModule, bundle.pthreadWorker);
    const connection = await database.connect();
    return { connection, database, startupMs: performance.now() - start };
  })();
  return duck;
}

let duckFiles = 0;

/** The file as dropped, its bytes, and its text (for the contenders that start from text in memory). */
interface Input {
  file: Blob;
  bytes: ArrayBuffer;
  text: string;
}

const contenders: Record<string, (input: Input) => Promise<Loaded>> = {
  blauw: async ({ file }) => {
    const load = loadFile(file, "bench.csv", () => {});
    const reading = await load.result;
    const clock = phaseClock();
    const loaded = arqueroLoaded(aq.table(reading.data));
    clock.lap("hand to Arquero");
    const timings = load.timings;
    return {
      ...loaded,
      phases: timings && { ...timings, page: { ...timings.page, ...clock.phases } },
    };
  },
  "blauw, main thread": async ({ bytes }) => {
    // The same phases as the workers', all on the page: decode, plan, split and build columns, type columns.
    const timings: PhaseTimes = {};
    const reading = readCsv(new Uint8Array(bytes), { timings });
    const clock = phaseClock();
    const loaded = arqueroLoaded(aq.table(reading.data));
    clock.lap("hand to Arquero");
    return { ...loaded, phases: { page: { ...timings, ...clock.phases } } };
  },
  // Told, as a reader of a CBS file would tell them, that "." is unknown (else their sums are NaN).
  "arquero.fromCSV": async ({ text }) =>
    arqueroLoaded(aq.fromCSV(text, { parse: { GeregistreerdeMisdrijven_1: countOrUnknown } })),
  "d3.csvParse + aq.from": async ({ text }) =>
    arqueroLoaded(
      aq.from(
        d3.csvParse(text, (row) =>
          Object.assign(row, { GeregistreerdeMisdrijven_1: countOrUnknown(row.GeregistreerdeMisdrijven_1) }),
        ),
      ),
    ),
  "papaparse naive + aq.from": async ({ text }) =>
    arqueroLoaded(
      aq.from(
        Papa.parse<Record<string, unknown>>(text, { header: true, dynamicTyping: true, skipEmptyLines: true })
          .data,
      ),
    ),
  "papaparse bare, worker": async ({ file }) => {
    // The same bytes parsed by PapaParse in a worker, rows handed to a no-op callback: the ceiling
    // for a PapaParse-based loader that starts from the dropped file, as Blauw's does.
    bareWorker ??= new Worker(new URL("./bench-bare-parse.ts", import.meta.url), { type: "module" });
    const worker = bareWorker;
    const records = await new Promise<number>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<{ records: number }>) => resolve(event.data.records);
      worker.onerror = (event) => reject(new Error(event.message));
      worker.postMessage(file);
    });
    return { rows: dataRows(records), bufferBytes: 0 };
  },
  "papaparse bare, main thread": async ({ bytes }) => ({ rows: dataRows(bareParse(bytes)), bufferBytes: 0 }),
  "duckdb-wasm read_csv_auto": async ({ bytes }) => {
    const { connection, database } = await startDuckDB();
    const name = `bench-${duckFiles++}.csv`;
    await database.registerFileBuffer(name, new Uint8Array(bytes.slice(0)));
    await connection.query(`CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv_auto('${name}')`);
    const count = await connection.query("SELECT count(*) AS n FROM t");
    const rows = Number(count.toArray()[0].n);
    return {
      rows,
      bufferBytes: 0, // DuckDB's memory is inside its worker's WebAssembly heap, not measured here
      aggregate: async () => {
        const value = "TRY_CAST(GeregistreerdeMisdrijven_1 AS BIGINT)";
        const perYear = await connection.query(
          `SELECT CAST(substr(CAST(Perioden AS VARCHAR), 1, 4) AS INTEGER) AS year, sum(${value}) AS total FROM t GROUP BY year ORDER BY year`,
        );
        const perRegion = await connection.query(
          `SELECT RegioS, sum(${value}) AS total FROM t GROUP BY RegioS`,
        );
        const pairs = (result: typeof perYear, key: string): [unknown, unknown][] =>
          result.toArray().map((row) => [row[key], Number(row.total)]);
        return { perYear: pairs(perYear, "year"), perRegion: pairs(perRegion, "RegioS") };
      },
    };
  },
};

let bareWorker: Worker | undefined;

/** PapaParse over the decoded bytes on this thread, each record handed to a callback that only counts it. */
function bareParse(bytes: ArrayBuffer): number {
  let records = 0;
  Papa.parse(new TextDecoder().decode(bytes), {
    fastMode: true,
    step: () => {
      records++;
    },
  });
  return records;
}

/** The data rows among a bare parse's records: not the header, nor the empty record after the last line feed. */
const dataRows = (records: number) => records - 2;

let longest = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
}).observe({ type: "longtask", buffered: false });

const heap = () =>
  (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;
const gc = () => (globalThis as unknown as { gc?: () => void }).gc?.();
const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 50));

let prepared: { url: string; input: Input } | null = null;

/** Fetches a file and decodes it, before any clock starts (and before memory is sampled). */
async function prepare(url: string): Promise<void> {
  if (prepared?.url === url) return;
  prepared = null;
  gc();
  const bytes = await (await fetch(url)).arrayBuffer();
  const text = new TextDecoder().decode(bytes);
  // What a reader drops is a File: made here, as the browser would have it.
  prepared = { url, input: { file: new Blob([bytes]), bytes, text } };
  gc();
}

async function run(contender: string, url: string): Promise<Run> {
  await prepare(url);
  const input = (prepared as unknown as { input: Input }).input;
  gc();
  await nextFrame();
  const before = heap();
  longest = 0;
  const start = performance.now();
  const loaded = await contenders[contender](input);
  const loadMs = performance.now() - start;
  await nextFrame(); // let the long-task observer deliver
  const longestTaskMs = longest;
  gc();
  const after = heap();
  const aggregateStart = performance.now();
  const totals = await loaded.aggregate?.();
  const aggregateMs = performance.now() - aggregateStart;
  const chartStart = performance.now();
  if (totals) {
    const perYear = totals.perYear.map(([year, total]) => ({ year: Number(year), total: Number(total) }));
    document.getElementById("chart")?.replaceChildren(drawYearTotals(perYear as YearTotal[], document));
  }
  const chartMs = performance.now() - chartStart;
  const startupMs = contender.startsWith("duckdb") ? (await startDuckDB()).startupMs : undefined;
  return {
    loadMs,
    aggregateMs,
    chartMs,
    longestTaskMs,
    heapGrowthBytes: before !== null && after !== null ? after - before + loaded.bufferBytes : null,
    rows: loaded.rows,
    startupMs,
    totals,
    phases: loaded.phases,
  };
}

Object.assign(window, { blauwBench: { prepare, run, contenders: Object.keys(contenders) } });
document.getElementById("status")?.append(" Ready.");
