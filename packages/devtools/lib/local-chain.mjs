// Starting a local chain and deploying the protocol to it, shared by `pnpm dev` and the browser tests.
import { spawn, spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { foundryBinary } from "../../../contracts/tools/foundry.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../../..");
export const FORGE = foundryBinary("forge");
export const ANVIL = foundryBinary("anvil");
export const LOCAL_CHAIN_ID = 31337;
/** Anvil's account #0 from its public test mnemonic: a well-known development key, never for real funds. */
export const ANVIL_KEY_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
/** Anvil's account #1: the keeper's key under `pnpm dev` (the seed gives it USDC only; it pays the upkeep's gas). */
export const ANVIL_KEY_1 = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

/** Starts a process in its own process group, so stopping it also stops everything it started. */
export function startProcess(command, args, options = {}) {
  const child = spawn(command, args, { cwd: ROOT, detached: true, stdio: "inherit", ...options });
  return child;
}

export function stopProcess(child, signal = "SIGTERM") {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** Resolves when the child exits, or after `ms` (then kills its whole group). */
export async function stopAndWait(child, ms = 5_000) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  stopProcess(child, "SIGTERM");
  const timer = setTimeout(() => stopProcess(child, "SIGKILL"), ms);
  await exited;
  clearTimeout(timer);
}

export async function rpc(url, method, params = []) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = await response.json();
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

export async function isPortFree(port) {
  try {
    await fetch(`http://127.0.0.1:${port}`, { signal: AbortSignal.timeout(1_000) });
    return false;
  } catch (error) {
    return error?.cause?.code === "ECONNREFUSED";
  }
}

export async function waitFor(check, { timeoutMs = 30_000, intervalMs = 200, what = "service" } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Starts anvil with `accounts` unlocked development accounts (10 by default, as in its standard setup). */
export function startAnvil(port, { stdio = "ignore", accounts = 10 } = {}) {
  return startProcess(
    ANVIL,
    [
      "--host",
      "127.0.0.1",
      "--port",
      String(port),
      "--chain-id",
      String(LOCAL_CHAIN_ID),
      "--accounts",
      String(accounts),
      "--silent",
    ],
    { stdio },
  );
}

export async function waitForChain(url) {
  await waitFor(async () => (await rpc(url, "eth_chainId")) === `0x${LOCAL_CHAIN_ID.toString(16)}`, {
    what: `the local chain at ${url}`,
  });
}

function forgeScript(script, url, sig) {
  const args = ["script", script, "--rpc-url", url, "--private-key", ANVIL_KEY_0, "--broadcast", "--slow"];
  if (sig) args.push("--sig", sig);
  const result = spawnSync(FORGE, args, { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`forge script ${script}${sig ? ` ${sig}` : ""} failed`);
  }
}

/** Deploys the protocol only (writes contracts/deployments/31337.json), without demo data. */
export function deploy(url) {
  forgeScript("contracts/script/Deploy.s.sol:Deploy", url);
}

/** How far the seed moves the chain's clock between its two phases (Seed.MONTH_LATER): the demo loans get a month of
 * history (payments due, one late, one defaulted). The local chain's clock then runs this far ahead of the wall clock. */
export const SEED_CLOCK_ADVANCE = 33 * 24 * 60 * 60;

/** Deploys the protocol (writes contracts/deployments/31337.json) and seeds the local demo data: the seed's first
 * phase, a month later by RPC (a forge script cannot warp a live chain), then its second phase. */
export async function deployAndSeed(url) {
  deploy(url);
  forgeScript("contracts/script/Seed.s.sol:Seed", url);
  await rpc(url, "evm_increaseTime", [SEED_CLOCK_ADVANCE]);
  await rpc(url, "evm_mine", []);
  forgeScript("contracts/script/Seed.s.sol:Seed", url, "afterAMonth()");
}
