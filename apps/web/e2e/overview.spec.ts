import { aidAbi, aidMinterAbi, aidMinterAddress, mockTBillVaultAbi, stakedAidAbi } from "@aid/abis";
import { erc20Abi } from "viem";
import { foundry } from "viem/chains";
import { backingRatio, projectedApy } from "../src/lib/apy";
import { formatAmount, formatBps, formatWadPercent } from "../src/lib/format";
import { ACCOUNTS, chain, contracts, expect, loanManager, sendAs, test, withChainSnapshot } from "./fixtures";

const read = <T>(call: Parameters<typeof chain.readContract>[0]) => chain.readContract(call) as Promise<T>;

/** What the contracts say at `blockNumber`, read directly (not through the app). */
async function onChain(blockNumber: bigint) {
  const [supply, reserve, buffer, tBills, harvestFee, vault, price, tBillShares, rateBps] = await Promise.all([
    read<bigint>({
      blockNumber,
      address: contracts.aid,
      abi: aidAbi,
      functionName: "totalSupply",
    }),
    read<bigint>({
      blockNumber,
      address: contracts.minter,
      abi: aidMinterAbi,
      functionName: "reserveUsdc",
    }),
    read<bigint>({
      blockNumber,
      address: contracts.minter,
      abi: aidMinterAbi,
      functionName: "bufferUsdc",
    }),
    read<bigint>({
      blockNumber,
      address: contracts.minter,
      abi: aidMinterAbi,
      functionName: "tBillUsdc",
    }),
    read<bigint>({
      blockNumber,
      address: contracts.minter,
      abi: aidMinterAbi,
      functionName: "harvestFeeBps",
    }),
    chain.readContract({ blockNumber, address: contracts.stakedAid, abi: stakedAidAbi, functionName: "vaultState" }),
    read<bigint>({
      blockNumber,
      address: contracts.stakedAid,
      abi: stakedAidAbi,
      functionName: "convertToAssets",
      args: [10n ** 18n],
    }),
    read<bigint>({
      blockNumber,
      address: contracts.tBillVault,
      abi: erc20Abi,
      functionName: "balanceOf",
      args: [contracts.minter],
    }),
    read<bigint>({
      blockNumber,
      address: contracts.tBillVault,
      abi: mockTBillVaultAbi,
      functionName: "rateBps",
    }),
  ]);
  return { blockNumber, supply, reserve, buffer, tBills, harvestFee, vault, price, tBillShares, rateBps };
}

const usdc = (value: bigint, digits = 6) => `${formatAmount(value, 6, digits)} USDC`;
const aid = (value: bigint, digits = 6) => `${formatAmount(value, 18, digits)} AID`;

