import "./app/styles.css";
import { startApp } from "./app/index.ts";

const root = document.getElementById("app");
if (root) startApp(window, root);
