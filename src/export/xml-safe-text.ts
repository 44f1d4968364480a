// Column names and values come from whatever file a reader drops, and a C0 control character, U+FFFE,
// U+FFFF or half of a UTF-16 pair makes an SVG unreadable to every XML parser (and so its PNG fails).
//
// Each becomes U+FFFD rather than vanishing or turning into an escape like `\u0007`: removing it could
// make two different values read the same ("a\u0001" and "a" as two bars both labelled "a"); an escape
// cannot be told apart from the same six characters typed on purpose, and would read differently in
// the SVG than in a spreadsheet. U+FFFD is the sign the file decoder already puts for bytes it cannot
// read, so a reader meets one sign for "a character that could not be shown" in the page and in every
// file. CSV cells take the same path: these characters mean nothing in a spreadsheet either.

const forbidden =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it looks for.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every character XML 1.0 forbids (tab, LF and CR are allowed) replaced by U+FFFD. */
export function xmlSafeText(text: string): string {
  return text.replace(forbidden, "\uFFFD");
}
