declare module "virtual:blauw/notebooks" {
  import type { NotebookListing } from "./types.ts";

  const notebooks: NotebookListing[];
  export default notebooks;
}
