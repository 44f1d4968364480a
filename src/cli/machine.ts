import { cpus, freemem, loadavg, totalmem } from "node:os";

/** What a reader of a benchmark needs to know about the machine it ran on, at one moment. */
export interface MachineMoment {
  date: string;
  cores: number;
  /** The 1, 5 and 15-minute load averages: more than `cores` means other work competed for the cores. */
  loadAverage: [number, number, number];
  freeMemoryMB: number;
  totalMemoryMB: number;
}

export function machineMoment(): MachineMoment {
  const [one, five, fifteen] = loadavg();
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    date: new Date().toISOString(),
    cores: cpus().length,
    loadAverage: [round(one), round(five), round(fifteen)],
    freeMemoryMB: Math.round(freemem() / 1e6),
    totalMemoryMB: Math.round(totalmem() / 1e6),
  };
}
