/*
 * Loop guards, as online code playgrounds have them: a cell compiled in the browser passes the guard
 * at the top of every turn of every loop (compile/loop-guards.ts puts it in). A loop that keeps
 * the page from running for longer than the limit is stopped with an error in its cell. The time
 * counts from the start of the page's current task, not from the loop's first turn: a generator that
 * yields and waits gives the page back each time, and starts afresh.
 */

/** How long one task of the page may loop before the loop is stopped. */
export const LOOP_LIMIT_SECONDS = 3;

/** What the reader is told when a loop is stopped (in the page's language). */
export type LoopStoppedText = (seconds: number, line: number) => string;

/** The error a stopped loop throws; `line` is the loop's line in its cell. */
export class LoopStopped extends Error {
  readonly line: number;
  readonly seconds: number;
  /** The block whose loop it was, when its guard knows (see `blockGuard`). */
  blockId?: string;
  constructor(message: string, line: number, seconds: number) {
    super(message);
    this.name = "LoopStopped";
    this.line = line;
    this.seconds = seconds;
  }
}

/** The clock a guard reads, and a way to learn that the page's current task has ended. */
export interface TurnClock {
  now(): number;
  /** Calls `end` once the task running now is over (and the page has had its turn). */
  afterTurn(end: () => void): void;
}

/** The state of one turn, shared by the guards that read the same clock. */
export interface LoopTurn {
  /** Counts down the loop turns until the guard next looks at the clock. */
  budget: number;
  /** Looks at the clock; returns the milliseconds since the turn began. */
  look(): number;
}

// Between two looks at the clock a loop turns at least once and at most this often; the interval
// grows while looks come quickly and shrinks when they come slowly, so a loop of slow turns is seen too.
const longestStride = 4096;
const quickLook = 50;
const slowLook = 200;

/** One turn state on `clock`: guards that share it count one task's loops together. */
export function loopTurn(clock: TurnClock = pageClock()): LoopTurn {
  let start = -1;
  let last = 0;
  let stride = 1;
  const end = () => {
    start = -1;
    turn.budget = 1;
  };
  const turn: LoopTurn = {
    budget: 1,
    look() {
      const time = clock.now();
      if (start < 0) {
        start = last = time;
        stride = 1;
        clock.afterTurn(end);
      } else {
        const since = time - last;
        if (since < quickLook) stride = Math.min(stride * 2, longestStride);
        else if (since > slowLook) stride = Math.max(stride >> 1, 1);
        last = time;
      }
      turn.budget = stride;
      return time - start;
    },
  };
  return turn;
}

/**
 * What a guarded cell is given: at the top of each loop turn it counts down `turn.budget` (no call,
 * so a tight loop stays fast) and calls `check` with the loop's line in the cell when it runs out.
 */
export interface LoopGuard {
  readonly turn: LoopTurn;
  /** Looks at the clock; throws `LoopStopped` when the turn has run past the limit. */
  check(line: number): void;
}

export interface LoopGuardOptions {
  text?: LoopStoppedText;
  /** Defaults to the page's own turn, which every guard on the page shares. */
  turn?: LoopTurn;
  limitSeconds?: number;
}

const englishText: LoopStoppedText = (seconds, line) =>
  `This cell was stopped: a loop ran longer than ${seconds} seconds (line ${line} of the cell)`;

let pageTurn: LoopTurn | undefined;
function theTurnOfThePage(): LoopTurn {
  if (!pageTurn) pageTurn = loopTurn();
  return pageTurn;
}

/** A loop guard on the page's turn (or the given one) that says in `text` why it stopped a loop. */
export function loopGuard(options: LoopGuardOptions = {}): LoopGuard {
  const { text = englishText, limitSeconds = LOOP_LIMIT_SECONDS } = options;
  const turn = options.turn ?? theTurnOfThePage();
  const limit = limitSeconds * 1000;
  return {
    turn,
    check(line) {
      if (turn.look() <= limit) return;
      // Looked at again on the next turn of any loop: a cell that catches the stop is stopped by the loop around it.
      turn.budget = 1;
      throw new LoopStopped(text(limitSeconds, line), line, limitSeconds);
    },
  };
}

/**
 * `guard` for the loops of one block: a stop names the block, so that one thrown outside the block's
 * run (in an event handler it set up) can still be shown in it (runtime.ts).
 */
export function blockGuard(guard: LoopGuard, blockId: string): LoopGuard {
  return {
    turn: guard.turn,
    check(line) {
      try {
        guard.check(line);
      } catch (error) {
        if (error instanceof LoopStopped) error.blockId = blockId;
        throw error;
      }
    },
  };
}

/** The page's clock; a task of its own (a message, which background tabs do not hold back) ends a turn. */
function pageClock(): TurnClock {
  const now = () => performance.now();
  if (typeof MessageChannel === "undefined") return { now, afterTurn: (end) => setTimeout(end, 0) };
  const channel = new MessageChannel();
  let ends: (() => void)[] = [];
  channel.port1.onmessage = () => {
    const due = ends;
    ends = [];
    for (const end of due) end();
  };
  // Under Node the port would otherwise keep the process alive.
  (channel.port1 as MessagePort & { unref?: () => void }).unref?.();
  return {
    now,
    afterTurn: (end) => {
      ends.push(end);
      if (ends.length === 1) channel.port2.postMessage(null);
    },
  };
}
