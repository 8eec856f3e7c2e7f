import { aidAbi, stakedAidAbi } from "@aid/abis";
import type { Locator, Page } from "@playwright/test";
import { decodeFunctionData, parseUnits } from "viem";
import { formatAmount, formatTimestamp } from "../src/lib/format";
import {
  ACCOUNTS,
  advanceTime,
  balanceOf,
  chain,
  confirmReview,
  connectWith,
  contracts,
  expect,
  mintAid,
  sendAs,
  test,
  walletRequests,
  withChainSnapshot,
} from "./fixtures";

const E2E_WALLET = "test.aid.e2e-wallet";
const aid = (value: bigint, digits = 6) => `${formatAmount(value, 18, digits)} AID`;
const said = (value: bigint, digits = 6) => `${formatAmount(value, 18, digits)} sAID`;
const sent = async (page: Page) => (await walletRequests(page)).filter((m) => m === "eth_sendTransaction").length;

/**
 * The local seed has loans accruing interest, so sAID's price is above 1 and moves every second: amounts that
 * depend on it are checked against the chain within 0.01 rather than to the digit.
 */
async function expectAbout(locator: Locator, expected: bigint, which: "first" | "last" = "first") {
  await expect
    .poll(async () => {
      const numbers = ((await locator.textContent()) ?? "").replaceAll(",", "").match(/-?\d+(\.\d+)?/g) ?? [];
      const shown = numbers.length ? parseUnits(numbers[which === "first" ? 0 : numbers.length - 1], 18) : -1n;
      const difference = shown > expected ? shown - expected : expected - shown;
      return difference <= 10n ** 16n;
    })
    .toBe(true);
}

const toAssets = (shares: bigint) =>
  chain.readContract({
    address: contracts.stakedAid,
    abi: stakedAidAbi,
    functionName: "convertToAssets",
    args: [shares],
  });
const previewDeposit = (assets: bigint) =>
  chain.readContract({
    address: contracts.stakedAid,
    abi: stakedAidAbi,
    functionName: "previewDeposit",
    args: [assets],
  });

const getRequest = (requestId: bigint) =>
  chain.readContract({
    address: contracts.stakedAid,
    abi: stakedAidAbi,
    functionName: "getRequest",
    args: [requestId],
  });
const claimableOf = (account: `0x${string}`) =>
  chain.readContract({
    address: contracts.stakedAid,
    abi: stakedAidAbi,
    functionName: "claimable",
    args: [account],
  });
const lastRequestId = async () =>
  (await chain.readContract({ address: contracts.stakedAid, abi: stakedAidAbi, functionName: "vaultState" }))
    .nextRequestId - 1n;

