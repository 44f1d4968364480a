import { defineConfig } from "vitest/config";

// Every test sees Amsterdam's time zone (not UTC, with daylight saving), also when run one file at a time
// without `npm test`: dates in snapshots and formats must not depend on the machine's zone.
process.env.TZ = "Europe/Amsterdam";

// Unit tests run under Node; browser tests drive the system Chromium against a built site.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/browser/**"],
          environment: "node",
        },
      },
      {
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/browser/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
