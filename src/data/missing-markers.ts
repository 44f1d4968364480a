/** Cell texts that mean "no value": empty, and the markers official tables use. */
export const missingMarkers = new Set(["", ".", "-", "NA", "N/A", "n.v.t."]);

/**
 * Fast for the common case: compared by equality with short literals (no trimming, no hashing) and
 * trimmed only when the text is short and starts or ends with a space.
 */
export function isMissing(text: string): boolean {
  switch (text) {
    case "":
    case ".":
    case "-":
    case "NA":
    case "N/A":
    case "n.v.t.":
      return true;
  }
  if (text.length > 10) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first !== 32 && last !== 32 && first !== 9 && last !== 9) return false;
  return missingMarkers.has(text.trim());
}
