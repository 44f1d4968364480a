/**
 * The text of a new notebook: front matter as `notebooks/*.md` have it (a title and an empty list of
 * sources) and one empty code cell. The title is the interface's own text, written as a YAML string.
 */
export function newNotebookText(title: string): string {
  return ["---", `title: ${JSON.stringify(title)}`, "sources: []", "---", "", "```js", "", "```", ""].join(
    "\n",
  );
}

/**
 * The text of a notebook made from a dropped file: its name is only ever written as a string (a YAML
 * title, a JavaScript string literal), never as prose, where `${…}` would be code.
 */
export function madeNotebookText(fileName: string, prose: string): string {
  const name = JSON.stringify(fileName);
  return [
    "---",
    `title: ${name}`,
    "sources: []",
    "---",
    "",
    prose,
    "",
    "```js",
    `const rows = await attached(${name});`,
    "display(rows);",
    "```",
    "",
  ].join("\n");
}
