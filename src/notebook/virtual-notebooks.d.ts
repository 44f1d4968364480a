declare module "virtual:blauw/notebooks" {
  import type { NotebookListing } from "./types.ts";

  const notebooks: NotebookListing[];
  /** A fingerprint of the bundled data files (see the Vite plugin). */
  export const dataVersion: string;
  export default notebooks;
}
