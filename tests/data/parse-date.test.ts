import { describe, expect, it } from "vitest";
import { parseDate } from "../../src/data/parse-date.ts";

describe("parseDate", () => {
  it("reads every day of a leap year in ISO and in Dutch writing, as the ISO date", () => {
    for (
      let day = new Date(Date.UTC(2024, 0, 1));
      day.getUTCFullYear() === 2024;
      day.setUTCDate(day.getUTCDate() + 1)
    ) {
      const iso = day.toISOString().slice(0, 10);
      const [y, m, d] = iso.split("-");
      expect(parseDate(iso)).toBe(iso);
      expect(parseDate(`${iso}T10:30:00Z`)).toBe(iso);
      expect(parseDate(`${Number(d)}-${Number(m)}-${y}`)).toBe(iso);
      expect(parseDate(`${d}/${m}/${y}`)).toBe(iso);
    }
  });

  it("reads no day that does not exist, and no other text", () => {
    for (const text of ["2023-02-29", "2024-13-01", "31-04-2024", "2024", "maart 2024", "2024-3-1"])
      expect(parseDate(text)).toBeUndefined();
  });
});
