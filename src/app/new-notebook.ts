/**
 * The text of a new notebook: front matter as `notebooks/*.md` have it (a title and an empty list of
 * sources) and one empty code cell. The title is the interface's own text, written as a YAML string.
 */
export function newNotebookText(title: string): string {
  return ["---", `title: ${JSON.stringify(title)}`, "sources: []", "---", "", "```js", "", "```", ""].join(
    "\n",
  );
}
