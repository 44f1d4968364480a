import { csv } from "d3";
csv
