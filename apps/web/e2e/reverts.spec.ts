import { parseUnits } from "viem";
import {
  ACCOUNTS,
  balanceOf,
  connectWith,
  contracts,
  expect,
  setReserveUsdc,
  test,
  walletRequests,
  withChainSnapshot,
} from "./fixtures";

test.describe("A transaction the contract would refuse", () => {
  test.use({ wallet: { account: ACCOUNTS.reverts } });

  test("shows the decoded reason in plain language and sends nothing", async ({ page }) => {
    await page.goto("/mint");
    await connectWith(page, "test.aid.e2e-wallet");
    await page.getByLabel("Amount of USDC").fill("10");
    await page.getByRole("button", { name: "Mint AID" }).click();
    await expect(page.getByTestId("mint-status")).toHaveAttribute("data-status", "confirmed", { timeout: 60_000 });

    // A reserve shortfall (as if USDC held by the minter were frozen): it keeps only 1 USDC.
    await withChainSnapshot(async () => {
      await setReserveUsdc(1_000_000n);
      const aidBefore = await balanceOf(contracts.aid, ACCOUNTS.reverts);
      const sentBefore = (await walletRequests(page)).filter((m) => m === "eth_sendTransaction").length;

      await page.getByLabel("Amount of AID").fill("5");
      await page.getByRole("button", { name: "Redeem AID" }).click();
      const status = page.getByTestId("redeem-status");
      await expect(status).toHaveAttribute("data-status", "failed");
      await expect(status).toContainText(
        "The reserve holds 1 USDC right now, less than the 5 USDC this redemption pays. Try a smaller amount.",
      );
      await expect(status).not.toContainText(/0x[0-9a-f]{8}|execution reverted|RPC/i);
      expect((await walletRequests(page)).filter((m) => m === "eth_sendTransaction").length).toBe(sentBefore);
      expect(await balanceOf(contracts.aid, ACCOUNTS.reverts)).toBe(aidBefore);
      expect(aidBefore).toBe(parseUnits("10", 18));
    });
  });
});
