/** A CBS period code: `2024JJ00` a year, `2024KW02` a quarter, `2024MM03` a month, `2024HJ01` a half year. */
export interface Period {
  code: string;
  kind: "year" | "half-year" | "quarter" | "month";
  /** First day of the period, ISO. */
  date: string;
  year: number;
}

export function parsePeriod(text: string): Period | undefined {
  const match = /^(\d{4})(JJ|HJ|KW|MM)(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const n = Number(match[3]);
  const kinds = { JJ: "year", HJ: "half-year", KW: "quarter", MM: "month" } as const;
  const kind = kinds[match[2] as keyof typeof kinds];
  const limits = { year: [0, 0], "half-year": [1, 2], quarter: [1, 4], month: [1, 12] } as const;
  if (n < limits[kind][0] || n > limits[kind][1]) return undefined;
  const month =
    kind === "month" ? n : kind === "quarter" ? (n - 1) * 3 + 1 : kind === "half-year" ? (n - 1) * 6 + 1 : 1;
  return { code: match[0], kind, year, date: `${year}-${String(month).padStart(2, "0")}-01` };
}
