// Two CBS code lists, as data files beside this one. Generated from two code lists written by cbsodataR from
// dataderden.cbs.nl (Politie catalogue), kept in the repository bernasco/staat_van_de_misdaad at commit
// 5f16319a74b3d5c71a4e7bb4dd9511c1b67e9b9e: data/RegioS.csv (RegioS of 47021NED; 47025NED uses the same list)
// and data/SoortMisdrijf.csv (47025NED). Trimmed to key and title, keys without their padding
// ("NL01  " → "NL01"). Source: Politie, open data.
import crimeTypes from "./cbs-crime-types.json" with { type: "json" };
import regions from "./cbs-regions.json" with { type: "json" };

/** One entry of a CBS code list: its key and its title. */
export type CodeListEntry = readonly [code: string, title: string];

/** The data file's rows as entries; a row that is not a key and a title is a fault in the repository. */
function entries(rows: string[][], file: string): readonly CodeListEntry[] {
  return rows.map((row, i) => {
    if (row.length !== 2)
      throw new Error(`${file}: row ${i + 1} has ${row.length} cells, not a key and a title`);
    return [row[0], row[1]] as const;
  });
}

/** RegioS: country, landsdelen, provinces, police regions, municipalities, in the list's own order. */
export const regionCodeList = entries(regions, "cbs-regions.json");

/** SoortMisdrijf: titles carry the code in front, except the total ("0.0.0", "Totaal misdrijven"). */
export const crimeTypeCodeList = entries(crimeTypes, "cbs-crime-types.json");
