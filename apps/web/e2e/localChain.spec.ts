import { chain, expect, test, withChainSnapshot } from "./fixtures";

test.describe("Local chain tools", () => {
  test("move the local chain's clock forward by a day, labelled as a local-chain tool", async ({ page }) => {
    await withChainSnapshot(async () => {
      await page.goto("/stake");
      const panel = page.getByTestId("local-chain-panel");
      await panel.getByText("Local chain tools").click();
      await expect(panel).toContainText("For the local development chain only");
      const before = (await chain.getBlock()).timestamp;
      await panel.getByRole("button", { name: "+1 day" }).click();
      await expect(panel.getByTestId("local-chain-message")).toContainText("Moved one day on (1 d)");
      const after = (await chain.getBlock()).timestamp;
      expect(after - before).toBeGreaterThanOrEqual(86_400n);
      expect(after - before).toBeLessThan(86_400n + 120n);
    });
  });
});
