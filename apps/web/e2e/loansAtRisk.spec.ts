import type { Page } from "@playwright/test";
import { formatTimestamp } from "../src/lib/format";
import {
  ACCOUNTS,
  advanceTime,
  chain,
  confirmReview,
  connectWith,
  expect,
  readLoan,
  test,
  withChainSnapshot,
} from "./fixtures";
import { registry } from "./titles";

const E2E_WALLET = "test.aid.e2e-wallet";
const SEEDED_LATE = 2n;

/** Opens the console, connecting the wallet unless it reconnected by itself. */
async function openConsole(page: Page) {
  await page.goto("/appraise");
  const connect = page.getByRole("button", { name: "Connect Wallet" }).first();
  await expect(page.getByTestId("loans-at-risk").or(connect)).toBeVisible();
  if (await connect.isVisible()) await connectWith(page, E2E_WALLET);
  await expect(page.getByTestId("loans-at-risk")).toHaveAttribute("data-ready", "true");
}

test.describe("Appraiser console: loans at risk", () => {
  // Account 0 holds the appraiser role on the local chain.
  test.use({ wallet: { account: ACCOUNTS.dev } });

  test("lists the late loan with its reason, then liquidates it once the contract allows", async ({ page }) => {
    await withChainSnapshot(async () => {
      const late = await readLoan(SEEDED_LATE);
      expect(late.status).toBe(1);
      expect(late.late).toBe(true);
      expect(late.defaultReason).toBe(0); // within its grace period

      await openConsole(page);
      const row = page.getByTestId("at-risk-2");
      await expect(row).toContainText(`title #${late.titleId}`);
      await expect(row.getByTestId("at-risk-2-reasons")).toContainText(/Payment due .* is \d+ days? late/);
      await expect(row).toContainText(`${late.borrower.slice(0, 6)}…${late.borrower.slice(-4)}`);
      await expect(row.getByTestId("at-risk-2-action")).toHaveText(
        `Liquidatable after ${formatTimestamp(late.deadline)} if nothing changes`,
      );
      await expect(row.getByTestId("at-risk-2-liquidate")).toHaveCount(0);
      // The performing, well-covered seeded loans are not listed; the auctioned and repaid ones are not Active.
      for (const id of [1, 3, 4]) await expect(page.getByTestId(`at-risk-${id}`)).toHaveCount(0);

      // Past the deadline the contract allows anyone to liquidate it.
      const { timestamp } = await chain.getBlock();
      await advanceTime(Number(late.deadline - timestamp) + 3_600);
      expect((await readLoan(SEEDED_LATE)).defaultReason).toBe(1);
      await openConsole(page);
      await expect(row.getByTestId("at-risk-2-action")).toContainText("Liquidatable now: payment overdue");
      await row.getByTestId("at-risk-2-liquidate").click();
      await confirmReview(page, ["Liquidate loan #2", "Debt now", /[\d,.]+ AID/, "Only the network fee"]);
      await expect(page.getByTestId("at-risk-liquidate-status")).toHaveAttribute("data-status", "confirmed", {
        timeout: 60_000,
      });
      await expect(page.getByTestId("console-notice")).toHaveText(
        "Loan #2 liquidated: its title is now in a Dutch auction.",
      );
      // No longer Active, so no longer at risk.
      await expect(page.getByTestId("at-risk-2")).toHaveCount(0);

      const after = await readLoan(SEEDED_LATE);
      expect(after.status).toBe(2); // Liquidating
      const titleStatus = await chain.readContract({
        ...registry,
        functionName: "statusOf",
        args: [after.titleId],
      });
      expect(titleStatus).toBe(5); // Liquidating
    });
  });
});
