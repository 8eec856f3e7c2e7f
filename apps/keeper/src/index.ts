import { ConfigError, parseConfig } from "./config";
import { Keeper } from "./keeper";
import { jsonLogger } from "./log";
import { startServer } from "./server";

const log = jsonLogger();

async function main() {
  const config = parseConfig(process.env);
  const keeper = new Keeper(config, { logger: log });
  const server = await startServer(keeper, config.port);
  const address = server.address();
  log("info", "server_listening", { port: typeof address === "object" && address ? address.port : config.port });
  keeper.start();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log("info", "shutdown", { signal });
    server.close();
    await keeper.stop();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(signal));
}

main().catch((error) => {
  if (error instanceof ConfigError) {
    log("error", "config_invalid", { problems: error.problems });
    process.stderr.write(`${error.message}\n`);
  } else {
    log("error", "keeper_crashed", { error: error instanceof Error ? error.message : String(error) });
  }
  process.exit(1);
});
