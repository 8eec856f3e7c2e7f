import { aidMinterAbi } from "@aid/abis";
import { parseUnits } from "viem";
import { formatAmount } from "../src/lib/format";
import {
  ACCOUNTS,
  balanceOf,
  chain,
  connectWith,
  contracts,
  expect,
  sendAs,
  test,
  walletRequests,
  withChainSnapshot,
} from "./fixtures";

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

test.describe("Mint page with fees", () => {
  test.use({ wallet: { account: ACCOUNTS.observer } });

  test("reads the minter's fees and reserve, previews what the contract pays, and charges exactly that", async ({
    page,
  }) => {
    const account = ACCOUNTS.observer;
    await withChainSnapshot(async () => {
      // The admin (the deployer, anvil #0, on the local chain) turns fees on: 0.30% to mint, 0.50% to redeem.
      await sendAs(ACCOUNTS.dev, {
        address: contracts.minter,
        abi: aidMinterAbi,
        functionName: "setFees",
        args: [30n, 50n],
      });
      const [buffer, tBills] = await Promise.all([
        chain.readContract({ address: contracts.minter, abi: aidMinterAbi, functionName: "bufferUsdc" }),
        chain.readContract({ address: contracts.minter, abi: aidMinterAbi, functionName: "tBillUsdc" }),
      ]);

      await page.goto("/mint");
      await connectWith(page, E2E_WALLET);
      await expect(page.getByTestId("mint-fees")).toHaveText("mint 0.30% · redeem 0.50%");
      await expect(page.getByTestId("reserve-buffer")).toHaveText(`${formatAmount(buffer, 6)} USDC`);
      await expect(page.getByTestId("reserve-t-bills")).toHaveText(`${formatAmount(tBills, 6)} USDC`);

      await page.getByLabel("Amount of USDC").fill("100");
      await expect(page.getByTestId("mint-preview")).toContainText("You receive 99.7 AID");
      await expect(page.getByTestId("mint-preview")).toContainText("fee 0.30%");
      const expectedAid = await chain.readContract({
        address: contracts.minter,
        abi: aidMinterAbi,
        functionName: "previewMint",
        args: [100_000_000n],
      });
      expect(expectedAid).toBe(parseUnits("99.7", 18));
      await page.getByRole("button", { name: "Mint AID" }).click();
      await expect(page.getByTestId("mint-status")).toHaveAttribute("data-status", "confirmed", { timeout: 60_000 });
      expect(await balanceOf(contracts.aid, account)).toBe(expectedAid);

      const usdcBefore = await balanceOf(contracts.usdc, account);
      await page.getByLabel("Amount of AID").fill("10");
      await expect(page.getByTestId("redeem-preview")).toContainText("You receive 9.95 USDC");
      await page.getByRole("button", { name: "Redeem AID" }).click();
      await expect(page.getByTestId("redeem-status")).toHaveAttribute("data-status", "confirmed", { timeout: 60_000 });
      expect(await balanceOf(contracts.usdc, account)).toBe(usdcBefore + 9_950_000n);
    });
  });
});
