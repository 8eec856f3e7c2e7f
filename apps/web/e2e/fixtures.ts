import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  aidAddress,
  aidMinterAbi,
  aidMinterAddress,
  loanManagerAbi,
  loanManagerAddress,
  stakedAidAbi,
  stakedAidAddress,
  tBillVaultAddress,
  usdcAbi,
  usdcAddress,
} from "@aid/abis";
import { test as base, chromium, expect, type Page } from "@playwright/test";
import {
  type Abi,
  type Address,
  createPublicClient,
  createWalletClient,
  encodeAbiParameters,
  erc20Abi,
  http,
  keccak256,
  pad,
  toHex,
} from "viem";
import { foundry } from "viem/chains";
import { ACCOUNTS } from "./accounts";
import { E2E } from "./env";
import { type InjectedWalletOptions, installInjectedWallet } from "./wallet";

export { ACCOUNTS };

export const chain = createPublicClient({ chain: foundry, transport: http(E2E.rpcUrl) });
export const contracts = {
  usdc: usdcAddress[foundry.id],
  aid: aidAddress[foundry.id],
  minter: aidMinterAddress[foundry.id],
  stakedAid: stakedAidAddress[foundry.id],
  tBillVault: tBillVaultAddress[foundry.id],
};

/** The loan manager, for the tests' own reads and writes. */
export const loanManager = { address: loanManagerAddress[foundry.id], abi: loanManagerAbi } as const;

/** A loan as the chain holds it now (`ILoans.LoanView`). */
export const readLoan = (loanId: bigint) =>
  chain.readContract({ ...loanManager, functionName: "loan", args: [loanId] });

const signer = createWalletClient({ chain: foundry, transport: http(E2E.rpcUrl) });

/** Sends a transaction from an unlocked test account without the browser (setting up a test) and waits for it. */
export async function sendAs(
  account: Address,
  call: { address: Address; abi: Abi; functionName: string; args?: readonly unknown[] },
) {
  const hash = await signer.writeContract({ account, chain: foundry, ...call } as Parameters<
    typeof signer.writeContract
  >[0]);
  const receipt = await chain.waitForTransactionReceipt({ hash });
  expect(receipt.status, `${call.functionName} from ${account}`).toBe("success");
  return receipt;
}

/** Mints AID for `account` from its mock USDC (`usdc` in 6-decimal units) without the browser; returns the mint's receipt. */
export async function mintAid(account: Address, usdc: bigint) {
  await sendAs(account, {
    address: contracts.usdc,
    abi: usdcAbi,
    functionName: "approve",
    args: [contracts.minter, usdc],
  });
  return sendAs(account, {
    address: contracts.minter,
    abi: aidMinterAbi,
    functionName: "mint",
    args: [usdc, account],
  });
}

/** `account` stakes `aid` AID wei (it must hold them): sAID's deposit pulls the AID without an approval. */
export async function stakeAid(account: Address, aid: bigint) {
  return sendAs(account, {
    address: contracts.stakedAid,
    abi: stakedAidAbi,
    functionName: "deposit",
    args: [aid, account],
  });
}

/** Moves the chain's clock forward and mines a block at the new time (use inside `withChainSnapshot`). */
export async function advanceTime(seconds: number) {
  await chain.request({ method: "evm_increaseTime" as never, params: [seconds] as never });
  await chain.request({ method: "evm_mine" as never });
}

/** Storage slot of `_balances[account]` in OpenZeppelin's ERC20 (the mapping is its first variable). */
const balanceSlot = (account: Address) =>
  keccak256(encodeAbiParameters([{ type: "address" }, { type: "uint256" }], [account, 0n]));

/**
 * Sets the minter's USDC to `usdcAmount` (6 decimals) directly in the mock USDC's storage: a reserve
 * shortfall, as if the minter's USDC were frozen or other accounts had redeemed first.
 */
export async function setReserveUsdc(usdcAmount: bigint) {
  await chain.request({
    method: "anvil_setStorageAt" as never,
    params: [contracts.usdc, balanceSlot(contracts.minter), pad(toHex(usdcAmount))] as never,
  });
}

