/** Bytes this site may still store, from the browser's estimate; null when it gives no quota. */
export function freeStorage(estimate: StorageEstimate | undefined): number | null {
  return estimate?.quota === undefined ? null : Math.max(0, estimate.quota - (estimate.usage ?? 0));
}
