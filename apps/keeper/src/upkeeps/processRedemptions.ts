import { RequestStatus } from "../state";
import type { Upkeep } from "./types";

/** `StakedAID.processRedemptions(maxCount)`: fills eligible exit requests from the head of the queue, in whole or (when
 * idle AID is short) in part. Due when the head request is pending, past its cooldown, and some AID is idle. */
export const processRedemptions: Upkeep = {
  action: "processRedemptions",
  isDue(state, { contracts, maxFills }) {
    const { headRequest, idleAssets, head } = state.queue;
    if (!headRequest || idleAssets === 0n) return [];
    // A cancelled head is skipped by the fill itself; the simulation says whether an eligible request lies behind it.
    const eligible =
      headRequest.status === RequestStatus.None ||
      (headRequest.status === RequestStatus.Pending && headRequest.eligibleAt <= state.now);
    if (!eligible) return [];
    return [
      {
        action: "processRedemptions",
        key: `processRedemptions:${head}`,
        reason: `request ${head} is eligible and ${idleAssets} AID wei is idle`,
        ...contracts.vault,
        functionName: "processRedemptions",
        args: [BigInt(maxFills)],
      },
    ];
  },
  effect(result) {
    const [filled, assets] = result as readonly [bigint, bigint];
    return filled > 0n ? `fills ${filled} request(s) for ${assets} AID wei` : null;
  },
};
