/*
 * Files attached to a notebook made in this browser (Make notebook from a dropped CSV). They are kept
 * in the Origin Private File System when the browser has one (`notebooks/<id>/<name>`), else in the
 * `files` store of the user database (user-notebooks.ts). Either way they stay on this machine.
 */
import { inTransaction } from "./browser-database.ts";
import { fileStore, openUserDatabase } from "./user-notebooks.ts";

/** A file kept with a notebook: its name and size in bytes. */
export interface AttachedFile {
  name: string;
  size: number;
}

interface FileRecord {
  notebook: string;
  name: string;
  blob: Blob;
}

/** The notebooks' folder in the Origin Private File System, or null when the browser has none. */
async function opfsRoot(create: boolean): Promise<FileSystemDirectoryHandle | null> {
  try {
    if (testHooks()?.noOpfs || typeof navigator.storage?.getDirectory !== "function") return null;
    const root = await navigator.storage.getDirectory();
    return await root.getDirectoryHandle("notebooks", { create });
  } catch {
    return null;
  }
}

async function opfsFolder(notebook: string, create: boolean): Promise<FileSystemDirectoryHandle | null> {
  const root = await opfsRoot(create);
  try {
    return root ? await root.getDirectoryHandle(notebook, { create }) : null;
  } catch {
    return null;
  }
}

const records = <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) =>
  inTransaction(openUserDatabase, fileStore, mode, act);

/** Where the files are kept in this browser: "opfs" or "indexeddb". */
export async function attachedFileStorage(): Promise<"opfs" | "indexeddb"> {
  return (await opfsRoot(false).then((root) => root ?? opfsRoot(true))) ? "opfs" : "indexeddb";
}

/** Keeps a file with a notebook; resolves once it is written. */
export async function storeAttachedFile(notebook: string, name: string, blob: Blob): Promise<void> {
  const folder = await opfsFolder(notebook, true);
  if (folder) {
    const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
    await writable.write(blob);
    await writable.close();
    return;
  }
  const record: FileRecord = { notebook, name, blob };
  await records("readwrite", (store) => store.put(record));
}

/** A notebook's file by name, or null when it has none by that name. */
export async function loadAttachedFile(notebook: string, name: string): Promise<File | null> {
  const folder = await opfsFolder(notebook, false);
  if (folder) {
    try {
      return await (await folder.getFileHandle(name)).getFile();
    } catch {
      // not in the file system: perhaps kept in the database (stored when there was no OPFS)
    }
  }
  try {
    const record = (await records("readonly", (store) => store.get([notebook, name]))) as
      | FileRecord
      | undefined;
    return record ? new File([record.blob], name) : null;
  } catch {
    return null;
  }
}

/** The files kept with a notebook, by name. */
export async function listAttachedFiles(notebook: string): Promise<AttachedFile[]> {
  const found = new Map<string, number>();
  const folder = await opfsFolder(notebook, false);
  if (folder)
    for await (const handle of children(folder))
      if (handle.kind === "file")
        found.set(handle.name, (await (handle as FileSystemFileHandle).getFile()).size);
  try {
    // From [notebook] to [notebook, []]: an array sorts after every string, so every name is inside.
    const range = IDBKeyRange.bound([notebook], [notebook, []]);
    const kept = (await records("readonly", (store) => store.getAll(range))) as FileRecord[];
    for (const record of kept) found.set(record.name, record.blob.size);
  } catch {
    // no database: only the file system's files
  }
  return [...found].map(([name, size]) => ({ name, size })).sort((a, b) => a.name.localeCompare(b.name));
}

/** Removes one file of a notebook, wherever it is kept. */
export async function removeAttachedFile(notebook: string, name: string): Promise<void> {
  const folder = await opfsFolder(notebook, false);
  await folder?.removeEntry(name).catch(() => {});
  await records("readwrite", (store) => store.delete([notebook, name])).catch(() => {});
}

/**
 * Removes the files of every notebook that is no longer in the store. Run when the home page is drawn,
 * which closes any toast: a deleted notebook's files outlive its Undo, and no longer.
 */
export async function sweepAttachedFiles(notebooks: ReadonlySet<string>): Promise<void> {
  const gone = (id: string) => !notebooks.has(id);
  const root = await opfsRoot(false);
  if (root) {
    const folders: string[] = [];
    for await (const handle of children(root))
      if (handle.kind === "directory" && gone(handle.name)) folders.push(handle.name);
    for (const folder of folders) await root.removeEntry(folder, { recursive: true }).catch(() => {});
  }
  try {
    const keys = (await records("readonly", (store) => store.getAllKeys())) as [string, string][];
    for (const key of keys.filter(([id]) => gone(id)))
      await records("readwrite", (store) => store.delete(key));
  } catch {
    // no database: nothing kept there
  }
}

/** A folder's entries (the async iteration TypeScript's DOM library does not declare yet). */
function children(folder: FileSystemDirectoryHandle): AsyncIterable<FileSystemHandle> {
  return (folder as unknown as { values(): AsyncIterable<FileSystemHandle> }).values();
}

/** Bytes above which the reader is asked before a file is kept (a browser test may set it lower). */
export function largeFileBytes(): number {
  return testHooks()?.largeFileBytes ?? 50_000_000;
}

/**
 * What a browser test may ask, in `window.__blauwTest`: the database instead of the file system
 * (`noOpfs`), or a lower size for the question (`largeFileBytes`).
 */
function testHooks(): { noOpfs?: boolean; largeFileBytes?: number } | undefined {
  return (globalThis as { __blauwTest?: { noOpfs?: boolean; largeFileBytes?: number } }).__blauwTest;
}
