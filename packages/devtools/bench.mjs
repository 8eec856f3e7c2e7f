#!/usr/bin/env node
// `pnpm bench`: one table of what users pay and wait for. Gas of every user operation (isolated, full
// transaction gas, as the peers were measured) beside the cheapest measured peer; contract sizes against
// the 24 KiB limit; first-load JavaScript and JSON-RPC requests of every screen; Lighthouse performance.
// Writes the same figures to packages/devtools/bench/results.json, and compares with the previous run.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GAS_OPERATIONS } from "./bench/peers.mjs";
import { ROOT } from "./lib/local-chain.mjs";
import { run } from "./lib/run.mjs";

const RESULTS = join(ROOT, "packages/devtools/bench/results.json");
const SIZE_LIMIT = 24_576;
const quiet = { echo: false };

async function step(label, command, args, options = {}, { allowFailure = false } = {}) {
  process.stdout.write(`• ${label}… `);
  const result = await run(command, args, { ...options, ...quiet });
  if (result.code !== 0 && !allowFailure) {
    console.log("failed");
    process.stdout.write(result.output);
    process.exit(result.code);
  }
  console.log("done");
  return result.output;
}

await step("Building contracts, ABIs and the web app", "turbo", ["run", "build", "--output-logs=errors-only"]);
await step("Measuring gas (forge test --isolate on contracts/test/gas)", "node", [
  "contracts/tools/foundry.mjs",
  "forge",
  "test",
  "--isolate",
  "--match-path",
  "contracts/test/gas/*",
]);
const snapshots = {};
const snapshotDir = join(ROOT, "contracts/snapshots");
for (const file of readdirSync(snapshotDir).filter((f) => f.endsWith(".json"))) {
  Object.assign(snapshots, JSON.parse(readFileSync(join(snapshotDir, file), "utf8")));
}

// forge exits non-zero when any compiled contract is over the limit, test handlers included; only the
// protocol's own contracts (contracts/src) are reported and judged here.
const sizesJson = await step(
  "Measuring contract sizes",
  "node",
  ["contracts/tools/foundry.mjs", "forge", "build", "--sizes", "--json"],
  {},
  { allowFailure: true },
);
const sizesLine = sizesJson.split("\n").find((line) => line.trim().startsWith("{")) ?? "{}";
const allSizes = JSON.parse(sizesLine);
const deployable = new Set();
const collect = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && !["interfaces", "libraries"].includes(entry.name)) collect(join(dir, entry.name));
    else if (entry.name.endsWith(".sol")) deployable.add(entry.name.replace(/\.sol$/, ""));
  }
};
collect(join(ROOT, "contracts/src"));
const sizes = Object.fromEntries(
  Object.entries(allSizes)
    .filter(([name]) => deployable.has(name))
    .map(([name, s]) => [name, s.runtime_size]),
);

const webOut = join(tmpdir(), `aid-bench-${process.pid}.json`);
await step(
  "Measuring the web app in Chromium (first-load JS, JSON-RPC requests, Lighthouse)",
  "pnpm",
  ["--filter", "@aid/web", "exec", "playwright", "test"],
  { env: { ...(await import("./lib/run.mjs")).toolEnv({ BENCH_OUT: webOut }) } },
);
const web = JSON.parse(readFileSync(webOut, "utf8"));
rmSync(webOut, { force: true });

const previous = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, "utf8")) : undefined;
const gas = GAS_OPERATIONS.map((op) => {
  const measured = snapshots[op.snapshot] === undefined ? undefined : Number(snapshots[op.snapshot]);
  return { ...op, measured, ratio: measured && op.peer ? measured / op.peer : undefined };
});
const results = { gas, snapshots, sizes, web };
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

const fmt = (n) => (n === undefined ? "—" : n.toLocaleString("en-US"));
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);
// Columns as wide as their longest entry, so no name runs into the figures.
const opWidth = Math.max(...gas.map((g) => g.operation.length)) + 2;
const peerWidth = Math.max(...gas.map((g) => (g.peerName ?? "").length)) + 2;
console.log("\nGas per user operation (full transaction gas, isolated)");
console.log(
  `  ${pad("operation", opWidth)}${padL("AID", 9)}${padL("peer", 10)}  ${pad("peer contract", peerWidth)}${padL("ratio", 6)}${padL("Δ prev", 9)}`,
);
for (const g of gas) {
  const before = previous?.gas?.find((p) => p.snapshot === g.snapshot)?.measured;
  const delta = g.measured !== undefined && before !== undefined ? g.measured - before : undefined;
  const change = delta === undefined ? (previous ? "new" : "") : (delta > 0 ? "+" : "") + fmt(delta);
  console.log(
    `  ${pad(g.operation, opWidth)}${padL(fmt(g.measured), 9)}${padL(fmt(g.peer), 10)}  ${pad(g.peerName ?? "", peerWidth)}${padL(g.ratio ? g.ratio.toFixed(2) : "—", 6)}${padL(change, 9)}`,
  );
}
const notes = gas.filter((g) => g.note);
if (notes.length) {
  console.log("  Notes:");
  for (const g of notes) console.log(`  - ${g.operation}: ${g.note}`);
}
console.log("\nContract sizes (runtime bytecode; limit 24,576 bytes)");
for (const [name, size] of Object.entries(sizes).sort((a, b) => b[1] - a[1])) {
  console.log(`  ${pad(name, opWidth)}${padL(fmt(size), 9)}  ${((100 * size) / SIZE_LIMIT).toFixed(0)}% of the limit`);
}
console.log("\nScreens (production build)");
console.log(
  `  ${pad("route", 24)}${padL("first-load JS (gzip)", 22)}${padL("JSON-RPC requests", 20)}${padL("Lighthouse", 12)}`,
);
for (const [path, s] of Object.entries(web.screens)) {
  const lh = web.lighthouse[path];
  console.log(
    `  ${pad(path, 24)}${padL(`${(s.firstLoadJsGzip / 1024).toFixed(1)} kB`, 22)}${padL(s.rpcRequests, 20)}${padL(lh ?? "—", 12)}`,
  );
}
console.log(`\nWritten to ${RESULTS.replace(`${ROOT}/`, "")}`);
