import { defineConfig } from "vite";
import { blauwNotebooks } from "./src/notebook/vite-plugin.ts";

// Extra notebook folders (comma-separated) are for tests only: the browser tests build the site with a
// fixture notebook that throws, to check that the other cells keep running.
const extra = process.env.BLAUW_EXTRA_NOTEBOOKS?.split(",").filter(Boolean) ?? [];

export default defineConfig({
  // Relative asset paths: the built site works from any folder; `vite build --base=/x/` also works.
  base: "./",
  plugins: [blauwNotebooks({ dir: "notebooks", extraDirs: extra, pageDirs: ["seeds"] })],
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 600,
    // Two pages: the site, and embed.html that shows one chart in someone else's page.
    rollupOptions: { input: { main: "index.html", embed: "embed.html" } },
  },
  server: { port: 5173 },
});
