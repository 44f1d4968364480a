import { h } from "./dom.ts";

/** Offers a blob as a download named `name` (a hidden link clicked once; its address freed later). */
export function download(document: Document, name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = h(document, "a", { href: url, download: name });
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
