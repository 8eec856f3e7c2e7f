import { createServer, type Server } from "node:http";
import type { Keeper } from "./keeper";

/** `GET /health`: 200 with the last successful tick, or 503 when it is older than `healthMaxAgeMs` or the node does not
 * answer. `GET /metrics`: Prometheus text. */
export function startServer(keeper: Keeper, port: number, host = "0.0.0.0"): Promise<Server> {
  const server = createServer(async (req, res) => {
    try {
      const path = (req.url ?? "/").split("?")[0];
      if (req.method === "GET" && path === "/health") {
        const rpcUp = await keeper.rpcReachable();
        const last = keeper.lastSuccessAt;
        const ageMs = last === null ? null : Date.now() - last;
        const fresh = ageMs !== null && ageMs <= keeper.config.healthMaxAgeMs;
        const healthy = rpcUp && fresh;
        res.writeHead(healthy ? 200 : 503, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            status: healthy ? "ok" : "unhealthy",
            rpc: rpcUp ? "up" : "down",
            lastSuccessfulTick: last === null ? null : new Date(last).toISOString(),
            lastTickAgeMs: ageMs,
            maxAgeMs: keeper.config.healthMaxAgeMs,
            lastError: keeper.lastError,
            address: keeper.address,
            chainId: keeper.config.chainId,
            dryRun: keeper.config.dryRun,
          }),
        );
        return;
      }
      if (req.method === "GET" && path === "/metrics") {
        const registry = keeper.metrics.registry;
        res.writeHead(200, { "content-type": registry.contentType });
        res.end(await registry.metrics());
        return;
      }
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found: GET /health or /metrics\n");
    } catch (error) {
      res.writeHead(500, { "content-type": "text/plain" });
      res.end(`${error instanceof Error ? error.message : String(error)}\n`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}
