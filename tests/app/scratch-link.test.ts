import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { choiceQuery, queryChoice } from "../../src/app/scratch-link.ts";

// The first chart's choice carried in a link. Dimensions are written out here (synthetic, the shape a
// CBS OData export gives), typed through the functions so the test does not depend on where they live.
type Dimensions = Parameters<typeof choiceQuery>[1];
type Choice = ReturnType<typeof queryChoice>;

const cbs: Dimensions = {
  measures: [
    { column: "GeregistreerdeMisdrijven_1", percent: false },
    { column: "Aangiften_2", percent: false },
  ],
  period: {
    kind: "period",
    column: "Perioden",
    kindColumn: "Perioden_kind",
    yearColumn: "Perioden_year",
    dateColumn: "Perioden_date",
    steps: ["month", "year", "quarter"],
  },
  region: {
    column: "RegioS",
    values: ["NL01  ", "PV20  ", "PV21  ", "GM0014"],
    total: "NL01  ",
    candidates: ["NL01  "],
    levelColumn: "RegioS_level",
    levels: ["country", "province", "municipality"],
  },
  categories: [
    {
      column: "SoortMisdrijf",
      values: ["0.0.0 ", "1.1.1 ", "1.2.1 "],
      total: "0.0.0 ",
      candidates: ["0.0.0 "],
    },
    { column: "Geslacht", values: ["Mannen", "Vrouwen"], candidates: [] },
  ],
  years: [2016, 2017, 2018, 2019, 2020, 2021],
};

/** Every choice these dimensions can hold. */
const choices: fc.Arbitrary<Choice> = fc.record(
  {
    measure: fc.constantFrom(...cbs.measures.map((m) => m.column)),
    step: fc.constantFrom("month", "year", "quarter"),
    region: fc.oneof(
      fc.constantFrom(...(cbs.region?.values ?? [])).map((value) => ({ value })),
      fc.constantFrom(...(cbs.region?.levels ?? [])).map((level) => ({ level })),
    ),
    categories: fc.record({
      SoortMisdrijf: fc.constantFrom("0.0.0 ", "1.1.1 ", "1.2.1 "),
      Geslacht: fc.constantFrom<string | null>("Mannen", "Vrouwen", null),
    }),
    from: fc.constantFrom(...cbs.years),
    to: fc.constantFrom(...cbs.years),
  },
  { requiredKeys: ["measure", "categories"] },
);

const read = (query: string) => queryChoice(cbs, new URLSearchParams(query));

describe("choiceQuery and queryChoice", () => {
  it("carry every choice the file allows through a link and back, padded codes included", () => {
    fc.assert(
      fc.property(choices, (choice) => {
        const query = choiceQuery("47013NED.csv", cbs, choice);
        expect(new URLSearchParams(query).get("file")).toBe("47013NED.csv");
        // A value written trimmed in the link comes back as the file writes it.
        expect(read(query)).toEqual({ step: "year", region: { value: "NL01  " }, ...choice });
      }),
    );
  });

  it("ignore what the file does not hold, keeping the default", () => {
    const fallback = read("");
    expect(fallback).toEqual({
      measure: "GeregistreerdeMisdrijven_1",
      step: "year",
      region: { value: "NL01  " },
      categories: { SoortMisdrijf: "0.0.0 ", Geslacht: null },
    });
    for (const query of [
      "m=Onbekend_9",
      "step=week",
      "region=PV99",
      "level=galaxy",
      "c0=9.9.9",
      "c1=Anders",
      "from=20x6&to=216",
      "c5=Mannen",
      "m=%3Cimg%3E",
    ])
      expect(read(query), query).toEqual(fallback);
  });

  it("never add up a column that has a total, or whose total the rule cannot decide", () => {
    expect(read("c0=*").categories.SoortMisdrijf).toBe("0.0.0 ");
    expect(read("region=*").region).toEqual({ value: "NL01  " });
    // Two values that look like totals: nothing is chosen, and a link's "*" does not choose for the reader.
    const undecided: Dimensions = {
      ...cbs,
      region: {
        column: "Regio",
        values: ["Alle regio's", "Totaal", "Noord"],
        candidates: ["Alle regio's", "Totaal"],
        levels: [],
      },
      categories: [
        {
          column: "Soort",
          values: ["Totaal", "Alle soorten", "Diefstal"],
          candidates: ["Totaal", "Alle soorten"],
        },
      ],
    };
    const star = queryChoice(undecided, new URLSearchParams("region=*&c0=*"));
    expect(star.region).toBeUndefined();
    expect(star.categories).toEqual({});
    const named = queryChoice(undecided, new URLSearchParams("region=Noord&c0=Diefstal"));
    expect(named.region).toEqual({ value: "Noord" });
    expect(named.categories).toEqual({ Soort: "Diefstal" });
  });
});
