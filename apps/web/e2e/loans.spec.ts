import { stakedAidAbi } from "@aid/abis";
import { parseUnits } from "viem";
import { formatAid, formatAmount } from "../src/lib/format";
import { AUCTION_DURATION } from "../src/lib/loans";
import {
  ACCOUNTS,
  advanceTime,
  chain,
  confirmReview,
  connectWith,
  contracts,
  expect,
  loanManager,
  mintAid,
  readLoan,
  test,
  walletRequests,
  withChainSnapshot,
} from "./fixtures";
import { registry } from "./titles";

const E2E_WALLET = "test.aid.e2e-wallet";
const SEEDED_AUCTION = 3n;
const SEEDED_LATE = 2n;
const stakedAid = { address: contracts.stakedAid, abi: stakedAidAbi } as const;

test.describe("Loans & auctions", () => {
  test.use({ wallet: { account: ACCOUNTS.bidder } });

  test("lists every seeded loan and buys the live auction's title with a bid", async ({ page }) => {
    const bidder = ACCOUNTS.bidder;
    const auctioned = await readLoan(SEEDED_AUCTION);
    expect(auctioned.status).toBe(2); // Liquidating
    await withChainSnapshot(async () => {
      // AID to pay with: mint it from the account's mock USDC.
      const usdc = 100_000_000_000n;
      await mintAid(bidder, usdc);

      await page.goto("/loans");
      await expect(page.getByRole("heading", { name: "Loans & auctions" })).toBeVisible();
      await expect(page.getByTestId("all-loans")).toHaveAttribute("data-ready", "true");
      for (const id of [1, 2, 3, 4, 5]) await expect(page.getByTestId(`loan-${id}`)).toBeVisible();
      await expect(page.getByTestId("loan-3-status")).toHaveText("In auction");
      await expect(page.getByTestId("loan-4-status")).toHaveText("Repaid");
      await expect(page.getByTestId("loan-2-status")).toContainText("late");

      // The price ticks down by the chain's clock.
      const price = page.getByTestId("auction-3-price");
      const first = await price.textContent();
      await expect.poll(() => price.textContent(), { timeout: 10_000 }).not.toBe(first);

      await connectWith(page, E2E_WALLET);
      const shownPrice = await page.getByTestId("auction-3-bid").textContent();
      // Cancelling the review sends nothing.
      await page.getByTestId("auction-3-bid").click();
      await page.getByTestId("tx-review-cancel").click();
      await expect(page.getByTestId("tx-review")).toHaveCount(0);
      expect(await walletRequests(page)).not.toContain("eth_sendTransaction");
      expect((await readLoan(SEEDED_AUCTION)).status).toBe(2);
      await page.getByTestId("auction-3-bid").click();
      // The review: the price, the title's appraisal and value with the premium or discount, what the bidder gets.
      await confirmReview(page, [
        "You pay (at most)",
        /Title's appraisal\$[\d,.]+ \([\d.]+% (above|below)\)/,
        /Title's value now \(depreciated\)\$[\d,.]+ \([\d.]+% (above|below)\)/,
        `Title #${auctioned.titleId}`,
        /the title's appraisal and [\d.]+% (above|below) its depreciated value/,
      ]);
      expect(shownPrice).toMatch(/^Bid [\d,.]+ AID$/);
      await expect(page.getByTestId("auction-status")).toHaveAttribute("data-status", "confirmed", {
        timeout: 60_000,
      });
      await expect(page.getByTestId("auction-status")).toContainText(
        `You own title #${auctioned.titleId}. Transactions 0x`,
      );
      await expect(page.getByTestId("auction-status")).toContainText("(local chain: no block explorer)");
      const owner = await chain.readContract({
        ...registry,
        functionName: "ownerOf",
        args: [auctioned.titleId],
      });
      expect(owner).toBe(bidder);
      const after = await readLoan(SEEDED_AUCTION);
      expect(after.status).toBe(4); // Sold
      await expect(page.getByTestId("loan-3-status")).toHaveText("Sold");
    });
  });
});

