import { describe, expect, it } from "vitest";
import { packReading, readCsv, unpackReading } from "../../src/data/index.ts";

describe("packing a reading for the trip from the worker", () => {
  it("comes back exactly as it left, with numbers and repeated texts in transferable buffers", async () => {
    const lines = ["id,code,aantal,aandeel,naam"];
    for (let i = 0; i < 3000; i++)
      lines.push(
        `${i},GM${String(i % 7).padStart(4, "0")},${i % 11 === 0 ? "." : i * 3},${(i % 100) / 4},naam ${i}`,
      );
    const text = `${lines.join("\n")}\n`;
    const reading = readCsv(text);
    const { packed, transfer } = packReading(reading);
    expect(packed.columns.aantal.kind).toBe("float");
    expect(packed.columns.code.kind).toBe("dictionary");
    expect(packed.columns.naam.kind).toBe("dictionary");
    // Each buffer once: a derived column (the level of "code") shares its column's codes.
    expect(new Set(transfer).size).toBe(transfer.length);
    expect(transfer.length).toBeGreaterThanOrEqual(4);
    const back = unpackReading(structuredClone(packed, { transfer }));
    // The buffers moved with the message; the reading that left is empty now, the one that came is whole.
    expect(reading.data.aantal.length).toBe(0);
    expect(back).toStrictEqual(readCsv(text));
    expect(back.data.aantal.at(11)).toBe(null);
    expect(back.data.aantal.at(12)).toBe(36);
  });
});
