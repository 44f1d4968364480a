declare module "virtual:blauw/notebooks" {
  import type { NotebookListing } from "../notebook/types.ts";

  const notebooks: NotebookListing[];
  export default notebooks;
}
