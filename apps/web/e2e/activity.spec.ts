import { readFileSync } from "node:fs";
import { aidMinterAbi, loanManagerAbi, loanManagerAddress, stakedAidAbi } from "@aid/abis";
import { formatUnits, parseUnits } from "viem";
import { foundry } from "viem/chains";
import { formatAmount } from "../src/lib/format";
import { SEEDED } from "./accounts";
import { ACCOUNTS, chain, connectWith, contracts, expect, mintAid, sendAs, test } from "./fixtures";

test.describe("Activity", () => {
  test.use({ wallet: { account: ACCOUNTS.activity } });

  test("lists the account's mints, redemptions, stakes and exit requests newest first, and exports them as CSV", async ({
    page,
  }) => {
    const account = ACCOUNTS.activity;
    const mint = await mintAid(account, 300_000_000n);
    const redeem = await sendAs(account, {
      address: contracts.minter,
      abi: aidMinterAbi,
      functionName: "redeem",
      args: [parseUnits("50", 18), account],
    });
    const stake = await sendAs(account, {
      address: contracts.stakedAid,
      abi: stakedAidAbi,
      functionName: "deposit",
      args: [parseUnits("100", 18), account],
    });
    // The share price is not 1 once the demo loans accrue interest: the stake buys what the chain says.
    const sharesBought = await chain.readContract({
      address: contracts.stakedAid,
      abi: stakedAidAbi,
      functionName: "balanceOf",
      args: [account],
    });
    const request = await sendAs(account, {
      address: contracts.stakedAid,
      abi: stakedAidAbi,
      functionName: "requestRedeem",
      args: [parseUnits("40", 18)],
    });
    const requestId =
      (await chain.readContract({ address: contracts.stakedAid, abi: stakedAidAbi, functionName: "vaultState" }))
        .nextRequestId - 1n;

    await page.goto("/activity");
    await connectWith(page, "test.aid.e2e-wallet");
    await expect(page.getByTestId("activity-summary")).toContainText("4 events up to block");
    const rows = page.getByTestId("activity-row");
    await expect(rows).toHaveCount(4);
    const expected = [
      [request.blockNumber, `Request exit #${requestId}`, "40 sAID", "—"],
      [stake.blockNumber, "Stake AID", "100 AID", `${formatAmount(sharesBought, 18)} sAID`],
      [redeem.blockNumber, "Redeem AID", "50 AID", "50 USDC"],
      [mint.blockNumber, "Mint AID", "300 USDC", "300 AID"],
    ] as const;
    for (const [index, [block, action, sent, received]] of expected.entries()) {
      const cells = rows.nth(index).getByRole("cell");
      await expect(cells.nth(0)).toContainText(block.toString());
      await expect(cells.nth(1)).toHaveText(action);
      await expect(cells.nth(2)).toHaveText(sent);
      await expect(cells.nth(3)).toHaveText(received);
    }

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`aid-activity-${account.toLowerCase()}.csv`);
    const lines = readFileSync((await download.path()) as string, "utf8").split("\r\n");
    expect(lines[0]).toBe(
      "block,time (UTC),action,sent,sent token,received,received token,exit request,note,transaction",
    );
    expect(lines).toHaveLength(5);
    const mintBlock = await chain.getBlock({ blockNumber: mint.blockNumber });
    expect(lines[4]).toBe(
      `${mint.blockNumber},${new Date(Number(mintBlock.timestamp) * 1000).toISOString()},Mint AID,300,USDC,300,AID,,,${mint.transactionHash}`,
    );
    expect(lines[1]).toContain(
      `,Request exit,40,sAID,,,${requestId},sAID escrowed in the exit queue,${request.transactionHash}`,
    );
  });
});

test.describe("Activity of a seeded borrower", () => {
  test.use({ wallet: { account: SEEDED.titleHolder } });

  test("lists the loan the account opened and its repayment, with the amounts the chain recorded", async ({ page }) => {
    const account = SEEDED.titleHolder;
    const loanManager = { address: loanManagerAddress[foundry.id], abi: loanManagerAbi } as const;
    const fromBlock = 0n;
    const [opened] = await chain.getContractEvents({
      ...loanManager,
      eventName: "LoanOpened",
      args: { borrower: account },
      fromBlock,
      strict: true,
    });
    const [repaid] = await chain.getContractEvents({
      ...loanManager,
      eventName: "LoanRepaid",
      args: { payer: account },
      fromBlock,
      strict: true,
    });
    expect(opened.args.loanId).toBe(1n); // the seed: account 5 borrowed loan 1 and paid its first installment
    expect(repaid.args.loanId).toBe(1n);
    const { titleId, principal, fee } = opened.args;

    await page.goto("/activity");
    await connectWith(page, "test.aid.e2e-wallet");
    await expect(page.getByTestId("activity-summary")).toContainText("up to block");
    const borrowRow = page
      .getByTestId("activity-row")
      .filter({ hasText: `Borrow against title #${titleId} (loan #1)` });
    await expect(borrowRow).toHaveCount(1);
    const borrowCells = borrowRow.getByRole("cell");
    await expect(borrowCells.nth(0)).toContainText(opened.blockNumber.toString());
    await expect(borrowCells.nth(3)).toHaveText(`${formatAmount(principal - fee, 18)} AID`);
    await expect(borrowCells.nth(4)).toContainText(
      `${formatUnits(principal, 18)} AID borrowed, ${formatUnits(fee, 18)} AID origination fee; title pledged`,
    );
    const repayRow = page.getByTestId("activity-row").filter({ hasText: "Repay loan #1" });
    await expect(repayRow).toHaveCount(1);
    await expect(repayRow.getByRole("cell").nth(2)).toHaveText(
      `${formatAmount(repaid.args.interest + repaid.args.principalPaid, 18)} AID`,
    );
    // The account's title listings are there too.
    await expect(page.getByTestId("activity-row").filter({ hasText: `List title #${titleId}` })).toHaveCount(1);
  });
});
