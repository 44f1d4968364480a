import "./app/styles.css";
import { startEmbed } from "./app/index.ts";

const root = document.getElementById("embed");
if (root) void startEmbed(window, root);
