import { parseUnits } from "viem";
import {
  ACCOUNTS,
  balanceOf,
  connectWith,
  contracts,
  expect,
  test,
  walletRequests,
  walletSwitchesTo,
} from "./fixtures";

test.describe("Development account", () => {
  test.use({ wallet: null });

  test("is offered on the local chain, connects and mints", async ({ page }) => {
    const aidBefore = await balanceOf(contracts.aid, ACCOUNTS.dev);
    await page.goto("/mint");
    await connectWith(page, "devAccount");
    await expect(page.getByRole("button", { name: /0xf3.*2266/ })).toBeVisible();
    await expect(page.getByTestId("balance-usdc")).not.toHaveText("—");

    await page.getByLabel("Amount of USDC").fill("1");
    await page.getByRole("button", { name: "Mint AID" }).click();
    await expect(page.getByTestId("mint-status")).toHaveAttribute("data-status", "confirmed", { timeout: 60_000 });
    expect(await balanceOf(contracts.aid, ACCOUNTS.dev)).toBe(aidBefore + parseUnits("1", 18));

    // It stays connected across a reload, and a fresh profile starts disconnected (checked by every other test).
    await page.reload();
    await expect(page.getByTestId("balance-aid")).toBeVisible();
  });
});

test.describe("Wrong network", () => {
  test.use({ wallet: { account: ACCOUNTS.wrongNetwork } });

  test("says so, offers the switch, and asks to switch before any write", async ({ page }) => {
    await page.goto("/mint");
    await connectWith(page, "test.aid.e2e-wallet");
    await expect(page.getByTestId("balance-usdc")).toHaveText("100,000 USDC");

    await walletSwitchesTo(page, "0x1");
    const banner = page.getByRole("alert").filter({ hasText: "Wrong network" });
    await expect(banner).toContainText("Your wallet is on chain 1");
    await banner.getByRole("button", { name: /Switch to/ }).click();
    await expect(banner).toHaveCount(0);
    expect(await walletRequests(page)).toContain("wallet_switchEthereumChain");

    // On the wrong chain again, a write first asks the wallet to switch, then signs on the right chain.
    await walletSwitchesTo(page, "0x1");
    await expect(banner).toBeVisible();
    const before = (await walletRequests(page)).length;
    await page.getByLabel("Amount of USDC").fill("3");
    await page.getByRole("button", { name: "Mint AID" }).click();
    await expect(page.getByTestId("mint-status")).toHaveAttribute("data-status", "confirmed", { timeout: 60_000 });
    const during = (await walletRequests(page)).slice(before);
    expect(during.indexOf("wallet_switchEthereumChain")).toBeGreaterThanOrEqual(0);
    expect(during.indexOf("wallet_switchEthereumChain")).toBeLessThan(during.indexOf("eth_sendTransaction"));
    await expect(banner).toHaveCount(0);
    expect(await balanceOf(contracts.aid, ACCOUNTS.wrongNetwork)).toBe(parseUnits("3", 18));
  });
});
