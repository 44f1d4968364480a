/**
 * The inputs shown with `view`, by key. A key is the name of the variable the input's value is
 * declared as (`bronnen` for `const bronnen = view(…)`), which does not move when blocks are
 * inserted or moved; an input that is not declared by name is keyed by its cell's position,
 * `c<cell>` (or `c<cell>-<n>` for the n-th input of a cell). Links made before inputs had names
 * used only position keys: those are still read, by position, when a link has no name key.
 */
export class InputState {
  private readonly values: Record<string, string> = {};
  // The keys each block's inputs are stored under, and the values of blocks deleted (for an undo).
  private readonly owned = new Map<string, Set<string>>();
  private readonly forgotten: Record<string, string> = {};

  constructor(
    private readonly given: Record<string, string> = {},
    private readonly onChange?: (state: Record<string, string>) => void,
  ) {}

  /**
   * Starts `input` from the linked value when the input accepts it (set as a value, never as
   * markup) and reports every change. `keys` are the key to store under and older keys to read;
   * `owner` is the block that shows the input.
   */
  register(keys: readonly string[], input: HTMLElement & { value: unknown }, owner = ""): void {
    const [key] = keys;
    this.owned.set(owner, (this.owned.get(owner) ?? new Set()).add(key));
    // A cell that runs again (its inputs changed, or it was edited, or brought back) keeps the value the reader chose.
    const wanted =
      this.values[key] ??
      this.forgotten[key] ??
      keys.map((name) => this.given[name]).find((value) => value !== undefined);
    if (wanted !== undefined) {
      const before = input.value;
      const value = fromText(wanted, before);
      if (value !== undefined) {
        try {
          input.value = value;
        } catch {
          // an input that refuses the value keeps its own
        }
        // Inputs that do not offer the value ignore it or fall back: keep the default then.
        if (asText(input.value) !== wanted) input.value = before;
      }
    }
    this.values[key] = asText(input.value);
    // A deleted block brought back: the address gets its input again.
    if (key in this.forgotten) {
      delete this.forgotten[key];
      this.onChange?.(this.current());
    }
    input.addEventListener("input", () => {
      this.values[key] = asText(input.value);
      this.onChange?.(this.current());
    });
  }

  /** Drops the inputs of a deleted block from the state, and reports the change. */
  forget(owner: string): void {
    const keys = this.owned.get(owner);
    this.owned.delete(owner);
    if (!keys?.size) return;
    for (const key of keys) {
      if (key in this.values) this.forgotten[key] = this.values[key];
      delete this.values[key];
    }
    this.onChange?.(this.current());
  }

  current(): Record<string, string> {
    return { ...this.values };
  }
}

/** An input's value as text, for a link; and back, in the type of the value it has now. */
const asText = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

function fromText(text: string, like: unknown): unknown {
  if (typeof like === "string") return text;
  try {
    const value = JSON.parse(text);
    return typeof value === typeof like ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Query keys a link uses for itself (data version, embed theme and language, scratch file). */
const linkKeys = new Set(["d", "theme", "lang", "file"]);

/** Whether a variable name can key an input in a link: not one of the link's own keys or a position key. */
export function isNameKey(name: string | null | undefined): name is string {
  return !!name && !linkKeys.has(name) && !/^c\d+(-\d+)?$/.test(name);
}