test.describe("Overview and Transparency", () => {
  test.use({ wallet: null });

  test("show the figures the contracts hold, read at one block, with their formulas", async ({ page }) => {
    await withChainSnapshot(async () => {
      // Move most of the reserve into T-bills, so both parts of the reserve are non-zero.
      const rebalanced = await sendAs(ACCOUNTS.observer, {
        address: contracts.minter,
        abi: aidMinterAbi,
        functionName: "rebalance",
      });

      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");
      // Every figure below must be what the chain held at the block the screen names (any later block may exist).
      const blockText = page.getByTestId("overview-block");
      await expect(blockText).toHaveText(/^All figures read at block \d+\.$/);
      const shownBlock = BigInt((await blockText.textContent())?.match(/block (\d+)/)?.[1] ?? "0");
      expect(shownBlock).toBeGreaterThanOrEqual(rebalanced.blockNumber);
      const c = await onChain(shownBlock);
      expect(c.tBills).toBeGreaterThan(0n);
      await expect(page.getByTestId("aid-supply")).toHaveText(aid(c.supply, 2));
      await expect(page.getByTestId("tvl")).toHaveText(usdc(c.reserve, 2));
      await expect(page.getByTestId("backing-ratio")).toHaveText(
        formatWadPercent(backingRatio(c.reserve, c.supply) ?? 0n),
      );
      await expect(page.getByTestId("overview-reserve-buffer")).toHaveText(usdc(c.buffer));
      await expect(page.getByTestId("overview-reserve-t-bills")).toHaveText(usdc(c.tBills));
      await expect(page.getByTestId("share-price")).toHaveText(aid(c.price));
      await expect(page.getByTestId("staked-aid")).toHaveText(aid(c.vault.totalAssets, 2));
      await expect(page.getByTestId("loans-outstanding")).toHaveText(aid(c.vault.bookValue, 2));
      expect(c.vault.bookValue).toBeGreaterThan(0n); // the local seed opens demo loans
      const [fund, outstanding, coverage] = await chain.readContract({
        ...loanManager,
        functionName: "insuranceFund",
      });
      await expect(page.getByTestId("insurance-fund")).toHaveText(aid(fund, 2));
      await expect(page.getByTestId("insurance-fund-metric")).toContainText(
        `covers ${formatBps(coverage)} of ${aid(outstanding, 2)}`,
      );
      const manager = await chain.readContract({
        ...loanManager,
        functionName: "managerState",
        blockNumber: shownBlock,
      });
      await expect(page.getByTestId("impairment")).toHaveText(aid(c.vault.impairment, 2));
      await expect(page.getByTestId("reserved-cover")).toContainText(
        `insurance cover set aside ${aid(manager.reservedCover, 2)}`,
      );
      await expect(page.getByTestId("share-price-metric")).toContainText("sAID exit price");
      await expect(page.getByTestId("utilisation")).toHaveText(formatBps(c.vault.utilisationBps));
      await expect(page.getByTestId("idle-aid")).toHaveText(aid(c.vault.idleAssets, 2));
      await expect(page.getByTestId("exit-queue")).toHaveText(`${formatAmount(c.vault.pendingShares, 18, 2)} sAID`);

      // Projected APY, its T-bill part: T-bills x rate x (1 - harvest fee) / sAID's assets (the loan part is
      // the loan book's interest rate, shown beside it).
      const projected = projectedApy({
        savingsAssets: c.vault.totalAssets,
        tBillUsdc: c.tBills,
        tBillRateBps: c.rateBps,
        harvestFeeBps: c.harvestFee,
        loanInterestPerSecond: 0n,
        feesCollected: 0n,
        feeSeconds: 0n,
      });
      expect(projected?.tBills).toBeGreaterThan(0n);
      await expect(page.getByTestId("apy-split")).toContainText(`T-bills ${formatWadPercent(projected?.tBills ?? 0n)}`);
      await expect(page.getByTestId("apy-split")).toContainText(/loans \d+\.\d\d%/);
      await expect(page.getByTestId("trailing-apy-metric")).toContainText("needs a day of history");
      await expect(page.getByTestId("share-price-chart")).toHaveAttribute("data-points", /^([2-9]|\d\d+)$/);

      // Every metric explains itself and names the block it was read at.
      const tvl = page.getByTestId("tvl-metric");
      await tvl.getByText("How is this calculated?").click();
      await expect(tvl).toContainText("USDC buffer + T-bill shares at their value");
      await expect(page.getByTestId("tvl-block")).toHaveText(`Read at block ${c.blockNumber}.`);

      await page.getByRole("link", { name: "Transparency" }).first().click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Transparency");
      // Transparency reads the latest block: the same state as c (no transaction since), perhaps a later block.
      const transparencyBlock = page.getByTestId("transparency-block");
      await expect(transparencyBlock).toHaveText(/^Read at block \d+\.$/);
      expect(BigInt((await transparencyBlock.textContent())?.match(/block (\d+)/)?.[1] ?? "0")).toBeGreaterThanOrEqual(
        c.blockNumber,
      );
      await expect(page.getByTestId("proof-buffer-value")).toHaveText(usdc(c.buffer));
      await expect(page.getByTestId("proof-tbill-shares-amount")).toHaveText(
        `${formatAmount(c.tBillShares, 6)} shares`,
      );
      await expect(page.getByTestId("proof-tbill-shares-value")).toHaveText(usdc(c.tBills));
      await expect(page.getByTestId("proof-reserve-value")).toHaveText(usdc(c.reserve));
      await expect(page.getByTestId("proof-supply-amount")).toHaveText(aid(c.supply));
      await expect(page.getByTestId("proof-surplus-amount")).toHaveText(aid(c.reserve * 10n ** 12n - c.supply));
      await expect(page.getByTestId("backing-verdict")).toContainText("Fully backed");
      await expect(page.getByTestId("vault-total-amount")).toHaveText(aid(c.vault.totalAssets));
      await expect(page.getByTestId("vault-book-amount")).toHaveText(aid(c.vault.bookValue));
      await expect(page.getByTestId("vault-deposit-amount")).toHaveText(aid(c.vault.depositAssets));
      await expect(page.getByTestId("vault-impairment-amount")).toHaveText(aid(c.vault.impairment));
      await expect(page.getByTestId("vault-reserved-cover-amount")).toHaveText(aid(manager.reservedCover));
      await expect(page.getByTestId("vault-exit-price-amount")).toHaveText(aid(c.price));
      // The loan tape lists every loan the loan manager has recorded (e2e/loanTape.spec.ts checks each row).
      const loanCount = await read<bigint>({
        ...loanManager,
        functionName: "loanCount",
      });
      await expect(page.getByTestId("loan-tape")).toHaveAttribute("data-ready", "true");
      await expect(page.locator('tr[data-testid^="tape-"]')).toHaveCount(Number(loanCount));

      // Each figure links to the contract it is read from, listed with its address.
      await page
        .getByTestId("proof-buffer")
        .getByRole("link", { name: /AIDMinter/ })
        .click();
      await expect(page).toHaveURL(/#contract-minter$/);
      await expect(page.getByTestId("contract-minter-address")).toHaveText(aidMinterAddress[foundry.id]);
      await expect(page.getByTestId("contract-staked-aid-address")).toHaveText(contracts.stakedAid);
    });
  });
});
