/*
 * A line diff: the shortest edit script between two lists of lines (Myers, "An O(ND) difference
 * algorithm and its variations", 1986). Lines both lists share at their start and end are set aside
 * first, so a small edit in a long block costs little. Blocks of a notebook are short; two lists that
 * are together longer than `limit` lines are not searched but given as all removed, then all added.
 */

/** One line of a diff: kept in both, only in the old text, or only in the new one. */
export interface LineChange {
  kind: "same" | "removed" | "added";
  text: string;
}

/** The lines of a text, without their line ends (a final line end adds no empty line). */
export function linesOf(text: string): string[] {
  if (text === "") return [];
  return text.replace(/\r?\n$/, "").split(/\r?\n/);
}

/**
 * The changes that turn `before` into `after`, in order: as few removed and added lines as possible,
 * and where a line is both removed and added next to each other, the removed one first.
 */
export function diffLines(before: readonly string[], after: readonly string[], limit = 4000): LineChange[] {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  const a = before.slice(start, endBefore);
  const b = after.slice(start, endAfter);
  const middle =
    a.length + b.length > limit
      ? [...a.map((text) => change("removed", text)), ...b.map((text) => change("added", text))]
      : shortestScript(a, b);
  return [
    ...before.slice(0, start).map((text) => change("same", text)),
    ...middle,
    ...before.slice(endBefore).map((text) => change("same", text)),
  ];
}

const change = (kind: LineChange["kind"], text: string): LineChange => ({ kind, text });

/** Myers' greedy search for the furthest point on each diagonal, then back along the path it took. */
function shortestScript(a: readonly string[], b: readonly string[]): LineChange[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  if (max === 0) return [];
  // furthest[offset + k]: the furthest x reached on diagonal k = x - y.
  const offset = max + 1;
  const furthest = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let steps = -1;
  search: for (let d = 0; d <= max; d++) {
    trace.push(furthest.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && furthest[offset + k - 1] < furthest[offset + k + 1]);
      let x = down ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      furthest[offset + k] = x;
      if (x >= n && y >= m) {
        steps = d;
        break search;
      }
    }
  }
  const script: LineChange[] = [];
  let x = n;
  let y = m;
  for (let d = steps; d >= 0; d--) {
    const before = trace[d];
    const k = x - y;
    const down = k === -d || (k !== d && before[offset + k - 1] < before[offset + k + 1]);
    const previousK = down ? k + 1 : k - 1;
    const previousX = d === 0 ? 0 : before[offset + previousK];
    const previousY = d === 0 ? 0 : previousX - previousK;
    while (x > previousX && y > previousY) {
      script.push(change("same", a[x - 1]));
      x--;
      y--;
    }
    if (d > 0) {
      if (down) script.push(change("added", b[y - 1]));
      else script.push(change("removed", a[x - 1]));
      x = previousX;
      y = previousY;
    }
  }
  return order(script.reverse());
}

/** Within each run of changed lines, the removed lines before the added ones: easier to read. */
function order(script: LineChange[]): LineChange[] {
  const ordered: LineChange[] = [];
  let removed: LineChange[] = [];
  let added: LineChange[] = [];
  const flush = () => {
    ordered.push(...removed, ...added);
    removed = [];
    added = [];
  };
  for (const line of script) {
    if (line.kind === "same") {
      flush();
      ordered.push(line);
    } else (line.kind === "removed" ? removed : added).push(line);
  }
  flush();
  return ordered;
}
