#!/usr/bin/env node
// A solc command-line interface over the npm `solc` package (solc-js), for forge with `offline = true`.
// forge calls `<solc> --version` and `<solc> --standard-json` (input on stdin, output on stdout).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const solc = require("solc");

const args = process.argv.slice(2);

if (args.includes("--version")) {
  process.stdout.write("solc, the solidity compiler commandline interface\n");
  process.stdout.write(`Version: ${solc.version().replace(".Emscripten.clang", ".Linux.g++")}\n`);
  process.exit(0);
}

if (!args.includes("--standard-json")) {
  process.stderr.write("solc.cjs supports only --version and --standard-json\n");
  process.exit(1);
}

const searchRoots = [process.cwd()];
for (let i = 0; i < args.length; i++) {
  if (["--base-path", "--include-path", "--allow-paths"].includes(args[i]) && args[i + 1]) {
    searchRoots.push(...args[i + 1].split(","));
  }
}

function findImports(importPath) {
  const candidates = [importPath, ...searchRoots.map((root) => path.resolve(root, importPath))];
  for (const candidate of candidates) {
    try {
      return { contents: fs.readFileSync(candidate, "utf8") };
    } catch {}
  }
  return { error: `File not found: ${importPath}` };
}

const input = fs.readFileSync(0, "utf8");
process.stdout.write(solc.compile(input, { import: findImports }));
