// The chain's identity and the reset of the indexer's database when the chain is a new one (see start.mjs).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

async function rpc(url, method, params = []) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = await response.json();
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

/** Chain id, genesis hash and the head block (number and hash), read from the RPC (retried while it starts). */
export async function readIdentity(url, { timeoutMs = 30_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const [chainId, genesis, head] = await Promise.all([
        rpc(url, "eth_chainId"),
        rpc(url, "eth_getBlockByNumber", ["0x0", false]),
        rpc(url, "eth_getBlockByNumber", ["latest", false]),
      ]);
      return {
        chainId: Number(chainId),
        genesisHash: genesis.hash,
        head: { number: Number(head.number), hash: head.hash },
        url,
      };
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`The chain at ${url} does not answer: ${error.message}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Whether `recorded` (from an earlier start) describes the same chain as `current`: the same id and genesis, and the
 * block recorded as head then is still on the chain with the same hash (a new anvil started in the same second has
 * the same genesis, but not the same later blocks). */
async function sameChain(recorded, current) {
  if (!recorded || recorded.chainId !== current.chainId || recorded.genesisHash !== current.genesisHash) return false;
  if (recorded.head.number > current.head.number) return false;
  const block = await rpc(current.url, "eth_getBlockByNumber", [`0x${recorded.head.number.toString(16)}`, false]);
  return block?.hash === recorded.head.hash;
}

const stored = ({ url: _url, ...identity }) => identity;

const APP = join(dirname(fileURLToPath(import.meta.url)), "..");

/** A hash of the indexer's code and ABIs. Ponder refuses to start on a schema written by other code; on PGlite (a
 * local, disposable database) a change of code wipes the folder instead, so editing a handler needs no manual step. */
export function codeHash() {
  const files = ["ponder.config.ts", "ponder.schema.ts", "../../packages/abis/src/generated.ts"];
  const walk = (dir) =>
    readdirSync(join(APP, dir), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith(".ts") ? [join(dir, d.name)] : [],
    );
  files.push(...walk("src").sort());
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update(readFileSync(join(APP, file)));
  return hash.digest("hex").slice(0, 16);
}

/** Wipes the indexer's database if the chain is not the one it indexed last, then records the chain. Returns what it
 * did, in words. */
export async function resetIfNewChain(current, { pgliteDir, databaseUrl, schema }) {
  if (databaseUrl) return resetPostgres(current, databaseUrl, schema);
  const file = join(dirname(pgliteDir), "chain.json");
  const recorded = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
  const code = codeHash();
  const had = existsSync(pgliteDir);
  let outcome = "same chain as last time, resuming";
  if (!had) outcome = "first start, empty database";
  else if (!(await sameChain(recorded, current))) outcome = "a new chain: the previous chain's database was wiped";
  else if (recorded.code !== code) outcome = "the indexer's code changed: the database was wiped to index again";
  if (outcome !== "same chain as last time, resuming") rmSync(pgliteDir, { recursive: true, force: true });
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...stored(current), code }, null, 2)}\n`);
  return outcome;
}

async function resetPostgres(current, databaseUrl, schema) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("CREATE SCHEMA IF NOT EXISTS aid_indexer_meta");
    await client.query(
      "CREATE TABLE IF NOT EXISTS aid_indexer_meta.chain (schema_name text PRIMARY KEY, identity jsonb NOT NULL)",
    );
    const { rows } = await client.query("SELECT identity FROM aid_indexer_meta.chain WHERE schema_name = $1", [schema]);
    let outcome = "same chain as last time, resuming";
    if (!(await sameChain(rows[0]?.identity ?? null, current))) {
      const ident = (name) => `"${name.replaceAll('"', '""')}"`;
      await client.query(`DROP SCHEMA IF EXISTS ponder_sync CASCADE`);
      await client.query(`DROP SCHEMA IF EXISTS ${ident(schema)} CASCADE`);
      outcome = rows[0] ? "a new chain: ponder_sync and the app schema were dropped" : "first start on this database";
    }
    await client.query(
      "INSERT INTO aid_indexer_meta.chain VALUES ($1, $2) ON CONFLICT (schema_name) DO UPDATE SET identity = $2",
      [schema, JSON.stringify(stored(current))],
    );
    return outcome;
  } finally {
    await client.end();
  }
}