test.describe("Liquidation", () => {
  test.use({ wallet: { account: ACCOUNTS.bidder } });

  test("liquidate a late loan", async ({ page }) => {
    await withChainSnapshot(async () => {
      // The seed leaves loan 2 late, within its grace period: move the chain's clock past its deadline.
      const before = await readLoan(SEEDED_LATE);
      expect(before.status).toBe(1); // Active
      expect(before.late).toBe(true);
      expect(before.defaultReason).toBe(0);
      const { timestamp } = await chain.getBlock();
      await advanceTime(Number(before.deadline - timestamp) + 3_600);
      const due = await readLoan(SEEDED_LATE);
      expect(due.defaultReason).toBe(1); // PaymentOverdue

      await page.goto("/loans");
      await connectWith(page, E2E_WALLET);
      await expect(page.getByTestId("loan-2-status")).toContainText("late");
      await page.getByTestId("liquidate-2").click();
      await confirmReview(page, ["Debt now", /[\d,.]+ AID/, "Only the network fee"]);

      // The confirmation stays on screen after the row has moved to its auction.
      await expect(page.getByTestId("liquidate-status")).toHaveAttribute("data-status", "confirmed", {
        timeout: 60_000,
      });
      await expect(page.getByTestId("liquidation-notice")).toContainText("Liquidation of loan #2");
      await expect(page.getByTestId("loan-2-status")).toHaveText("In auction");
      await expect(page.getByTestId("liquidate-2")).toHaveCount(0);

      const after = await readLoan(SEEDED_LATE);
      expect(after.status).toBe(2); // Liquidating
      expect(after.auctionPrice).toBeGreaterThan(0n);
      const titleStatus = await chain.readContract({
        ...registry,
        functionName: "statusOf",
        args: [after.titleId],
      });
      expect(titleStatus).toBe(5); // Liquidating

      // A live price, at most the 120% start of the value at the default, falling by the chain's clock.
      const price = page.getByTestId("auction-2-price");
      await expect(price).toBeVisible();
      const shown = parseUnits(((await price.textContent()) ?? "").replace(" AID", "").replaceAll(",", ""), 18);
      expect(shown).toBeGreaterThan(0n);
      expect(shown).toBeLessThanOrEqual((after.auctionBasis * 12_000n) / 10_000n);
      const first = await price.textContent();
      await expect.poll(() => price.textContent(), { timeout: 10_000 }).not.toBe(first);

      // The liquidated loan is impaired at once: exits are paid net of its expected shortfall, deposits are not.
      const vault = await chain.readContract({ ...stakedAid, functionName: "vaultState" });
      const state = await chain.readContract({ ...loanManager, functionName: "managerState" });
      expect(vault.impairment).toBe(state.impairment);
      await expect(page.getByTestId("loans-summary")).toContainText(
        `Impairment (expected shortfall of loans in auction): ${formatAid(state.impairment)}`,
      );
      if (vault.impairment > 0n) {
        expect(vault.depositAssets).toBeGreaterThan(vault.totalAssets);
        await page.getByRole("link", { name: "Stake", exact: true }).first().click();
        await expect(page.getByTestId("impairment-note")).toHaveText(
          `A defaulted loan is being auctioned: exits are paid net of its expected shortfall of ${formatAmount(vault.impairment, 18, 2)} AID until the auction settles; deposits pay the full value.`,
        );
      }

      // Once the auction has ended with no bid, the loan can no longer be repaid: the screen offers to close it.
      const ended = await readLoan(SEEDED_LATE);
      const { timestamp: nowTs } = await chain.getBlock();
      await advanceTime(Number(ended.auctionStart + AUCTION_DURATION - nowTs) + 60);
      await page.goto("/loans");
      await expect(page.getByTestId("loan-2-auction-ended")).toContainText("the loan can no longer be repaid");
      await expect(page.getByTestId("auction-2-bid")).toHaveCount(0);
      await page.getByTestId("close-auction-2").click();
      await confirmReview(page, ["Debt written off", /[\d,.]+ AID/, "The recovery address"]);
      await expect(page.getByTestId("close-auction-status")).toHaveAttribute("data-status", "confirmed", {
        timeout: 60_000,
      });
      expect((await readLoan(SEEDED_LATE)).status).toBe(5); // WrittenOff
      await expect(page.getByTestId("loan-2-status")).toHaveText("Written off");
    });
  });
});
