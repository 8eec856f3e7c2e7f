// Runs forge or anvil from their npm packages' platform binaries, passing on the exit code.
// (The npm wrapper scripts `forge`/`anvil` always exit 0, which would hide failing tests.)
// Usage: node contracts/tools/foundry.mjs <forge|anvil> [args...]
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const ARCH = { x64: "amd64", arm64: "arm64" };

/** Absolute path of the native `forge` or `anvil` binary shipped in @foundry-rs/<tool>-<os>-<arch>. */
export function foundryBinary(tool) {
  const require = createRequire(import.meta.url);
  const wrapper = createRequire(require.resolve(`@foundry-rs/${tool}/package.json`));
  const os = process.platform === "win32" ? "win32" : process.platform;
  const suffix = process.platform === "win32" ? ".exe" : "";
  return wrapper.resolve(`@foundry-rs/${tool}-${os}-${ARCH[process.arch] ?? process.arch}/bin/${tool}${suffix}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [tool, ...args] = process.argv.slice(2);
  if (tool !== "forge" && tool !== "anvil") {
    console.error("usage: foundry.mjs <forge|anvil> [args...]");
    process.exit(2);
  }
  const child = spawn(foundryBinary(tool), args, { stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
