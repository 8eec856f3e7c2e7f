#!/usr/bin/env node
// Starts Ponder (`start`, or `dev` for hot reload) after making sure its database holds this chain's rows only.
// A local chain restarted from scratch (a new anvil) has the same chain id but other blocks: Ponder would keep serving
// the old chain's rows (they stay in `ponder_sync` and the app schema). So before starting, the chain's identity (its
// genesis hash, and the hash of the head block seen at the last start) is compared with what was recorded beside the
// database; if the chain is not the same, the PGlite folder (or, on PostgreSQL, `ponder_sync` and the app schema) is
// wiped first.
import { spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readIdentity, resetIfNewChain } from "./chain-identity.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const APP = join(HERE, "..");
const [command = "start", ...rest] = process.argv.slice(2);

const env = {
  ...process.env,
  PONDER_TELEMETRY_DISABLED: "true",
  DATABASE_SCHEMA: process.env.DATABASE_SCHEMA ?? "aid",
  PONDER_PGLITE_DIR: resolve(APP, process.env.PONDER_PGLITE_DIR ?? ".ponder/pglite"),
  RPC_URL: process.env.RPC_URL ?? "http://127.0.0.1:8545",
};

const identity = await readIdentity(env.RPC_URL.split(",")[0].trim());
const outcome = await resetIfNewChain(identity, {
  pgliteDir: env.PONDER_PGLITE_DIR,
  databaseUrl: env.DATABASE_URL,
  schema: env.DATABASE_SCHEMA,
});
console.log(`[indexer] chain ${identity.chainId} (genesis ${identity.genesisHash.slice(0, 10)}…): ${outcome}`);

const args = [command, "--schema", env.DATABASE_SCHEMA, "--port", process.env.PORT ?? "42069", ...rest];
const child = spawn(join(APP, "node_modules/.bin/ponder"), args, { cwd: APP, env, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
