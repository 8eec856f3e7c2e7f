// Running commands from the repository's scripts with pnpm reachable by name (turbo calls `pnpm run`),
// also when pnpm itself was started through `npx pnpm@…` and is not installed globally.
import { spawn } from "node:child_process";
import { basename, delimiter, dirname, join } from "node:path";
import { ROOT } from "./local-chain.mjs";

export function toolEnv(extra = {}) {
  const path = [join(ROOT, "node_modules/.bin")];
  const execPath = process.env.npm_execpath;
  if (execPath && /^pn(pm|x)?(\.c?js)?$/.test(basename(execPath))) path.push(dirname(execPath));
  return { ...process.env, ...extra, PATH: [...path, process.env.PATH].join(delimiter) };
}

/** Runs a command, echoing its output live and returning it, with the exit code. */
export function run(command, args, { cwd = ROOT, env = toolEnv(), echo = true } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const forward = (stream, target) =>
      stream.on("data", (chunk) => {
        output += chunk;
        if (echo) target.write(chunk);
      });
    forward(child.stdout, process.stdout);
    forward(child.stderr, process.stderr);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}
