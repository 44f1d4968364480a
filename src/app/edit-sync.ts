/*
 * Keeping a bundled notebook's edits in step between tabs. The store guarantees it: each save names
 * the revision its tab last read or wrote, and a save based on an older one is refused (edit-store.ts).
 * The tabs also tell each other at once, on the BroadcastChannel "blauw-edits", when a save or a revert
 * lands, so a tab that is behind can say so before its reader saves.
 */
import { dropEdit, saveEdit } from "./edit-store.ts";
import type { EditKeeper, SaveConflict } from "./notebook-editor.ts";

/** The channel every tab of the site listens on. */
export const editChannelName = "blauw-edits";

/** What a tab says on the channel when it has stored (or reverted) a notebook's edit. */
export interface EditNews {
  slug: string;
  revision: number;
}

/** The keeper of a bundled notebook's edits, which knows the revision and fingerprint it saves on. */
export interface BundledKeeper extends EditKeeper {
  /** The fingerprint of the bundled text saves record as the edit's starting point. */
  base: string | undefined;
}

/**
 * The keeper of one bundled notebook's edit: saves based on `revision` (the revision of the text the
 * page showed, `text`: null when that was no edit), recording `base`, and tells the other tabs of each
 * save and revert.
 */
export function bundledKeeper(
  slug: string,
  start: { revision: number; text?: string | null; base?: string },
): BundledKeeper {
  let revision = start.revision;
  let basis = start.text ?? null;
  const channel = typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(editChannelName);
  const tell = () => channel?.postMessage({ slug, revision } satisfies EditNews);
  const keeper: BundledKeeper = {
    base: start.base,
    async save(text): Promise<SaveConflict | undefined> {
      const result = await saveEdit(slug, text, { basedOn: revision, basedOnText: basis, base: keeper.base });
      if (!result.stored) return { conflict: true };
      revision = result.revision;
      basis = text;
      tell();
      return undefined;
    },
    async revert() {
      revision = await dropEdit(slug);
      basis = null;
      tell();
    },
    watch(listener) {
      if (!channel) return () => {};
      const hear = (event: MessageEvent) => {
        const news = event.data as Partial<EditNews> | null;
        if (news?.slug === slug && typeof news.revision === "number" && news.revision !== revision)
          listener();
      };
      channel.addEventListener("message", hear);
      return () => channel.removeEventListener("message", hear);
    },
    close: () => channel?.close(),
  };
  return keeper;
}
