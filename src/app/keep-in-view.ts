/** Input that means the reader has taken over the scrolling. */
const readerInput = ["wheel", "touchstart", "keydown", "pointerdown"] as const;

/**
 * Scrolls `target` to the top of the viewport and keeps it there while the content around it still
 * changes height (cells above a linked chart draw after the page has scrolled to it), until the reader
 * scrolls, types or clicks, or `settled` says the page has finished. Returns a function that stops it.
 */
export function keepInView(target: Element, settled: () => boolean): () => void {
  const document = target.ownerDocument;
  const window = document.defaultView;
  target.scrollIntoView({ block: "start" });
  if (!window) return () => {};
  let stopped = false;
  const observer = new ResizeObserver(() => {
    if (stopped) return;
    target.scrollIntoView({ block: "start" });
    if (settled()) stop();
  });
  // Content that grows changes the body's height; the target's own box is watched too.
  observer.observe(document.body);
  observer.observe(target);
  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    for (const type of readerInput) window.removeEventListener(type, stop, true);
  };
  for (const type of readerInput) window.addEventListener(type, stop, { capture: true, passive: true });
  // A page that never settles (a cell that keeps redrawing) gives the scrolling back after a while.
  window.setTimeout(stop, 15_000);
  return stop;
}
