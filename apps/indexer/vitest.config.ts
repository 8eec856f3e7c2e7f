import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // One anvil, one scenario and one indexer shared by the tests of the file, in order.
    fileParallelism: false,
    sequence: { concurrent: false },
    // Generous: in the README's test command these run beside the browser tests and the deep invariants on two cores.
    testTimeout: 600_000,
    hookTimeout: 900_000,
  },
});
