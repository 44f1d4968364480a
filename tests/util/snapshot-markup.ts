import { JSDOM } from "jsdom";

// A chart as a snapshot keeps it: one element per line, indented by depth, attributes in alphabetical
// order, numbers in geometry rounded to two decimals, and the names Plot generates made stable — so that
// the same chart gives the same text on every machine and a change shows as a readable diff.

const svgNamespace = "http://www.w3.org/2000/svg";
/** HTML elements that have no end tag. */
const voidElements = new Set([
  "area",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "wbr",
]);
/** Elements whose text is code (CSS, script): written as it stands, line by line. */
const rawTextElements = new Set(["style", "script"]);
/** Attributes that hold words or addresses, not geometry: their digits are never rounded. */
const wordAttribute = /^(?:aria-.*|data-.*|href|xlink:href|src|class|id|lang|title|alt|for|role|name|value)$/;
/** Plot's class for a plot's own stylesheet, the same hash in every version so far ("plot-d6a7b5"). */
const plotClass = /\bplot-[0-9a-f]{6}\b/g;
/** Ids Plot numbers from a counter shared by every plot drawn before: clip paths, markers, patterns, filters. */
const plotId = /^plot-(clip|marker|pattern|filter)-\d+$/;

/** A number with more than two decimals (or an exponent) rounded to two; "-0" is 0. Hex colours stay. */
export function roundNumbers(text: string): string {
  return text.replace(/#[0-9a-f]+\b|(-?(?:\d+\.\d{3,}|\d*\.?\d+e[-+]?\d+))/gi, (whole, number?: string) => {
    if (number === undefined) return whole;
    const rounded = Number(Number(number).toFixed(2));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/** Text with markup characters escaped and every whitespace character but a plain inner space shown as a reference. */
function escapeText(text: string, quote = false): string {
  const escaped = text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(quote ? /"/g : /$^/, "&quot;")
    .replace(/[^\S ]/gu, (character) => `&#${character.codePointAt(0)};`);
  // Spaces at either end would be invisible in a diff.
  return escaped.replace(/^ +| +$/g, (spaces) => "&#32;".repeat(spaces.length));
}

function attributes(element: Element): string {
  return [...element.attributes]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((attribute) => {
      const value = wordAttribute.test(attribute.name) ? attribute.value : roundNumbers(attribute.value);
      return ` ${attribute.name}="${escapeText(value, true)}"`;
    })
    .join("");
}

function lines(node: Node, depth: number, out: string[]): void {
  const indent = "  ".repeat(depth);
  if (node.nodeType === node.TEXT_NODE) {
    const text = node.textContent ?? "";
    // Whitespace that only lays out the source (a line break and indentation) is not part of the chart.
    if (!/^\s*\n\s*$/.test(text)) out.push(indent + escapeText(text));
    return;
  }
  if (node.nodeType !== node.ELEMENT_NODE) return;
  const element = node as Element;
  const tag = element.localName;
  const open = `<${tag}${attributes(element)}>`;
  const children = [...element.childNodes];
  if (rawTextElements.has(element.localName)) {
    out.push(indent + open);
    for (const line of (element.textContent ?? "").split("\n")) out.push(`${indent}  ${line}`);
    out.push(`${indent}</${tag}>`);
    return;
  }
  if (element.namespaceURI !== svgNamespace && voidElements.has(element.localName)) {
    out.push(indent + open);
    return;
  }
  if (children.length === 0) {
    out.push(`${indent}${open}</${tag}>`);
    return;
  }
  if (children.length === 1 && children[0].nodeType === node.TEXT_NODE) {
    out.push(`${indent}${open}${escapeText(children[0].textContent ?? "")}</${tag}>`);
    return;
  }
  out.push(indent + open);
  for (const child of children) lines(child, depth + 1, out);
  out.push(`${indent}</${tag}>`);
}

/** Gives Plot's counted ids (and the `url(#…)` that point at them) numbers counted within this chart alone. */
function renumberPlotIds(root: Element): void {
  const renamed = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const element of [root, ...root.querySelectorAll("[id]")]) {
    const id = element.getAttribute("id") ?? "";
    const kind = plotId.exec(id)?.[1];
    if (!kind) continue;
    if (!renamed.has(id)) {
      const count = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, count);
      renamed.set(id, `plot-${kind}-${count}`);
    }
    element.setAttribute("id", renamed.get(id) as string);
  }
  if (renamed.size === 0) return;
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const attribute of [...element.attributes]) {
      const value = attribute.value.replace(/url\(#([^)]+)\)/g, (whole, id) =>
        renamed.has(id) ? `url(#${renamed.get(id)})` : whole,
      );
      if (value !== attribute.value) element.setAttribute(attribute.name, value);
    }
  }
}

/** Plot's generated class name ("plot-d6a7b5") as "plot", in class attributes and in its stylesheet. */
function renamePlotClass(root: Element): void {
  for (const element of [root, ...root.querySelectorAll("[class]")]) {
    const value = element.getAttribute("class");
    if (value) element.setAttribute("class", value.replace(plotClass, "plot"));
  }
  for (const style of root.querySelectorAll("style"))
    style.textContent = (style.textContent ?? "").replace(plotClass, "plot");
}

/**
 * The markup of one chart (an `<svg>` or a `<figure>` holding one, as its `outerHTML`) written as its
 * snapshot. A root `<svg>` gets its namespace, so that the file opens as an image.
 */
export function snapshotMarkup(markup: string): string {
  const { document } = new JSDOM("<!doctype html><body></body>").window;
  const template = document.createElement("template");
  template.innerHTML = markup.trim();
  const roots = [...template.content.children];
  if (roots.length !== 1) throw new Error(`a snapshot is of one element, not ${roots.length}`);
  const root = roots[0];
  if (root.namespaceURI === svgNamespace && !root.hasAttribute("xmlns"))
    root.setAttribute("xmlns", svgNamespace);
  renamePlotClass(root);
  renumberPlotIds(root);
  const out: string[] = [];
  lines(root, 0, out);
  return `${out.join("\n")}\n`;
}
