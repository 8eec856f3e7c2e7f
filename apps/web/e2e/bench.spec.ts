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

type ScreenMeasure = { firstLoadJsGzip: number; scripts: number; rpcRequests: number };
const screens: Record<string, ScreenMeasure> = {};

// In order, in one worker: each screen with the account that makes it load everything (as the budgets measure it),
// then Lighthouse, then the file.
test.describe
  .serial("@bench web measurements", () => {
    test.setTimeout(600_000);

    for (const screen of SCREENS) {
      test.describe(() => {
        test.use({ wallet: { account: screen.account } });

        test(`measure ${screen.path}`, async ({ page }) => {
          if (!out)
            throw new Error(
              "Set BENCH_OUT: these measurements run from `pnpm bench` (playwright.config.ts greps @bench).",
            );
          await page.goto(screen.path);
          await connectWith(page, "test.aid.e2e-wallet");
          await screen.loaded(page);
          const js = await firstLoadJs(screen.path);
          const rpcRequests = await rpcRequestsToLoad(page, screen.path, async (p) => {
            await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
            await screen.loaded(p);
          });
          screens[screen.path] = { firstLoadJsGzip: js.gzipBytes, scripts: js.scripts, rpcRequests };
        });
      });
    }

    test("Lighthouse, and write the measurements", async () => {
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
      expect(Object.keys(screens)).toHaveLength(SCREENS.length);
      writeFileSync(out as string, JSON.stringify({ screens, lighthouse: lighthouseScores }, null, 2));
    });
  });
