#!/usr/bin/env node
// One command for local development: build contracts and ABIs, start anvil, deploy, seed demo data,
// regenerate the ABI package from the deployment, start the indexer (apps/indexer: Ponder on PGlite, wiped when the
// chain is a new one), the keeper (apps/keeper: it fills exits, liquidates, closes auctions... when due) and serve the
// web app at http://localhost:3000. Ctrl-C stops all of it.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { createInterface } from "node:readline";
import {
  ANVIL_KEY_1,
  deployAndSeed,
  isPortFree,
  ROOT,
  startAnvil,
  startProcess,
  stopAndWait,
  waitFor,
  waitForChain,
} from "./lib/local-chain.mjs";
import { toolEnv } from "./lib/run.mjs";

const CHAIN_PORT = Number(process.env.CHAIN_PORT ?? 8545);
const WEB_PORT = Number(process.env.PORT ?? 3000);
const KEEPER_PORT = Number(process.env.KEEPER_PORT ?? 9464);
const INDEXER_PORT = Number(process.env.INDEXER_PORT ?? 42069);
const KEEPER_INTERVAL_MS = 5_000;
const RPC_URL = `http://127.0.0.1:${CHAIN_PORT}`;
const children = [];
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping the web app, the keeper, the indexer and the local chain…");
  await Promise.all(children.map((child) => stopAndWait(child)));
  process.exit(code);
}
process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));
process.on("SIGHUP", () => shutdown(0));

function step(label, command, args, cwd = ROOT) {
  console.log(`• ${label}`);
  const result = spawnSync(command, args, { cwd, stdio: "inherit", env: toolEnv() });
  if (result.status !== 0) throw new Error(`${label} failed`);
}

try {
  for (const port of [CHAIN_PORT, WEB_PORT, KEEPER_PORT, INDEXER_PORT]) {
    if (!(await isPortFree(port))) throw new Error(`Port ${port} is in use: stop what runs there first.`);
  }
  step("Building contracts and ABIs", join(ROOT, "node_modules/.bin/turbo"), [
    "run",
    "build",
    "--filter=@aid/abis",
    "--output-logs=errors-only",
  ]);

  console.log(`• Starting the local chain (anvil) at ${RPC_URL}`);
  const anvil = startAnvil(CHAIN_PORT);
  children.push(anvil);
  await waitForChain(RPC_URL);

  console.log("• Deploying the protocol and seeding demo data");
  await deployAndSeed(RPC_URL);
  step(
    "Generating the ABI package from the deployment",
    join(ROOT, "packages/abis/node_modules/.bin/wagmi"),
    ["generate"],
    join(ROOT, "packages/abis"),
  );

  console.log(`• Starting the indexer (Ponder, PGlite in apps/indexer/.ponder) at http://localhost:${INDEXER_PORT}`);
  const indexer = startProcess(process.execPath, ["scripts/start.mjs", "start"], {
    cwd: join(ROOT, "apps/indexer"),
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      RPC_URL,
      CHAIN_ID: "31337",
      PORT: String(INDEXER_PORT),
      DATABASE_SCHEMA: "aid",
      PONDER_TELEMETRY_DISABLED: "true",
      PONDER_LOG_LEVEL: "info",
      RPC_LANES: "8",
    },
  });
  children.push(indexer);
  for (const stream of [indexer.stdout, indexer.stderr]) {
    createInterface({ input: stream }).on("line", (line) => {
      const text = indexerLine(line);
      if (text) console.log(text.startsWith("[indexer]") ? text : `[indexer] ${text}`);
    });
  }

  console.log(
    `• Starting the keeper (anvil account #1, a tick every ${KEEPER_INTERVAL_MS / 1000} s; health and metrics at http://localhost:${KEEPER_PORT}/health and /metrics)`,
  );
  const keeper = startProcess(join(ROOT, "apps/keeper/node_modules/.bin/tsx"), ["src/index.ts"], {
    cwd: join(ROOT, "apps/keeper"),
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      RPC_URL,
      CHAIN_ID: "31337",
      KEEPER_PRIVATE_KEY: ANVIL_KEY_1,
      KEEPER_INTERVAL_MS: String(KEEPER_INTERVAL_MS),
      KEEPER_PORT: String(KEEPER_PORT),
    },
  });
  children.push(keeper);
  createInterface({ input: keeper.stdout }).on("line", (line) => {
    const text = keeperLine(line);
    if (text) console.log(`[keeper] ${text}`);
  });

  console.log(`• Starting the web app at http://localhost:${WEB_PORT}`);
  const web = startProcess(join(ROOT, "apps/web/node_modules/.bin/next"), ["dev", "--port", String(WEB_PORT)], {
    cwd: join(ROOT, "apps/web"),
    env: { ...process.env, RPC_URL, CHAIN_ID: "31337", NEXT_TELEMETRY_DISABLED: "1" },
  });
  children.push(web);
  for (const child of children) {
    child.once("exit", (code) => {
      if (!stopping) {
        console.error(`A process stopped unexpectedly (exit ${code}).`);
        shutdown(1);
      }
    });
  }

  // The first page compile takes a while in dev mode: do it now, so the first visit is fast.
  await waitFor(async () => (await fetch(`http://127.0.0.1:${WEB_PORT}/mint`)).ok, {
    timeoutMs: 300_000,
    intervalMs: 1_000,
    what: "the web app's first compile",
  });
  console.log(`\nAID is running: open http://localhost:${WEB_PORT}`);
  console.log(
    `The indexer serves GraphQL at http://localhost:${INDEXER_PORT}/graphql (SQL over HTTP at /sql, health at /health, /ready and /status).`,
  );
  console.log(
    "Connect with “Development account (Anvil #0)”, which holds 100,000 mock USDC. Ctrl-C stops everything.\n",
  );
} catch (error) {
  console.error(`\n${error.message}`);
  await shutdown(1);
}

/** Ponder's log line without its timestamp, or null for routine lines: one per indexed block, and the warning that no
 * block came for a while (the local chain mines only when a transaction arrives). */
function indexerLine(line) {
  const text = line.replace(/^\d\d:\d\d:\d\d\.\d+\s+/, "").trimEnd();
  if (!text || /^\s/.test(line) || /^INFO\s+Indexed block|No new block received/.test(text)) return null;
  return text;
}

/** The keeper's JSON log line as one short human line, or null for routine events (quiet ticks, nothing to do). */
function keeperLine(line) {
  let e;
  try {
    e = JSON.parse(line);
  } catch {
    return line;
  }
  switch (e.event) {
    case "keeper_started":
      return `started as ${e.address}, upkeeps: ${e.upkeeps.join(", ")}`;
    case "action_sent":
      return `${e.action}: sent ${e.hash} (${e.reason}; ${e.effect})`;
    case "action_confirmed":
      return `${e.action}: confirmed in block ${e.block}`;
    case "action_skipped":
      return e.reason === "nothing_to_do" ? null : `${e.action}: skipped (${e.reason})`;
    case "action_failed":
      return `${e.action}: FAILED (${e.reason}${e.revert ? ` ${e.revert}` : ""}${e.error ? `: ${e.error}` : ""})`;
    case "tick_failed":
      return `tick failed: ${e.error}`;
    case "balance_low":
      return `balance low: ${e.balanceEth} ETH < ${e.minimumEth} ETH`;
    case "config_invalid":
      return `invalid configuration: ${e.problems.join("; ")}`;
    default:
      return e.level === "error" || e.level === "warn" ? `${e.event} ${JSON.stringify(e)}` : null;
  }
}
