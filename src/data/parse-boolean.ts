const booleans = new Map([
  ["true", true],
  ["false", false],
  ["ja", true],
  ["nee", false],
  ["yes", true],
  ["no", false],
  ["waar", true],
  ["onwaar", false],
]);

export function parseBoolean(text: string): boolean | undefined {
  return booleans.get(text.trim().toLowerCase());
}
