import { defineConfig } from "vite";
import { blauwNotebooks } from "./src/notebook/vite-plugin.ts";

// Extra notebook folders (comma-separated) are for tests only: the browser tests build the site with a
// fixture notebook that throws, to check that the other cells keep running.
const extra = process.env.BLAUW_EXTRA_NOTEBOOKS?.split(",").filter(Boolean) ?? [];

const pureRoom = /\/src\/(data|charts|export|util)\/[^?]*\.ts$/;

export default defineConfig({
  // Relative asset paths: the built site works from any folder; `vite build --base=/x/` also works.
  base: "./",
  plugins: [blauwNotebooks({ dir: "notebooks", extraDirs: extra, pageDirs: ["seeds"] })],
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 600,
    // Two pages: the site, and embed.html that shows one chart in someone else's page.
    rollupOptions: {
      input: { main: "index.html", embed: "embed.html" },
      // The rooms below the app are imported through their index.ts. Their modules do nothing when
      // loaded but define things, and saying so lets Rollup follow each import through the index to
      // the module that holds it: a notebook page then loads the loader's checks or the scratch page's
      // sums only when it uses them, not because they share an index with what it does use.
      treeshake: { moduleSideEffects: (id) => !pureRoom.test(id) },
    },
  },
  server: { port: 5173 },
});
