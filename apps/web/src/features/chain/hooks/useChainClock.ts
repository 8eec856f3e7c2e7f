import { useCallback, useEffect, useRef } from "react";
import { useBlock, useBlockNumber } from "wagmi";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";

type Clock = { timestamp: bigint; readAt: number };

/**
 * The chain's clock, the one every date check and "today" uses: the latest block's timestamp run forward by the
 * wall-clock time since it was read. Never the browser's clock alone: the local chain runs weeks ahead of it after
 * seeding, and a time jump (evm_increaseTime) moves it at once. The block is the one the screens already read; it is
 * read again when the node reports a new block (the node-status poll), so a jump is followed within seconds.
 *
 * `now()` is stable (schemas built once call it at validation time). Until the first block is read it answers the
 * browser's clock, and `ready` is false.
 */
export function useChainClock() {
  const { chainId } = useProtocolAddresses();
  const block = useBlock({ chainId, query: { refetchInterval: 30_000 } });
  const { data: latestNumber } = useBlockNumber({ query: { refetchInterval: 4_000, retry: false } });
  const { refetch } = block;
  const readNumber = block.data?.number;
  useEffect(() => {
    if (latestNumber !== undefined && readNumber !== undefined && latestNumber > readNumber) void refetch();
  }, [latestNumber, readNumber, refetch]);
  const clock = useRef<Clock | undefined>(undefined);
  clock.current = block.data ? { timestamp: block.data.timestamp, readAt: block.dataUpdatedAt } : undefined;
  const now = useCallback((): number => {
    const c = clock.current;
    if (!c) return Math.floor(Date.now() / 1000);
    return Number(c.timestamp) + Math.max(0, Math.floor((Date.now() - c.readAt) / 1000));
  }, []);
  return { now, ready: block.data !== undefined, timestamp: block.data?.timestamp };
}
