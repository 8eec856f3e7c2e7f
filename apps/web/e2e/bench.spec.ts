import { writeFileSync } from "node:fs";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { E2E } from "./env";
import { connectWith, expect, test } from "./fixtures";
import { firstLoadJs, rpcRequestsToLoad, SCREENS } from "./measure";

/**
 * Measurements for `pnpm bench` (run only with BENCH_OUT set): first-load JS and JSON-RPC requests of every
 * screen, and Lighthouse performance of the production build. Written as JSON for packages/devtools/bench.mjs.
 */
const out = process.env.BENCH_OUT;
const LIGHTHOUSE_SCREENS = ["/", "/stake", "/mint"];

test.describe("@bench web measurements", () => {
  test.setTimeout(600_000);

  test("measure every screen", async ({ page }) => {
    if (!out)
      throw new Error("Set BENCH_OUT: these measurements run from `pnpm bench` (playwright.config.ts greps @bench).");
    const screens: Record<string, { firstLoadJsGzip: number; scripts: number; rpcRequests: number }> = {};
    await page.goto("/mint");
    await connectWith(page, "test.aid.e2e-wallet");
    await expect(page.getByTestId("balance-usdc")).not.toHaveText("—");
    for (const screen of SCREENS) {
      const js = await firstLoadJs(screen.path);
      const rpcRequests = await rpcRequestsToLoad(page, screen.path, async (p) => {
        await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
        await screen.loaded(p);
      });
      screens[screen.path] = { firstLoadJsGzip: js.gzipBytes, scripts: js.scripts, rpcRequests };
    }

    const lighthouseScores: Record<string, number> = {};
    const chrome = await launch({
      chromePath: E2E.chromium,
      chromeFlags: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      for (const path of LIGHTHOUSE_SCREENS) {
        const result = await lighthouse(`${E2E.webUrl}${path}`, {
          port: chrome.port,
          onlyCategories: ["performance"],
          output: "json",
          logLevel: "error",
        });
        lighthouseScores[path] = Math.round((result?.lhr.categories.performance.score ?? 0) * 100);
      }
    } finally {
      chrome.kill();
    }
    writeFileSync(out as string, JSON.stringify({ screens, lighthouse: lighthouseScores }, null, 2));
  });
});
