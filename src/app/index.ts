export { type FileLoad, loadFile } from "../data/index.ts";
export { startApp } from "./app.ts";
export { startEmbed } from "./embed-page.ts";
