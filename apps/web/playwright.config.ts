import { defineConfig } from "@playwright/test";
import { E2E } from "./e2e/env";

/** Browser tests in Debian's Chromium against the production build, a fresh anvil chain and a fresh deployment. */
export default defineConfig({
  testDir: "./e2e",
  globalSetup: "./e2e/global-setup.ts",
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  retries: 0,
  // Benchmarks (e2e/bench.spec.ts) run only from `pnpm bench`.
  grepInvert: process.env.BENCH_OUT ? undefined : /@bench/,
  grep: process.env.BENCH_OUT ? /@bench/ : undefined,
  use: { baseURL: E2E.webUrl, trace: "off", viewport: { width: 1280, height: 900 }, colorScheme: "light" },
});
