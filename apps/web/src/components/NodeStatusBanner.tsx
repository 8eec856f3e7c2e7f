"use client";

import { useBlockNumber } from "wagmi";

/**
 * Says so when the blockchain node stops answering. Nothing else changes: forms keep what the user typed,
 * and reads resume by themselves when the node is back (the block number is polled every 4 seconds).
 */
export function NodeStatusBanner() {
  const { isError } = useBlockNumber({ query: { refetchInterval: 4_000, retry: false } });
  if (!isError) return null;
  return (
    <div role="alert" data-testid="node-unreachable" className="border-b border-red-200 bg-red-50">
      <p className="mx-auto max-w-5xl px-4 py-3 text-sm text-red-800">
        <strong>Network unreachable.</strong> The app cannot reach the blockchain node. What you typed is kept, and the
        app reconnects by itself when the node answers again.
      </p>
    </div>
  );
}
