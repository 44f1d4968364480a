/** What a file that is not a text table seems to be, from its first bytes. */
export type NotText = "png" | "jpeg" | "gif" | "pdf" | "xlsx" | "ods" | "zip" | "xls" | "gzip" | "binary";

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  magic.every((byte, i) => bytes[at + i] === byte);

/** Looks for `text` (ASCII) in the first bytes: how a ZIP names the files it holds. */
function holds(bytes: Uint8Array, text: string, within = 4096): boolean {
  const end = Math.min(bytes.length, within) - text.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let j = 0; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/**
 * UTF-16 without a byte-order mark: in text that is mostly ASCII, every other byte is zero — the odd
 * ones in little-endian, the even ones in big-endian. Null when the bytes do not look like that.
 */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return "utf-16le";
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return "utf-16be";
  return null;
}

/**
 * The kind of a file that is not a text table (an image, a PDF, a spreadsheet workbook, an archive,
 * other binary data with NUL bytes), from its magic number; null for text, UTF-16 without a BOM included.
 */
export function sniffNotText(bytes: Uint8Array): NotText | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "gif";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (startsWith(bytes, [0x1f, 0x8b])) return "gzip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "xls";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    if (holds(bytes, "xl/") || holds(bytes, "[Content_Types].xml")) return "xlsx";
    if (holds(bytes, "application/vnd.oasis.opendocument.spreadsheet")) return "ods";
    return "zip";
  }
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16Bom || utf16WithoutBom(bytes)) return null;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return "binary";
  return null;
}
