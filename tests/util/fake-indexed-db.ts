import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { afterEach, beforeEach } from "vitest";

type Globals = { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };

/**
 * Gives each test of the file an empty in-memory IndexedDB (fake-indexeddb) as the global
 * `indexedDB`, the way a fresh browser profile has one; the globals go again after each test.
 */
export function useFakeIndexedDb(): void {
  const globals = globalThis as Globals;
  beforeEach(() => {
    globals.indexedDB = new IDBFactory();
    globals.IDBKeyRange = IDBKeyRange;
  });
  afterEach(() => {
    delete globals.indexedDB;
    delete globals.IDBKeyRange;
  });
}

/** Takes IndexedDB away for the rest of the test, as a blocked origin or an old browser does. */
export function withoutIndexedDb(): void {
  delete (globalThis as Globals).indexedDB;
}

/** Opens `name` at a higher version, so that code opening it at `version` fails (VersionError). */
export function holdNewerVersion(name: string, version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version + 1);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}
