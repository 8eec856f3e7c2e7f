import type { Upkeep } from "./types";

const BPS = 10_000n;

/** How far the buffer is from its target, in bps of the reserve (0 for an empty reserve). */
export function bufferDeviationBps(bufferUsdc: bigint, tBillUsdc: bigint, targetBps: bigint): bigint {
  const reserve = bufferUsdc + tBillUsdc;
  if (reserve === 0n) return 0n;
  const target = (reserve * targetBps) / BPS;
  const off = bufferUsdc > target ? bufferUsdc - target : target - bufferUsdc;
  return (off * BPS) / reserve;
}

/** `AIDMinter.rebalance()`: moves USDC between the buffer and the T-bill vault toward the buffer target. Due when the
 * buffer is further from its target than the tolerance; the simulation returns 0 when nothing can move (a deposit too
 * small for one T-bill share, or no T-bills to withdraw). */
export const rebalance: Upkeep = {
  action: "rebalance",
  isDue(state, { contracts, rebalanceToleranceBps }) {
    const { bufferUsdc, tBillUsdc, bufferTargetBps } = state.minter;
    const deviation = bufferDeviationBps(bufferUsdc, tBillUsdc, bufferTargetBps);
    if (deviation <= BigInt(rebalanceToleranceBps)) return [];
    return [
      {
        action: "rebalance",
        key: "rebalance",
        reason: `buffer is ${deviation} bps of the reserve off its ${bufferTargetBps} bps target`,
        ...contracts.minter,
        functionName: "rebalance",
        args: [],
      },
    ];
  },
  effect(result) {
    const moved = result as bigint;
    return moved > 0n ? `moves ${moved} USDC units` : null;
  },
};
