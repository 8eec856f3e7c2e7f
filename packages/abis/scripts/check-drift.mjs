// Fails when the generated ABI package or the local deployment file differ from what is committed:
// both are produced by tools (forge, Deploy.s.sol, wagmi generate) and must never drift or be edited by hand.
import { execFileSync } from "node:child_process";

const tracked = ["packages/abis/src/generated.ts", "contracts/deployments/31337.json"];
const root = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();
const diff = execFileSync("git", ["diff", "--stat", "--", ...tracked], { cwd: root, encoding: "utf8" });
const untracked = execFileSync("git", ["ls-files", "--others", "--exclude-standard", "--", ...tracked], {
  cwd: root,
  encoding: "utf8",
});
if (diff.trim() || untracked.trim()) {
  console.error("Generated files drifted from the committed ones:");
  console.error(diff || untracked);
  console.error("Regenerate them (pnpm build) and commit the result; never edit them by hand.");
  process.exit(1);
}
console.log(`ABI drift check: ${tracked.length} generated files match the commit.`);
