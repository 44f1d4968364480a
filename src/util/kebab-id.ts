/** A notebook slug or chart id: lowercase letters and digits joined by single hyphens (`share-within-15-minutes`). */
export const kebabId = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `text` is a kebab-case id (see `kebabId`). */
export function isKebabId(text: string): boolean {
  return kebabId.test(text);
}
