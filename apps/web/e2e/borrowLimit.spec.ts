import { stakedAidAbi } from "@aid/abis";
import { keccak256, stringToHex } from "viem";
import { formatAid } from "../src/lib/format";
import {
  ACCOUNTS,
  advanceTime,
  balanceOf,
  chain,
  connectWith,
  contracts,
  expect,
  loanManager,
  mintAid,
  readLoan,
  sendAs,
  stakeAid,
  test,
  withChainSnapshot,
} from "./fixtures";
import { DAY, listTitle, registry, USD } from "./titles";

const E18 = 10n ** 18n;
const stakedAid = { address: contracts.stakedAid, abi: stakedAidAbi } as const;

test.describe("The most the borrow form offers", () => {
  test.use({ wallet: { account: ACCOUNTS.edgeBorrower } });

  test("the vault's limit is the one at a block ten minutes ahead: an exit that becomes eligible meanwhile is counted", async ({
    page,
  }) => {
    await withChainSnapshot(async () => {
      const borrower = ACCOUNTS.edgeBorrower;
      const titleId = await listTitle(borrower, ["E2EEDGE0002"], "E2E DC Edge");
      await sendAs(ACCOUNTS.dev, {
        ...registry,
        functionName: "appraise",
        args: [
          titleId,
          10_000n * USD,
          (await chain.getBlock()).timestamp + BigInt(90 * DAY),
          keccak256(stringToHex("e2e edge appraisal 2")),
        ],
      });
      await mintAid(borrower, 30_000_000_000n);
      await stakeAid(borrower, 5_000n * E18);
      // An exit of all those shares whose cooldown ends five minutes from now: the vault fills it before it lends again.
      await sendAs(borrower, {
        address: contracts.stakedAid,
        abi: stakedAidAbi,
        functionName: "requestRedeem",
        args: [await balanceOf(contracts.stakedAid, borrower), borrower, borrower],
      });
      const { nextRequestId } = await chain.readContract({ ...stakedAid, functionName: "vaultState" });
      const request = await chain.readContract({
        ...stakedAid,
        functionName: "getRequest",
        args: [nextRequestId - 1n],
      });
      await advanceTime(Number(request.eligibleAt - (await chain.getBlock()).timestamp) - 300);
      const [, availableNow] = await chain.readContract({ ...loanManager, functionName: "maxBorrow", args: [titleId] });
      expect(availableNow).toBeGreaterThan(7_000n * E18);

      await page.goto("/borrow");
      await connectWith(page, "test.aid.e2e-wallet");
      await page.getByTestId(`open-loan-button-${titleId}`).click();
      const formId = `open-loan-${titleId}`;
      const form = page.getByTestId(formId);
      const margin = form.getByTestId(`${formId}-margin`);
      await expect(margin).toContainText("what the savings vault can lend then");
      const shownMax = BigInt((await margin.getAttribute("data-max")) ?? "0");
      expect(shownMax).toBeLessThan(availableNow);
      expect(shownMax).toBeGreaterThan(100n * E18);
      await form.getByRole("button", { name: "Max" }).click();
      await form.getByTestId(`${formId}-submit`).click();
      await expect(page.getByText(`Loan opened against title #${titleId}:`)).toBeVisible({ timeout: 60_000 });
      const [mine] = await chain.readContract({ ...loanManager, functionName: "loansOf", args: [borrower, 1n, 1000n] });
      expect(mine.find((l) => l.titleId === titleId)?.principal).toBe(shownMax);
    });
  });

  test("a loan at the displayed maximum of a $10,000 title succeeds (issue 16: it reverted with a generic error)", async ({
    page,
  }) => {
    await withChainSnapshot(async () => {
      const borrower = ACCOUNTS.edgeBorrower;
      const titleId = await listTitle(borrower, ["E2EEDGE0001"], "E2E DC Edge");
      const { timestamp } = await chain.getBlock();
      await sendAs(ACCOUNTS.dev, {
        ...registry,
        functionName: "appraise",
        args: [titleId, 10_000n * USD, timestamp + BigInt(90 * DAY), keccak256(stringToHex("e2e edge appraisal"))],
      });
      // Enough in the vault that the title's value binds, not the vault's liquidity.
      await mintAid(borrower, 30_000_000_000n);
      await stakeAid(borrower, 25_000n * E18);

      await page.goto("/borrow");
      await connectWith(page, "test.aid.e2e-wallet");
      await page.getByTestId(`open-loan-button-${titleId}`).click();
      const formId = `open-loan-${titleId}`;
      const form = page.getByTestId(formId);
      const margin = form.getByTestId(`${formId}-margin`);
      await expect(margin).toContainText("up to 10 minutes from now");
      await expect(margin).toContainText("70.00% of the title's value then");
      const shownMax = BigInt((await margin.getAttribute("data-max")) ?? "0");
      // 70% of $10,000 depreciated (20% a year) over at least the 10-minute margin: just under 7,000 AID.
      expect(shownMax).toBeGreaterThan(6_999n * E18);
      expect(shownMax).toBeLessThan(7_000n * E18);
      await expect(form.getByLabel(/Borrow/)).toBeVisible();
      await expect(form.locator(`label[for="${formId}-amount"]`)).toHaveText(`Borrow (up to ${formatAid(shownMax)})`);

      await form.getByRole("button", { name: "Max" }).click();
      await form.getByTestId(`${formId}-submit`).click();
      await expect(page.getByText(`Loan opened against title #${titleId}:`)).toBeVisible({ timeout: 60_000 });
      const [mine] = await chain.readContract({ ...loanManager, functionName: "loansOf", args: [borrower, 1n, 1000n] });
      const opened = mine.find((l) => l.titleId === titleId);
      expect(opened?.status).toBe(1);
      const loan = await readLoan(opened?.id as bigint);
      expect(loan.principal).toBe(shownMax);
    });
  });
});
