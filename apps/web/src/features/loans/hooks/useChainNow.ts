import { useEffect, useState } from "react";

/**
 * The chain's time now, in seconds: the latest block's timestamp run forward by the wall-clock time since it was
 * read, recomputed every second. The local chain's clock runs ahead of the wall clock, so never Date.now() alone.
 */
export function useChainNow(clock: { timestamp: bigint; readAt: number } | undefined): bigint | undefined {
  const [wall, setWall] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setWall(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (!clock) return undefined;
  const since = BigInt(Math.max(0, Math.floor((wall - clock.readAt) / 1000)));
  return clock.timestamp + since;
}
