import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, type Page } from "@playwright/test";
import type { Address } from "viem";
import { ACCOUNTS, SEEDED } from "./accounts";
import { E2E } from "./env";

export type Screen = {
  name: string;
  path: string;
  /** The account to measure with: one for which the screen shows (and loads) everything it can. */
  account: Address;
  /** Resolves once the screen shows its data (after its h1 is visible). */
  loaded: (page: Page) => Promise<void>;
};

/** The app's screens, each measured for first-load JavaScript and JSON-RPC requests. */
export const SCREENS: readonly Screen[] = [
  {
    name: "Mint & redeem",
    path: "/mint",
    account: ACCOUNTS.minter,
    loaded: (page) => expect(page.getByTestId("balance-usdc")).not.toHaveText("—"),
  },
  {
    // A seeded holder of an appraised and a pending title, so the titles and their certificates load.
    name: "Borrow",
    path: "/borrow",
    account: SEEDED.titleHolder,
    loaded: async (page) => {
      await expect(page.getByTestId("my-titles")).toHaveAttribute("data-ready", "true");
      await expect(page.getByTestId("my-loans")).toHaveAttribute("data-ready", "true");
    },
  },
  {
    // The local appraiser, so the console loads its listings, serial lists, insurance renewals and loans at risk.
    name: "Appraise",
    path: "/appraise",
    account: ACCOUNTS.dev,
    loaded: async (page) => {
      await expect(page.getByTestId("pending-listings").or(page.getByTestId("not-appraiser"))).toBeVisible();
      if (await page.getByTestId("not-appraiser").isVisible()) return;
      await expect(page.getByTestId("pending-listings")).toHaveAttribute("data-ready", "true");
      await expect(page.getByTestId("insurance-renewals")).toHaveAttribute("data-ready", "true");
      await expect(page.getByTestId("loans-at-risk")).toHaveAttribute("data-ready", "true");
    },
  },
  {
    name: "Overview",
    path: "/",
    account: ACCOUNTS.observer,
    loaded: async (page) => {
      await expect(page.getByTestId("tvl")).not.toHaveText("—");
      await expect(page.getByTestId("projected-apy")).not.toHaveText("—");
    },
  },
  {
    name: "Stake",
    path: "/stake",
    account: ACCOUNTS.observer,
    loaded: async (page) => {
      await expect(page.getByTestId("position-said")).not.toHaveText("—");
      await expect(page.getByTestId("position-yield")).not.toHaveText("—");
    },
  },
  {
    name: "Transparency",
    path: "/transparency",
    account: ACCOUNTS.observer,
    loaded: async (page) => {
      await expect(page.getByTestId("proof-reserve-value")).not.toHaveText("—");
      await expect(page.getByTestId("loan-tape")).toHaveAttribute("data-ready", "true");
    },
  },
  {
    // Anyone: the loan book and its live auctions load without a wallet.
    name: "Loans & auctions",
    path: "/loans",
    account: ACCOUNTS.observer,
    loaded: async (page) => {
      await expect(page.getByTestId("all-loans")).toHaveAttribute("data-ready", "true");
      await expect(page.getByTestId("live-auctions")).toHaveAttribute("data-ready", "true");
    },
  },
  {
    name: "Activity",
    path: "/activity",
    account: ACCOUNTS.observer,
    loaded: async (page) => {
      await expect(page.getByTestId("activity-summary")).toContainText("up to block");
    },
  },
];

const NEXT_DIR = join(import.meta.dirname, "../.next");

/**
 * First-load JavaScript of a route in the production build: every script the server's HTML references,
 * read from .next/static and gzipped (level 9). Code loaded later on demand (e.g. the wallet dialog) is not counted.
 */
export async function firstLoadJs(path: string): Promise<{ scripts: number; rawBytes: number; gzipBytes: number }> {
  const html = await (await fetch(`${E2E.webUrl}${path}`)).text();
  const sources = new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]));
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const src of sources) {
    const file = join(NEXT_DIR, src.replace(/^\/_next\//, "").split("?")[0]);
    const bytes = readFileSync(file);
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { scripts: sources.size, rawBytes, gzipBytes };
}

/** Counts the HTTP requests the page sends to the JSON-RPC node from navigation until the screen is loaded. */
export async function rpcRequestsToLoad(page: Page, path: string, loaded: (page: Page) => Promise<void>) {
  let count = 0;
  const onRequest = (request: { url(): string }) => {
    if (request.url().startsWith(E2E.rpcUrl)) count++;
  };
  page.on("request", onRequest);
  await page.goto(path);
  await loaded(page);
  await page.waitForLoadState("networkidle");
  page.off("request", onRequest);
  return count;
}