test.describe("Stake, exit queue and claim", () => {
  test.use({ wallet: { account: ACCOUNTS.saver } });

  test("stakes AID with no approval, requests an exit, and after the cooldown processes the queue and claims", async ({
    page,
  }) => {
    const account = ACCOUNTS.saver;
    await page.goto("/mint");
    await connectWith(page, E2E_WALLET);
    await expect(page.getByTestId("balance-usdc")).toHaveText("100,000 USDC");
    await page.getByLabel("Amount of USDC").fill("1000");
    await page.getByRole("button", { name: "Mint AID" }).click();
    await expect(page.getByTestId("mint-status")).toHaveAttribute("data-status", "confirmed", { timeout: 60_000 });

    await page.getByRole("link", { name: "Stake", exact: true }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Stake AID");
    await expect(page.getByTestId("stake-balance-aid")).toHaveText("1,000 AID");
    await expect(page.getByTestId("requests-empty")).toBeVisible();
    const sentBefore = await sent(page);

    await page.getByLabel("Amount of AID").fill("400");
    const previewed = await previewDeposit(parseUnits("400", 18));
    await expectAbout(page.getByTestId("stake-preview"), previewed);
    // The least the stake accepts: the preview less 0.5%, sent as deposit's minShares.
    await expectAbout(page.getByTestId("stake-minimum"), (previewed * 995n) / 1000n);
    await expect(page.getByTestId("stake-preview")).toContainText("No approval needed");
    const displayedMinimum = parseUnits(
      ((await page.getByTestId("stake-minimum").textContent()) ?? "").replaceAll(",", "").match(/\d+(\.\d+)?/)?.[0] ??
        "0",
      18,
    );
    expect(displayedMinimum).toBeGreaterThan(0n);
    await page.getByRole("button", { name: "Stake AID" }).click();
    await expect(page.getByTestId("stake-status")).toHaveAttribute("data-status", "confirmed", { timeout: 60_000 });
    // One transaction, no approval: the vault pulls AID through AID.savingsPull.
    expect(await sent(page)).toBe(sentBefore + 1);
    expect(
      await chain.readContract({
        address: contracts.aid,
        abi: aidAbi,
        functionName: "allowance",
        args: [account, contracts.stakedAid],
      }),
    ).toBe(0n);

    // The guarded overload was sent: deposit(assets, receiver, minShares), with the minimum the screen showed.
    const [deposited] = await chain.getContractEvents({
      address: contracts.stakedAid,
      abi: stakedAidAbi,
      eventName: "Deposit",
      args: { owner: account },
      fromBlock: 0n,
      strict: true,
    });
    const stakeTx = await chain.getTransaction({ hash: deposited.transactionHash });
    const call = decodeFunctionData({ abi: stakedAidAbi, data: stakeTx.input });
    expect(call.functionName).toBe("deposit");
    expect(call.args).toHaveLength(3);
    const minShares = (call.args as readonly bigint[])[2];
    const off = minShares > displayedMinimum ? minShares - displayedMinimum : displayedMinimum - minShares;
    expect(off).toBeLessThanOrEqual(10n ** 16n);
    expect(deposited.args.shares).toBeGreaterThanOrEqual(minShares);

    const shares = await balanceOf(contracts.stakedAid, account);
    expect(shares).toBeLessThanOrEqual(parseUnits("400", 18)); // the price is at least 1
    expect(shares).toBeGreaterThan(parseUnits("380", 18));
    expect(await balanceOf(contracts.aid, account)).toBe(parseUnits("600", 18));
    await expect(page.getByTestId("position-said")).toHaveText(said(shares));
    await expectAbout(page.getByTestId("position-said-value"), await toAssets(shares));
    await expect(page.getByTestId("stake-balance-aid")).toHaveText("600 AID");
    // Yield earned = value now at the exit price − AID staked: negative at first while a loan is impaired (the seed
    // leaves one in auction), since the stake paid the full deposit price.
    await expectAbout(page.getByTestId("position-yield"), (await toAssets(shares)) - parseUnits("400", 18));

    await page.getByLabel("Amount of sAID").fill("150");
    await expect(page.getByTestId("exit-preview")).toContainText("Worth now about");
    await expectAbout(page.getByTestId("exit-preview"), await toAssets(parseUnits("150", 18)));
    await page.getByRole("button", { name: "Request exit" }).click();
    await expect(page.getByTestId("exit-status")).toHaveAttribute("data-status", "confirmed", { timeout: 60_000 });

    const id = await lastRequestId();
    const view = await getRequest(id);
    expect(view.status).toBe(1);
    expect(view.shares).toBe(parseUnits("150", 18));
    // The seeded demo request of account 9 (1,500 sAID) is ahead of it.
    expect(view.sharesAhead).toBeGreaterThanOrEqual(parseUnits("1500", 18));
    // Valued at the exit price (below 1 while the seed's liquidated loan is impaired).
    expect(view.assetsAhead).toBe(await toAssets(view.sharesAhead));
    const row = page.getByTestId(`request-${id}`);
    await expect(row).toHaveAttribute("data-state", "cooldown");
    await expect(page.getByTestId(`request-${id}-state`)).toHaveText("In cooldown");
    await expect(page.getByTestId(`request-${id}-amount`)).toContainText("150 sAID ≈");
    await expectAbout(page.getByTestId(`request-${id}-amount`), await toAssets(parseUnits("150", 18)), "last");
    await expect(page.getByTestId(`request-${id}-ahead`)).toContainText(aid(view.assetsAhead, 2));
    await expect(page.getByTestId(`request-${id}-eligible`)).toContainText(formatTimestamp(view.eligibleAt));
    await expect(page.getByTestId(`request-${id}-estimate`)).toContainText(formatTimestamp(view.eligibleAt));
    await expect(page.getByTestId(`request-${id}-estimate`)).toContainText("end of cooldown");
    await expect(page.getByTestId("position-said")).toHaveText(said(shares - parseUnits("150", 18)));
    await expect(page.getByTestId("position-queued")).toHaveText("150 sAID");
    expect(await balanceOf(contracts.stakedAid, account)).toBe(shares - parseUnits("150", 18));
    // The head of the queue (the seeded request) is still in its cooldown: processing could fill nothing yet.
    await expect(page.getByTestId("queue-head-waits")).toBeVisible();
    await expect(page.getByRole("button", { name: "Process the queue (anyone can)" })).toBeDisabled();

    await withChainSnapshot(async () => {
      await advanceTime(3 * 86_400 + 60);
      await page.reload();
      await expect(row).toHaveAttribute("data-state", "ready-to-process");
      await expect(page.getByTestId(`request-${id}-estimate`)).toContainText("Now: process the queue, then claim");

      await expect(page.getByTestId("claim-card")).toHaveCount(0);
      const worthAtFill = await toAssets(parseUnits("150", 18));
      await row.getByRole("button", { name: "Process the queue" }).click();
      await expect(page.getByTestId(`request-${id}-status`)).toHaveAttribute("data-status", "confirmed", {
        timeout: 60_000,
      });
      // Wholly filled: the request is closed (status None) and its AID is the account's claimable balance.
      const filled = await getRequest(id);
      expect(filled.status).toBe(0);
      const [claimableAssets, claimableShares] = await claimableOf(account);
      expect(claimableShares).toBe(parseUnits("150", 18));
      // Filled at the exit price at fill time (net of any impairment), a second or so after it was read above.
      const drift = claimableAssets > worthAtFill ? claimableAssets - worthAtFill : worthAtFill - claimableAssets;
      expect(drift).toBeLessThanOrEqual(10n ** 16n);
      await expect(row).toHaveAttribute("data-state", "filled");
      await expect(page.getByTestId(`request-${id}-amount`)).toContainText("150 sAID filled for");
      await expectAbout(page.getByTestId(`request-${id}-amount`), claimableAssets, "last");
      await expectAbout(page.getByTestId("position-claimable"), claimableAssets);
      const card = page.getByTestId("claim-card");
      await expect(card).toContainText("Ready to claim:");
      await expect(page.getByTestId("claim-card-amount")).toHaveText(`Ready to claim: ${aid(claimableAssets)}`);

      const aidBefore = await balanceOf(contracts.aid, account);
      await card.getByRole("button", { name: "Claim" }).click();
      await confirmReview(page, ["You receive", aid(claimableAssets), "sAID redeemed"]);
      await expect(page.getByTestId("claim-status")).toHaveAttribute("data-status", "confirmed", { timeout: 60_000 });
      expect(await balanceOf(contracts.aid, account)).toBe(aidBefore + claimableAssets);
      expect(await claimableOf(account)).toEqual([0n, 0n]);
      // The claim is the vault's ERC-4626 Withdraw, owner = the controller.
      const [withdrawn] = await chain.getContractEvents({
        address: contracts.stakedAid,
        abi: stakedAidAbi,
        eventName: "Withdraw",
        args: { owner: account },
        fromBlock: 0n,
        strict: true,
      });
      expect(withdrawn.args).toMatchObject({ receiver: account, assets: claimableAssets, shares: claimableShares });
      await expect(card).toHaveCount(0);
      await expect(row).toHaveAttribute("data-state", "filled");
      await expectAbout(page.getByTestId("stake-balance-aid"), parseUnits("600", 18) + claimableAssets);
      await expect(page.getByTestId("position-claimable")).toHaveText("0 AID");
      await expect(page.getByTestId("position-queued")).toHaveText("0 sAID");
    });
  });
});

test.describe("Cancel an exit request", () => {
  test.use({ wallet: { account: ACCOUNTS.canceller } });

  test("returns the escrowed sAID, on chain and on screen", async ({ page }) => {
    const account = ACCOUNTS.canceller;
    await mintAid(account, 200_000_000n);
    await sendAs(account, {
      address: contracts.stakedAid,
      abi: stakedAidAbi,
      functionName: "deposit",
      args: [parseUnits("200", 18), account],
    });

    const shares = await balanceOf(contracts.stakedAid, account);

    await page.goto("/stake");
    await connectWith(page, E2E_WALLET);
    await expect(page.getByTestId("position-said")).toHaveText(said(shares));
    await page.getByLabel("Amount of sAID").fill("80");
    await page.getByRole("button", { name: "Request exit" }).click();
    await expect(page.getByTestId("exit-status")).toHaveAttribute("data-status", "confirmed", { timeout: 60_000 });
    const id = await lastRequestId();
    expect(await balanceOf(contracts.stakedAid, account)).toBe(shares - parseUnits("80", 18));
    const row = page.getByTestId(`request-${id}`);
    await expect(row).toHaveAttribute("data-state", "cooldown");
    await expect(page.getByTestId("position-queued")).toHaveText("80 sAID");

    await row.getByRole("button", { name: "Cancel" }).click();
    await confirmReview(page, ["sAID returned to you", "80 sAID", "Worth now about", "Place given up"]);
    await expect(page.getByTestId(`request-${id}-status`)).toHaveAttribute("data-status", "confirmed", {
      timeout: 60_000,
    });
    expect(await balanceOf(contracts.stakedAid, account)).toBe(shares);
    expect((await getRequest(id)).status).toBe(0);
    await expect(row).toHaveAttribute("data-state", "cancelled");
    await expect(page.getByTestId(`request-${id}-amount`)).toHaveText("80 sAID returned");
    await expect(page.getByTestId("position-said")).toHaveText(said(shares));
    await expect(page.getByTestId("position-queued")).toHaveText("0 sAID");
  });
});

test.describe("Stake and exit form validation", () => {
  test.use({ wallet: { account: ACCOUNTS.stakeBadInput } });

  test("bad amounts show a clear message and send no transaction", async ({ page }) => {
    const account = ACCOUNTS.stakeBadInput;
    await mintAid(account, 50_000_000n);
    await page.goto("/stake");
    await connectWith(page, E2E_WALLET);
    await expect(page.getByTestId("stake-balance-aid")).toHaveText("50 AID");
    await expect(page.getByTestId("position-said")).toHaveText("0 sAID");
    const nonceBefore = await chain.getTransactionCount({ address: account });

    const cases = {
      stake: {
        field: page.getByLabel("Amount of AID"),
        button: page.getByRole("button", { name: "Stake AID" }),
        form: page.getByTestId("stake-form"),
        inputs: [
          ["", "Enter an amount."],
          ["abc", "Enter a number, like 100 or 12.5."],
          ["-5", "The amount must be positive."],
          ["0", "Enter an amount greater than zero."],
          ["1.0000000000000000001", "AID amounts have at most 18 decimal places."],
          ["50.01", "You have only 50 AID."],
        ],
      },
      exit: {
        field: page.getByLabel("Amount of sAID"),
        button: page.getByRole("button", { name: "Request exit" }),
        form: page.getByTestId("exit-form"),
        inputs: [
          ["", "Enter an amount."],
          ["1,5", "Enter a number, like 100 or 12.5."],
          ["0.00", "Enter an amount greater than zero."],
          ["1", "You have only 0 sAID."],
        ],
      },
    };
    for (const { field, button, form, inputs } of Object.values(cases)) {
      for (const [input, message] of inputs) {
        await field.fill(input);
        await button.click();
        await expect(form.getByRole("alert").filter({ hasText: message })).toBeVisible();
        await expect(field).toHaveAttribute("aria-invalid", "true");
      }
    }
    await expect(page.getByTestId("stake-status")).toHaveCount(0);
    await expect(page.getByTestId("exit-status")).toHaveCount(0);
    expect(await walletRequests(page)).not.toContain("eth_sendTransaction");
    expect(await chain.getTransactionCount({ address: account })).toBe(nonceBefore);
  });
});
