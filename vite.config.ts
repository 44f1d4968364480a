import { defineConfig } from "vite";
import { blauwNotebooks } from "./src/notebook/vite-plugin.ts";

// Extra notebook folders (comma-separated) are for tests only: the browser tests build the site with a
// fixture notebook that throws, to check that the other cells keep running.
const extra = process.env.BLAUW_EXTRA_NOTEBOOKS?.split(",").filter(Boolean) ?? [];

const d3ForCells =
  /\/node_modules\/(d3|d3-(brush|chord|drag|dsv|fetch|force|polygon|quadtree|transition|zoom|ease|timer|dispatch))\//;
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
      output: {
        // The parts of d3 that Plot does not use come only with `d3` in a cell (reaction-times): left to
        // itself the bundler puts all of d3 in the chunk every notebook page loads with Plot.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: "d3-for-cells", test: d3ForCells }],
        },
      },
    },
  },
  server: { port: 5173 },
});
