import { aidMinterAbi, gpuTitleRegistryAbi, loanManagerAbi, loanManagerAddress, usdcAbi } from "@aid/abis";
import { keccak256, stringToHex } from "viem";
import { foundry } from "viem/chains";
import { ACCOUNTS, chain, connectWith, contracts, expect, sendAs, test } from "./fixtures";
import { DAY, listTitle, registry, USD } from "./titles";

const E2E_WALLET = "test.aid.e2e-wallet";
const loanManager = { address: loanManagerAddress[foundry.id], abi: loanManagerAbi } as const;

test.describe("Borrow against a title", () => {
  test.use({ wallet: { account: ACCOUNTS.borrower } });

  test("opens a loan on an appraised title, pays the next payment, pays off and gets the title back", async ({
    page,
  }) => {
    const borrower = ACCOUNTS.borrower;
    // State of our own: a listed title appraised by the local appraiser, and AID to pay interest with.
    const titleId = await listTitle(borrower, ["E2E-LOAN-0001"], "E2E DC Loans");
    const { timestamp } = await chain.getBlock();
    await sendAs(ACCOUNTS.dev, {
      ...registry,
      functionName: "appraise",
      args: [titleId, 20_000n * USD, timestamp + BigInt(90 * DAY), keccak256(stringToHex("e2e loan appraisal"))],
    });
    const usdc = 10_000_000_000n; // 10,000 USDC
    await sendAs(borrower, {
      address: contracts.usdc,
      abi: usdcAbi,
      functionName: "approve",
      args: [contracts.minter, usdc],
    });
    await sendAs(borrower, {
      address: contracts.minter,
      abi: aidMinterAbi,
      functionName: "mint",
      args: [usdc, borrower],
    });

    await page.goto("/borrow");
    await connectWith(page, E2E_WALLET);
    await expect(page.getByTestId("my-loans")).toHaveAttribute("data-ready", "true");
    await page.getByTestId(`open-loan-button-${titleId}`).click();
    const form = page.getByTestId(`open-loan-${titleId}`);
    await form.getByLabel(/Borrow/).fill("1000");
    await expect(form.getByTestId(`open-loan-${titleId}-ltv`)).toContainText("5");
    await expect(form.getByTestId(`open-loan-${titleId}-net`)).toContainText("AID");
    await form.getByTestId(`open-loan-${titleId}-submit`).click();
    await expect(page.getByText(`Loan opened against title #${titleId}`)).toBeVisible({ timeout: 60_000 });

    const [mine] = await chain.readContract({ ...loanManager, functionName: "loansOf", args: [borrower, 1n, 1000n] });
    const loan = mine.find((l) => l.titleId === titleId);
    expect(loan?.status).toBe(1);
    expect(loan?.principal).toBe(1000n * 10n ** 18n);
    const loanId = loan?.id as bigint;
    expect(await chain.readContract({ ...registry, functionName: "ownerOf", args: [titleId] })).toBe(
      loanManager.address,
    );

    const row = page.getByTestId(`my-loan-${loanId}`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId(`my-loan-${loanId}-next`)).toContainText("due");
    await row.getByTestId(`my-loan-${loanId}-pay-next`).click();
    await expect(row.getByTestId(`my-loan-${loanId}-status`)).toHaveAttribute("data-status", "confirmed", {
      timeout: 60_000,
    });
    const afterPayment = await chain.readContract({ ...loanManager, functionName: "loan", args: [loanId] });
    expect(afterPayment.installmentsPaid).toBe(1n);

    await row.getByTestId(`my-loan-${loanId}-payoff-button`).click();
    await expect
      .poll(() => chain.readContract({ ...registry, functionName: "ownerOf", args: [titleId] }), { timeout: 60_000 })
      .toBe(borrower);
    const repaid = await chain.readContract({ ...loanManager, functionName: "loan", args: [loanId] });
    expect(repaid.status).toBe(3);
    await expect(page.getByTestId(`my-loan-${loanId}`)).toContainText("Repaid");
  });
});
