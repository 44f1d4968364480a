// What XML 1.0 allows, character by character, written independently of src/export so tests can check
// exported files against it.

/** Whether every character of `text` may stand in an XML 1.0 document (a lone UTF-16 half may not). */
export function xmlAllowed(text: string): boolean {
  return [...text].every((ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) return false;
    return (
      code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code !== 0xfffe && code !== 0xffff)
    );
  });
}

/** `text` as an exported file shows it: each character XML forbids as U+FFFD. */
export function xmlShown(text: string): string {
  return [...text].map((ch) => (xmlAllowed(ch) ? ch : "\uFFFD")).join("");
}
