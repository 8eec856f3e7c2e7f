import { aidAbi } from "@aid/abis";
import { parseUnits } from "viem";
import { SEEDED } from "./accounts";
import {
  ACCOUNTS,
  balanceOf,
  confirmReview,
  connectWith,
  contracts,
  expect,
  loanManager,
  mintAid,
  readLoan,
  sendAs,
  test,
  withChainSnapshot,
} from "./fixtures";

const SEEDED_AUCTION = 3n;
const SOLD = 4;

test.describe("A borrower whose title was sold for more than the debt", () => {
  test.use({ wallet: { account: SEEDED.auctionedBorrower } });

  test("sees the surplus on Borrow and claims it", async ({ page }) => {
    const borrower = SEEDED.auctionedBorrower;
    const bidder = ACCOUNTS.bidder;
    const auctioned = await readLoan(SEEDED_AUCTION);
    expect(auctioned.status).toBe(2); // Liquidating
    expect(auctioned.borrower).toBe(borrower);

    await withChainSnapshot(async () => {
      // Another account buys the title early in the auction, when the price is above the debt.
      const usdc = 100_000_000_000n;
      await mintAid(bidder, usdc);
      await sendAs(bidder, {
        address: contracts.aid,
        abi: aidAbi,
        functionName: "approve",
        args: [loanManager.address, 10n ** 30n],
      });
      await sendAs(bidder, { ...loanManager, functionName: "bid", args: [SEEDED_AUCTION] });
      const sold = await readLoan(SEEDED_AUCTION);
      expect(sold.status).toBe(SOLD);
      const surplus = sold.surplusClaimable;
      expect(surplus).toBeGreaterThan(0n);
      const before = await balanceOf(contracts.aid, borrower);

      await page.goto("/borrow");
      await connectWith(page, "test.aid.e2e-wallet");
      const row = page.getByTestId(`my-loan-${SEEDED_AUCTION}`);
      await expect(row.getByTestId(`my-loan-${SEEDED_AUCTION}-status-label`)).toHaveText("Sold");
      const claim = row.getByTestId(`my-loan-${SEEDED_AUCTION}-claim`);
      const shown = (await claim.textContent()) ?? "";
      // The amount shown (4 decimals) is the chain's surplus.
      const amount = parseUnits((shown.match(/^Claim ([\d,.]+) AID$/)?.[1] ?? "").replaceAll(",", ""), 18);
      const difference = amount > surplus ? amount - surplus : surplus - amount;
      expect(difference).toBeLessThanOrEqual(10n ** 14n);
      await claim.click();
      await confirmReview(page, ["You receive", shown.replace(/^Claim /, "")]);
      await expect(row.getByTestId(`my-loan-${SEEDED_AUCTION}-status`)).toHaveAttribute("data-status", "confirmed", {
        timeout: 60_000,
      });

      // The chain paid exactly the surplus to the borrower, and nothing is left to claim.
      expect((await readLoan(SEEDED_AUCTION)).surplusClaimable).toBe(0n);
      expect((await balanceOf(contracts.aid, borrower)) - before).toBe(surplus);
      await expect(claim).toHaveCount(0);
      await expect(row).not.toContainText("to claim");
    });
  });
});
