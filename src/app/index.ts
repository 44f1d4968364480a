export { startApp } from "./app.ts";
