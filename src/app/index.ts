export { startApp } from "./app.ts";
export { startEmbed } from "./embed-page.ts";
export { type FileLoad, type FileLoadTimings, loadFile } from "./file-loader.ts";
