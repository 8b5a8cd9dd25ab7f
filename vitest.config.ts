import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Builds dist/ when it is missing or stale: compiled-process tests never skip.
    globalSetup: ["tests/global-setup.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Tests pin TZ=UTC in the npm script and pass reference dates explicitly.
    env: { TZ: "UTC" },
  },
});
