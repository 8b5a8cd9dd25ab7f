import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Tests pin TZ=UTC in the npm script and pass reference dates explicitly.
    env: { TZ: "UTC" },
  },
});
