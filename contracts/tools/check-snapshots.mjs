// Fails when the gas snapshots the forge tests just wrote (contracts/snapshots) differ from the committed ones: the
// committed figures are what `pnpm bench` and later changes compare with, so they must be the measured ones. Run
// after `forge test`, which rewrites every snapshot file it measures.
import { execFileSync } from "node:child_process";

const dir = "contracts/snapshots";
const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
const git = (...args) => execFileSync("git", args, { cwd: root, encoding: "utf8" });
const diff = git("diff", "--stat", "HEAD", "--", dir);
const untracked = git("ls-files", "--others", "--exclude-standard", "--", dir);
if (diff.trim() || untracked.trim()) {
  console.error("Gas snapshots differ from the committed ones:");
  console.error(diff || untracked);
  console.error("The forge tests rewrote them: commit contracts/snapshots with the change that moved the figures.");
  process.exit(1);
}
const files = git("ls-files", "--", dir).trim().split("\n").filter(Boolean);
console.log(`Gas snapshot check: ${files.length} snapshot files match the commit.`);
