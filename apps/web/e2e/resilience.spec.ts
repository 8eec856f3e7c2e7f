import { parseUnits } from "viem";
import { E2E } from "./env";
import {
  ACCOUNTS,
  balanceOf,
  chain,
  connectWith,
  contracts,
  expect,
  pauseBeforeSend,
  rejectNextTransaction,
  setReserveUsdc,
  test,
  walletRequests,
  withChainSnapshot,
} from "./fixtures";

const E2E_WALLET = "test.aid.e2e-wallet";
const rpcOrigin = new URL(E2E.rpcUrl).origin;

test.describe("When the chain node stops", () => {
  test.use({ wallet: { account: ACCOUNTS.nodeDown } });

  test("the app says the network is unreachable, keeps the input and recovers by itself", async ({ page }) => {
    await page.goto("/mint");
    await connectWith(page, E2E_WALLET);
    await expect(page.getByTestId("balance-usdc")).toHaveText("100,000 USDC");
    const amount = page.getByLabel("Amount of USDC");
    await amount.fill("42");

    // Every request to the node is refused, as when the node process is down.
    const toNode = (url: URL) => url.origin === rpcOrigin;
    await page.route(toNode, (route) => route.abort("connectionrefused"));
    const banner = page.getByTestId("node-unreachable");
    await expect(banner).toBeVisible({ timeout: 30_000 });
    await expect(banner).toContainText("Network unreachable");
    await expect(amount).toHaveValue("42");
    await expect(page.getByTestId("mint-preview")).toContainText("You receive 42 AID");

    await page.unroute(toNode);
    await expect(banner).toHaveCount(0, { timeout: 30_000 });
    await expect(amount).toHaveValue("42");
    await page.getByRole("button", { name: "Mint AID" }).click();
    await expect(page.getByTestId("mint-status")).toHaveAttribute("data-status", "confirmed", { timeout: 60_000 });
    expect(await balanceOf(contracts.aid, ACCOUNTS.nodeDown)).toBe(parseUnits("42", 18));
  });
});

test.describe("When the user rejects the signature", () => {
  test.use({ wallet: { account: ACCOUNTS.rejects } });

  test("a calm message says nothing changed", async ({ page }) => {
    await page.goto("/mint");
    await connectWith(page, E2E_WALLET);
    await expect(page.getByTestId("balance-usdc")).toHaveText("100,000 USDC");
    const nonce = await chain.getTransactionCount({ address: ACCOUNTS.rejects });

    await rejectNextTransaction(page);
    await page.getByLabel("Amount of USDC").fill("5");
    await page.getByRole("button", { name: "Mint AID" }).click();
    const status = page.getByTestId("mint-status");
    await expect(status).toHaveAttribute("data-status", "failed");
    await expect(status).toContainText("Approve USDC: Request rejected");
    await expect(status).toContainText(
      "You rejected the request in your wallet. Nothing was sent and nothing changed.",
    );
    await expect(page.getByLabel("Amount of USDC")).toHaveValue("5");
    expect(await chain.getTransactionCount({ address: ACCOUNTS.rejects })).toBe(nonce);
    await expect(page.getByTestId("balance-usdc")).toHaveText("100,000 USDC");
  });
});

test.describe("When the chain changes between the check and the transaction", () => {
  test.use({ wallet: { account: ACCOUNTS.raced } });

  test("a transaction that reverts on chain shows the decoded reason", async ({ page }) => {
    await page.goto("/mint");
    await connectWith(page, E2E_WALLET);
    await page.getByLabel("Amount of USDC").fill("10");
    await page.getByRole("button", { name: "Mint AID" }).click();
    await expect(page.getByTestId("mint-status")).toHaveAttribute("data-status", "confirmed", { timeout: 60_000 });

    await withChainSnapshot(async () => {
      // The app's simulation passes and the user confirms; the transaction waits in the node's pool, and
      // before the next block the reserve is drained to 1 USDC, as if other accounts had redeemed first.
      await page.exposeFunction("e2eBeforeSend", async () => {
        await chain.request({ method: "evm_setAutomine" as never, params: [false] as never });
      });
      await pauseBeforeSend(page, true);
      await page.getByLabel("Amount of AID").fill("5");
      await page.getByRole("button", { name: "Redeem AID" }).click();
      await expect.poll(() => chain.getBlockTransactionCount({ blockTag: "pending" })).toBe(1);
      await setReserveUsdc(1_000_000n);
      await chain.request({ method: "evm_mine" as never });
      await chain.request({ method: "evm_setAutomine" as never, params: [true] as never });

      const status = page.getByTestId("redeem-status");
      await expect(status).toHaveAttribute("data-status", "failed", { timeout: 60_000 });
      await expect(status).toContainText("Reverted on chain");
      await expect(status).toContainText(
        "The reserve holds 1 USDC right now, less than the 5 USDC this redemption pays.",
      );
      await expect(status).not.toContainText(/0x[0-9a-f]{8}|execution reverted|RPC/i);
      expect(await walletRequests(page)).toContain("eth_sendTransaction");
      const block = await chain.getBlock({ includeTransactions: true });
      const receipt = await chain.getTransactionReceipt({ hash: block.transactions[0].hash });
      expect(receipt.status).toBe("reverted");
      expect(await balanceOf(contracts.aid, ACCOUNTS.raced)).toBe(parseUnits("10", 18));
    });
  });
});
