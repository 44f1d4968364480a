import type { OfficialDocument, OfficialReference } from "../data/index.ts";
import { h } from "./dom.ts";
import type { Locale } from "./i18n.ts";
import { t } from "./i18n.ts";

function referenceItem(document: Document, reference: OfficialReference, locale: Locale): HTMLElement {
  const strings = t(locale);
  const item = h(
    document,
    "li",
    {},
    h(document, "strong", {}, reference.text),
    ` — ${reference.about[locale]}`,
  );
  if (reference.url) {
    const host = new URL(reference.url).host.replace(/^www\./, "");
    const text = reference.search ? strings.searchFor(host) : strings.openPublication(host);
    item.append(" (", h(document, "a", { href: reference.url, rel: "noopener" }, text), ")");
  }
  return item;
}

/**
 * The official document a fact sheet describes, named by the references its text gives, each linked to
 * its publication or to a search for it on the official site.
 */
export function officialReferences(
  document: Document,
  official: OfficialDocument,
  locale: Locale,
): HTMLElement {
  const strings = t(locale);
  const others = h(document, "ul", {});
  for (const reference of official.references) others.append(referenceItem(document, reference, locale));
  return h(
    document,
    "section",
    { class: "official-document", "aria-label": strings.officialDocument },
    h(document, "h2", {}, strings.officialDocument),
    h(document, "ul", { class: "official-identity" }, referenceItem(document, official.identity, locale)),
    h(document, "h3", {}, strings.officialReferences),
    others,
  );
}
