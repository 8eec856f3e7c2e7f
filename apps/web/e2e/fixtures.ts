import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { aidAddress, aidMinterAddress, usdcAddress } from "@aid/abis";
import { test as base, chromium, expect, type Page } from "@playwright/test";
import { type Address, createPublicClient, erc20Abi, http } from "viem";
import { foundry } from "viem/chains";
import { E2E } from "./env";
import { type InjectedWalletOptions, installInjectedWallet } from "./wallet";

/** Anvil's development accounts (public test mnemonic). Each test uses its own so tests do not interfere. */
export const ACCOUNTS = {
  dev: "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266",
  minter: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
  badInput: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC",

  wrongNetwork: "0x90F79bf6EB2c4f937b3A5eE9D4B5b2E2Db30d1A1",
} as const satisfies Record<string, Address>;

export const chain = createPublicClient({ chain: foundry, transport: http(E2E.rpcUrl) });
export const contracts = {
  usdc: usdcAddress[foundry.id],
  aid: aidAddress[foundry.id],
  minter: aidMinterAddress[foundry.id],
};

export async function balanceOf(token: Address, account: Address) {
  return chain.readContract({ address: token, abi: erc20Abi, functionName: "balanceOf", args: [account] });
}

type Fixtures = { wallet: Partial<InjectedWalletOptions> | null };

/** A fresh Chromium profile per test (Debian's chromium), with the injected wallet unless `wallet` is null. */
export const test = base.extend<Fixtures>({
  wallet: [{}, { option: true }],
  context: async ({ wallet }, use) => {
    const profile = mkdtempSync(join(tmpdir(), "aid-e2e-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: E2E.chromium,
      headless: true,
      baseURL: E2E.webUrl,
      viewport: { width: 1280, height: 900 },
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
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };

/** Opens RainbowKit's dialog and picks a wallet by its test id (EIP-6963 wallets use their rdns). */
export async function connectWith(page: Page, walletId: string) {
  await page.getByRole("button", { name: "Connect Wallet" }).first().click();
  await page.getByTestId(`rk-wallet-option-${walletId}`).click();
}

export async function walletRequests(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __walletRequests: string[] }).__walletRequests ?? []);
}
