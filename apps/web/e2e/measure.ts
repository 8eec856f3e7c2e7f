import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { expect, type Page } from "@playwright/test";
import { E2E } from "./env";

type Screen = { name: string; path: string; loaded: (page: Page) => Promise<void> };

/**
 * The app's screens, each measured for first-load JavaScript and JSON-RPC requests; `loaded` waits until the
 * screen shows everything it reads (with a wallet connected).
 */
export const SCREENS: readonly Screen[] = [
  {
    name: "Overview",
    path: "/",
    loaded: async (page) => {
      await expect(page.getByTestId("tvl")).not.toHaveText("—");
      await expect(page.getByTestId("projected-apy")).not.toHaveText("—");
    },
  },
  {
    name: "Mint & redeem",
    path: "/mint",
    loaded: async (page) => {
      await expect(page.getByTestId("balance-usdc")).not.toHaveText("—");
    },
  },
  {
    name: "Stake",
    path: "/stake",
    loaded: async (page) => {
      await expect(page.getByTestId("position-said")).not.toHaveText("—");
      await expect(page.getByTestId("position-yield")).not.toHaveText("—");
    },
  },
  {
    name: "Transparency",
    path: "/transparency",
    loaded: async (page) => {
      await expect(page.getByTestId("proof-reserve-value")).not.toHaveText("—");
    },
  },
  {
    name: "Activity",
    path: "/activity",
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