/** Runs `body`, then puts the chain back as it was before. */
export async function withChainSnapshot(body: () => Promise<void>) {
  const snapshot = await chain.request({ method: "evm_snapshot" as never });
  try {
    await body();
  } finally {
    await chain.request({ method: "evm_setAutomine" as never, params: [true] as never });
    await chain.request({ method: "evm_revert" as never, params: [snapshot] as never });
  }
}

export async function balanceOf(token: Address, account: Address) {
  return chain.readContract({ address: token, abi: erc20Abi, functionName: "balanceOf", args: [account] });
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

type Fixtures = { wallet: Partial<InjectedWalletOptions> | null };

/**
 * A fresh Chromium profile per test (Debian's chromium), with the injected wallet unless `wallet` is null, and the
 * system colour scheme and viewport of `test.use({ colorScheme, viewport })` (light, 1280 × 900 by default).
 */
export const test = base.extend<Fixtures>({
  wallet: [{}, { option: true }],
  context: async ({ wallet, colorScheme, viewport }, use) => {
    const profile = mkdtempSync(join(tmpdir(), "aid-e2e-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: E2E.chromium,
      headless: true,
      baseURL: E2E.webUrl,
      viewport,
      colorScheme,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    if (wallet) {
      await context.addInitScript(installInjectedWallet, {
        rpcUrl: E2E.rpcUrl,
        account: ACCOUNTS.minter,
        chainId: "0x7a69",
        ...wallet,
      } satisfies InjectedWalletOptions);
    }
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  page: async ({ context }, use) => {
    // The app must make no request outside this machine: no WalletConnect, fonts, analytics or RPC elsewhere.
    const external: string[] = [];
    context.on("request", (request) => {
      const url = new URL(request.url());
      if (/^(https?|wss?):$/.test(url.protocol) && !LOCAL_HOSTS.has(url.hostname)) external.push(request.url());
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
    expect(external, "requests to hosts outside this machine").toEqual([]);
  },
});

export { expect };

/** Opens RainbowKit's dialog and picks a wallet by its test id (EIP-6963 wallets use their rdns). */
export async function connectWith(page: Page, walletId: string) {
  await page.getByRole("button", { name: "Connect Wallet" }).first().click();
  await page.getByTestId(`rk-wallet-option-${walletId}`).click();
}

/** Makes the injected wallet switch network by itself, as a user can do in their wallet at any time. */
export async function walletSwitchesTo(page: Page, chainId: `0x${string}`) {
  await page.evaluate(
    (id) => (window as unknown as { __e2eWallet: { setChain(id: string): void } }).__e2eWallet.setChain(id),
    chainId,
  );
}

type WalletControl = { rejectNextTransaction(): void; pauseBeforeSend(on: boolean): void };
const walletOf = () => (window as unknown as { __e2eWallet: WalletControl }).__e2eWallet;

/** The wallet's user will reject the next transaction. */
export async function rejectNextTransaction(page: Page) {
  await page.evaluate(`(${walletOf})().rejectNextTransaction()`);
}

/** Before each transaction is sent, the wallet awaits `e2eBeforeSend`, which the test exposes to the page. */
export async function pauseBeforeSend(page: Page, on: boolean) {
  await page.evaluate(`(${walletOf})().pauseBeforeSend(${on})`);
}

export async function walletRequests(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __walletRequests: string[] }).__walletRequests ?? []);
}

/**
 * The review every irreversible action shows before signing: checks it shows each of `shows` (the amounts), that
 * nothing went to the wallet while it is open, then confirms it.
 */
export async function confirmReview(page: Page, shows: readonly (string | RegExp)[] = []) {
  const review = page.getByTestId("tx-review");
  await expect(review).toBeVisible();
  const before = (await walletRequests(page)).filter((m) => m === "eth_sendTransaction").length;
  for (const text of shows) await expect(review).toContainText(text);
  expect((await walletRequests(page)).filter((m) => m === "eth_sendTransaction").length).toBe(before);
  await review.getByTestId("tx-review-confirm").click();
  await expect(review).toBeHidden();
}
