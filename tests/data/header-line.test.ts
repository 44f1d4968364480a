import { describe, expect, it } from "vitest";
import type { Dialect } from "../../src/data/dialect.ts";
import { readHeaderLine } from "../../src/data/header-line.ts";

const comma: Dialect = { delimiter: ",", quote: '"', lineEnding: "\n" };
const semicolonCrlf: Dialect = { delimiter: ";", quote: '"', lineEnding: "\r\n" };

describe("readHeaderLine", () => {
  it("leaves a header without quotes to the line reader", () => {
    expect(readHeaderLine("Jaar,Aantal\n2023,5\n", comma)).toBeNull();
    expect(readHeaderLine("\n\nJaar,Aantal\n", comma)).toBeNull();
    expect(readHeaderLine("", comma)).toBeNull();
    expect(readHeaderLine("\n,\n", comma)).toBeNull();
  });

  it("reads quoted names, with the delimiter and a line break inside, and says where the data begins", () => {
    const text = '"Regio, provincie";"Aantal\r\n(x 1000)";Jaar\r\nUtrecht;5;2023\r\n';
    const header = readHeaderLine(text, semicolonCrlf);
    expect(header).toEqual({
      records: [["Regio, provincie", "Aantal\r\n(x 1000)", "Jaar"]],
      end: text.indexOf("Utrecht"),
      literal: false,
    });
  });

  it("counts blank lines before the header as records of one empty cell", () => {
    const text = '\n,\n"Jaar",Aantal\n2023,5';
    const header = readHeaderLine(text, comma);
    expect(header?.records).toEqual([[""], [""], ["Jaar", "Aantal"]]);
    expect(text.slice(header?.end)).toBe("2023,5");
  });

  it("takes a quote that never closes as a plain character, so the header swallows no record", () => {
    const text = 'Naam,"Aantal\n2023,5\n2024,6\n';
    const header = readHeaderLine(text, comma);
    expect(header).toEqual({ records: [["Naam", '"Aantal']], end: text.indexOf("2023"), literal: true });
  });

  it("takes a quote that closes only lines further on as out of place, and unquotes cells quoted whole", () => {
    const text = '"Naam","Aantal\n2023,"5"\n2024,6\n';
    const header = readHeaderLine(text, comma);
    expect(header?.literal).toBe(true);
    expect(header?.records).toEqual([["Naam", '"Aantal']]);
    expect(text.slice(header?.end)).toBe('2023,"5"\n2024,6\n');
  });
});
