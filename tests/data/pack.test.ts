import { describe, expect, it } from "vitest";
import { packReading, readCsv, unpackReading } from "../../src/data/index.ts";

describe("packing a reading for the trip from the worker", () => {
  it("comes back exactly as it left, with numbers and repeated texts in transferable buffers", async () => {
    const lines = ["id,code,aantal,aandeel,naam"];
    for (let i = 0; i < 3000; i++)
      lines.push(
        `${i},GM${String(i % 7).padStart(4, "0")},${i % 11 === 0 ? "." : i * 3},${(i % 100) / 4},naam ${i}`,
      );
    const reading = readCsv(`${lines.join("\n")}\n`);
    const { packed, transfer } = packReading(reading);
    expect(packed.columns.aantal.kind).toBe("float");
    expect(packed.columns.code.kind).toBe("dictionary");
    expect(packed.columns.naam.kind).toBe("array");
    expect(transfer.length).toBeGreaterThanOrEqual(6);
    let pauses = 0;
    const back = await unpackReading(structuredClone(packed), async () => {
      pauses++;
    });
    expect(back).toEqual(reading);
    expect(pauses).toBeGreaterThan(0);
  });
});
