import { parseUnits } from "viem";
import { ACCOUNTS, balanceOf, chain, connectWith, contracts, expect, test, walletRequests } from "./fixtures";

const E2E_WALLET = "test.aid.e2e-wallet";

test.describe("Mint page", () => {
  test("connects an EIP-6963 wallet through RainbowKit, mints AID from USDC and redeems it", async ({ page }) => {
    const account = ACCOUNTS.minter;
    const usdcBefore = await balanceOf(contracts.usdc, account);
    const aidBefore = await balanceOf(contracts.aid, account);
    const reserveBefore = await balanceOf(contracts.usdc, contracts.minter);

    await page.goto("/mint");
    await connectWith(page, E2E_WALLET);
    await expect(page.getByTestId("balance-usdc")).toHaveText("100,000 USDC");
    await expect(page.getByTestId("balance-aid")).toHaveText("0 AID");

    await page.getByLabel("Amount of USDC").fill("250.5");
    await expect(page.getByTestId("mint-preview")).toContainText("You receive 250.5 AID");
    await page.getByRole("button", { name: "Mint AID" }).click();
    await expect(page.getByTestId("mint-status")).toHaveAttribute("data-status", "confirmed", { timeout: 60_000 });

    const minted = parseUnits("250.5", 18);
    expect(await balanceOf(contracts.usdc, account)).toBe(usdcBefore - 250_500_000n);
    expect(await balanceOf(contracts.aid, account)).toBe(aidBefore + minted);
    expect(await balanceOf(contracts.usdc, contracts.minter)).toBe(reserveBefore + 250_500_000n);
    await expect(page.getByTestId("balance-usdc")).toHaveText("99,749.5 USDC");
    await expect(page.getByTestId("balance-aid")).toHaveText("250.5 AID");
    await expect(page.getByLabel("Amount of USDC")).toHaveValue("");

    await page.getByLabel("Amount of AID").fill("100.25");
    await expect(page.getByTestId("redeem-preview")).toContainText("You receive 100.25 USDC");
    await page.getByRole("button", { name: "Redeem AID" }).click();
    await expect(page.getByTestId("redeem-status")).toHaveAttribute("data-status", "confirmed", { timeout: 60_000 });

    expect(await balanceOf(contracts.aid, account)).toBe(aidBefore + minted - parseUnits("100.25", 18));
    expect(await balanceOf(contracts.usdc, account)).toBe(usdcBefore - 250_500_000n + 100_250_000n);
    await expect(page.getByTestId("balance-aid")).toHaveText("150.25 AID");
    await expect(page.getByTestId("balance-usdc")).toHaveText("99,849.75 USDC");
  });
});

test.describe("Mint form validation", () => {
  test.use({ wallet: { account: ACCOUNTS.badInput } });

  test("bad input shows a clear message and sends no transaction", async ({ page }) => {
    await page.goto("/mint");
    await connectWith(page, E2E_WALLET);
    await expect(page.getByTestId("balance-usdc")).toHaveText("100,000 USDC");
    const nonceBefore = await chain.getTransactionCount({ address: ACCOUNTS.badInput });

    const amount = page.getByLabel("Amount of USDC");
    const mint = page.getByRole("button", { name: "Mint AID" });
    const cases: [string, string][] = [
      ["", "Enter an amount."],
      ["abc", "Enter a number, like 100 or 12.5."],
      ["-5", "The amount must be positive."],
      ["0", "Enter an amount greater than zero."],
      ["1.0000001", "USDC amounts have at most 6 decimal places."],
      ["100000.01", "You have only 100,000 USDC."],
    ];
    for (const [input, message] of cases) {
      await amount.fill(input);
      await mint.click();
      await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
      await expect(amount).toHaveAttribute("aria-invalid", "true");
    }
    await expect(page.getByTestId("mint-status")).toHaveCount(0);
    expect(await walletRequests(page)).not.toContain("eth_sendTransaction");
    expect(await chain.getTransactionCount({ address: ACCOUNTS.badInput })).toBe(nonceBefore);
  });
});
