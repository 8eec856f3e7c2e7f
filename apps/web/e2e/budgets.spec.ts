import { connectWith, expect, test } from "./fixtures";
import { firstLoadJs, rpcRequestsToLoad, SCREENS } from "./measure";

/** Budgets from the benchmarks issue: what a screen may cost the user's browser. */
const FIRST_LOAD_JS_BUDGET = 350 * 1024; // gzipped bytes
const RPC_REQUESTS_BUDGET = 4;

test.describe("Performance budgets", () => {
  for (const screen of SCREENS) {
    test(`${screen.name}: first-load JavaScript is at most 350 kB gzipped`, async () => {
      const { gzipBytes, scripts } = await firstLoadJs(screen.path);
      expect(scripts).toBeGreaterThan(0);
      console.log(`${screen.path}: first-load JS ${(gzipBytes / 1024).toFixed(1)} kB gzip in ${scripts} scripts`);
      expect(gzipBytes).toBeLessThanOrEqual(FIRST_LOAD_JS_BUDGET);
    });
  }

  test("each screen loads with at most 4 JSON-RPC requests, wallet connected", async ({ page }) => {
    await page.goto("/mint");
    await connectWith(page, "test.aid.e2e-wallet");
    await expect(page.getByTestId("balance-usdc")).not.toHaveText("—");
    for (const screen of SCREENS) {
      const requests = await rpcRequestsToLoad(page, screen.path, async (p) => {
        await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
        await screen.loaded(p);
      });
      console.log(`${screen.path}: ${requests} JSON-RPC requests to load`);
      expect(requests, `${screen.name} JSON-RPC requests`).toBeLessThanOrEqual(RPC_REQUESTS_BUDGET);
    }
  });
});
