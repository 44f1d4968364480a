export { describeLocator, sourceLabels, type SourceDescription } from "./locator.ts";
