#!/usr/bin/env node
// The one test command: builds contracts, ABIs and the web app, then runs every check through turbo:
// forge fmt and biome (lint), tsc (check-types), forge tests and the gas snapshot check, the ABI drift check and
// vitest (test), and the browser tests in Chromium against a local chain (test:e2e). Prints the counts at the end.
import { existsSync } from "node:fs";
import { ROOT } from "./lib/local-chain.mjs";
import { run } from "./lib/run.mjs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.log(`Chromium is missing at ${chromium}: installing Debian's chromium for the browser tests.`);
  const install = await run("bash", [`${ROOT}/packages/devtools/install-chromium.sh`]);
  if (install.code !== 0) process.exit(install.code);
}

const started = Date.now();
// In CI, the invariant tests also run in the `ci` profile: 1,000 runs of depth 100 each (foundry.toml).
const deepInvariants = process.env.CI ? ["test:invariants:ci"] : [];
const { code, output } = await run("turbo", [
  "run",
  "lint",
  "check-types",
  "test",
  "test:e2e",
  ...deepInvariants,
  "--concurrency=2",
  // Every task runs to its end even when another fails, so one failure never hides (or cuts short) the others.
  "--continue",
  "--output-logs=full",
  "--log-order=grouped",
]);

const counts = [];
const plain = output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g"), "");
for (const m of plain.matchAll(
  /^(\S*?)\s*Ran \d+ test suites?.*?: (\d+) tests passed, (\d+) failed, (\d+) skipped/gm,
)) {
  const suite = m[1].includes("invariants:ci")
    ? "forge invariants, ci profile (1,000 runs x depth 100)"
    : "forge (unit, fuzz, invariant, gas, access)";
  counts.push({ suite, passed: +m[2], failed: +m[3], skipped: +m[4] });
}
for (const m of plain.matchAll(
  /^(@[\w-]+\/[\w-]+)?\S*\s+Tests\s+(?:(\d+) failed \| )?(\d+) passed(?: \| (\d+) skipped)?/gm,
)) {
  const suite = m[1] ? `vitest (${m[1]})` : "vitest (TypeScript unit)";
  counts.push({ suite, passed: +m[3], failed: +(m[2] ?? 0), skipped: +(m[4] ?? 0) });
}
for (const m of plain.matchAll(/Gas snapshot check: (\d+) snapshot files match/g)) {
  counts.push({ suite: "gas snapshot check", passed: 1, failed: 0, skipped: 0, note: `${m[1]} files` });
}
for (const m of plain.matchAll(/ABI drift check: (\d+) generated files match/g)) {
  counts.push({ suite: "ABI drift check", passed: 1, failed: 0, skipped: 0, note: `${m[1]} files` });
}
const pwPassed = [...plain.matchAll(/^\S*\s+(\d+) passed \(/gm)].map((m) => +m[1]);
const pwFailed = [...plain.matchAll(/^\S*\s+(\d+) failed$/gm)].map((m) => +m[1]);
// A test the config lets retry (e2e/borrowLoan.spec.ts) that failed once and then passed is "flaky": it passed, and
// the summary says so.
const pwFlaky = [...plain.matchAll(/^\S*\s+(\d+) flaky$/gm)].map((m) => +m[1]);
if (pwPassed.length || pwFailed.length) {
  const flaky = pwFlaky.reduce((a, b) => a + b, 0);
  counts.push({
    suite: "playwright (browser, Chromium)",
    passed: pwPassed.reduce((a, b) => a + b, 0) + flaky,
    failed: pwFailed.reduce((a, b) => a + b, 0),
    skipped: 0,
    note: flaky ? `${flaky} passed on a retry` : undefined,
  });
}

const total = counts.reduce(
  (sum, c) => ({ passed: sum.passed + c.passed, failed: sum.failed + c.failed, skipped: sum.skipped + c.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log("\nTest summary");
for (const c of counts)
  console.log(
    `  ${c.suite.padEnd(52)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped${c.note ? ` (${c.note})` : ""}`,
  );
console.log(`  type checks and lint: ${code === 0 ? "clean" : "see the output above"}`);
console.log(`  wall time: ${Math.round((Date.now() - started) / 1000)} s`);
if (code !== 0 && total.failed === 0) total.failed = 1;
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(code);
