export { startApp } from "./app.ts";
export { type FileLoad, loadFile } from "./file-loader.ts";
