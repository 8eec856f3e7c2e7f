import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  deployAndSeed,
  isPortFree,
  startAnvil,
  startProcess,
  stopAndWait,
  waitFor,
  waitForChain,
} from "@aid/devtools/local-chain";
import { E2E_ACCOUNT_COUNT, fundTestAccounts } from "./accounts";
import { E2E } from "./env";

const WEB_DIR = join(import.meta.dirname, "..");

export default async function globalSetup() {
  if (!existsSync(E2E.chromium)) {
    throw new Error(`Chromium not found at ${E2E.chromium}: install it with 'apt-get install -y chromium'.`);
  }
  if (!existsSync(join(WEB_DIR, ".next/BUILD_ID"))) {
    throw new Error("No production build of the web app: run 'pnpm build' first (the test command does).");
  }
  for (const port of [E2E.chainPort, E2E.webPort]) {
    if (!(await isPortFree(port))) throw new Error(`Port ${port} is in use; the browser tests need it.`);
  }
  const anvil = startAnvil(E2E.chainPort, { accounts: E2E_ACCOUNT_COUNT });
  const web = startProcess(join(WEB_DIR, "node_modules/.bin/next"), ["start", "--port", String(E2E.webPort)], {
    cwd: WEB_DIR,
    stdio: "ignore",
    env: { ...process.env, RPC_URL: E2E.rpcUrl, CHAIN_ID: "31337", NEXT_TELEMETRY_DISABLED: "1" },
  });
  try {
    await waitForChain(E2E.rpcUrl);
    await deployAndSeed(E2E.rpcUrl);
    await fundTestAccounts();
    await waitFor(async () => (await fetch(`${E2E.webUrl}/mint`)).ok, { what: "the web app", timeoutMs: 60_000 });
  } catch (error) {
    await Promise.all([stopAndWait(anvil), stopAndWait(web)]);
    throw error;
  }
  return async () => {
    await Promise.all([stopAndWait(anvil), stopAndWait(web)]);
  };
}
