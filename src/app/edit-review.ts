/*
 * The "what changed" part of the editing bar: the note saying whether the notebook differs from its
 * bundled version, Wijzigingen tonen / Show changes and the panel it opens (edit-changes.ts). The
 * editor tells it the blocks after each save; a notebook without a bundled version (one of the
 * reader's own) only gets the note.
 */
import { h } from "./dom.ts";
import { changesPanel } from "./edit-changes.ts";
import { type BlockChange, type DiffBlock, diffBlocks, differs } from "./edit-diff.ts";
import { type Locale, t } from "./i18n.ts";

type Changed = Extract<BlockChange, { kind: "changed" }>;

export interface EditReviewOptions {
  /** The bundled notebook's blocks, or null when there is none to compare with. */
  bundled: readonly DiffBlock[] | null;
  /** Whether the page shows a saved edit. */
  edited: boolean;
  canRevert(change: Changed): boolean;
  revertBlock(change: Changed): void;
}

/** The note, the toggle and the panel; `update` follows the edited blocks, `differs` says if they differ. */
export function editReview(
  page: Document,
  locale: Locale,
  options: EditReviewOptions,
): {
  note: HTMLElement;
  toggle: HTMLElement;
  panel: HTMLElement;
  update(blocks: readonly DiffBlock[]): void;
  differs(blocks: readonly DiffBlock[]): boolean;
  open(): void;
  /** Moves focus after a block was reverted: to the next revert button, or the panel. */
  focusPanel(): void;
} {
  const strings = t(locale);
  const { bundled } = options;
  const note = h(page, "p", { class: "edit-note" }, options.edited ? strings.editedNote : strings.editNote);
  const panel = changesPanel(page, locale, { canRevert: options.canRevert, revert: options.revertBlock });
  const toggle = h(
    page,
    "button",
    { type: "button", "aria-expanded": "false", "aria-controls": panel.element.id },
    strings.showChanges,
  );
  toggle.hidden = true;
  let current: readonly DiffBlock[] = [];
  const show = (open: boolean) => {
    panel.element.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    if (open && bundled) panel.render(diffBlocks(bundled, current), bundled);
  };
  toggle.addEventListener("click", () => show(panel.element.hidden));
  const update = (blocks: readonly DiffBlock[]) => {
    current = blocks;
    if (!bundled) {
      note.textContent = strings.editedNote;
      return;
    }
    const changes = diffBlocks(bundled, blocks);
    const edited = differs(changes);
    note.textContent = edited ? strings.editedNote : strings.editNote;
    toggle.hidden = !edited;
    if (!edited) show(false);
    else if (!panel.element.hidden) panel.render(changes, bundled);
  };
  return {
    note,
    toggle,
    panel: panel.element,
    update,
    differs: (blocks) => !!bundled && differs(diffBlocks(bundled, blocks)),
    open: () => {
      show(true);
      panel.element.focus();
    },
    focusPanel: () => (panel.element.querySelector<HTMLElement>(".revert-block") ?? panel.element).focus(),
  };
}
