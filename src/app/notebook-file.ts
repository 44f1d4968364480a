/*
 * A notebook file opened from disk (Openen / Open, or dropped): checked before anything is stored. It
 * must be a Markdown file of at most 1 MB, UTF-8 text, with front matter that reads; its code is not
 * looked at here (it is shown, not run, until the reader says so).
 */
import { fileSize } from "./file-size.ts";
import { type Locale, t } from "./i18n.ts";

/** The largest notebook file opened: the bundled ones are 5–15 kB. */
export const notebookFileLimit = 1_000_000;

/** Whether a file is meant as a notebook (by its name or type) rather than as data. */
export function isNotebookFile(file: File): boolean {
  return /\.(md|markdown)$/i.test(file.name) || file.type === "text/markdown";
}

/** The file's text, or why it is not opened (in the reader's language). */
export async function readNotebookFile(
  file: File,
  locale: Locale,
): Promise<{ text: string } | { problem: string }> {
  const strings = t(locale).own;
  if (!isNotebookFile(file)) return { problem: strings.notMarkdown(file.name) };
  if (file.size > notebookFileLimit)
    return {
      problem: strings.tooLarge(file.name, fileSize(file.size, locale), fileSize(notebookFileLimit, locale)),
    };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return { problem: strings.notUtf8(file.name) };
  }
  // Text has no NUL; a binary file that happens to decode has.
  if (text.includes("\u0000")) return { problem: strings.notUtf8(file.name) };
  const engine = await (await import("../notebook/index.ts")).loadEditing();
  try {
    engine.readDocument(text, "notebook");
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^notebook\.md: /, "") : String(error);
    return { problem: strings.badFrontMatter(file.name, reason) };
  }
  return { text };
}
