import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/data/parse-period.ts";

describe("parsePeriod", () => {
  it("reads CBS period codes with their kind and first day", () => {
    expect(parsePeriod("2024JJ00")).toEqual({
      code: "2024JJ00",
      kind: "year",
      date: "2024-01-01",
      year: 2024,
    });
    expect(parsePeriod("2024KW02")).toMatchObject({ kind: "quarter", date: "2024-04-01" });
    expect(parsePeriod("2024MM03 ")).toMatchObject({ kind: "month", date: "2024-03-01" });
    expect(parsePeriod("2024HJ02")).toMatchObject({ kind: "half-year", date: "2024-07-01" });
    expect(parsePeriod("2024MM13")).toBeUndefined();
  });

  it("gives each month, quarter and half year the first day of its first month", () => {
    for (let month = 1; month <= 12; month++) {
      const mm = String(month).padStart(2, "0");
      expect(parsePeriod(`2023MM${mm}`)?.date).toBe(`2023-${mm}-01`);
    }
    for (let quarter = 1; quarter <= 4; quarter++)
      expect(parsePeriod(`2023KW0${quarter}`)?.date).toBe(
        parsePeriod(`2023MM${String(quarter * 3 - 2).padStart(2, "0")}`)?.date,
      );
    for (const n of [0, 5, 13]) expect(parsePeriod(`2023KW${String(n).padStart(2, "0")}`)).toBeUndefined();
    expect(parsePeriod("2023JJ01")).toBeUndefined();
  });
});
