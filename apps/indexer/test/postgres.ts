import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "@aid/devtools/local-chain";

const VERSION = "15";

/** A throwaway PostgreSQL cluster (Debian's postgresql-common) on `port`, trusting local TCP connections. Installs
 * Debian's postgresql first if pg_createcluster is missing (as CI does). */
export function createCluster(port: number) {
  const which = spawnSync("sh", ["-c", "command -v pg_createcluster"]);
  if (which.status !== 0)
    execFileSync("bash", [join(ROOT, "packages/devtools/install-postgresql.sh")], { stdio: "inherit" });
  const name = `aid_indexer_test_${port}`;
  dropCluster(name);
  execFileSync("pg_createcluster", [VERSION, name, "--port", String(port), "--start", "--", "--auth=trust"], {
    stdio: "pipe",
  });
  return { name, url: `postgresql://postgres@127.0.0.1:${port}/postgres`, drop: () => dropCluster(name) };
}

function dropCluster(name: string) {
  spawnSync("pg_dropcluster", [VERSION, name, "--stop"], { stdio: "pipe" });
}
