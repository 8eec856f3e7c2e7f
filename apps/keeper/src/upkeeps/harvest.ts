import type { Upkeep } from "./types";

/** `AIDMinter.harvest()`: mints the reserve's T-bill yield to sAID's stakers (and the protocol fee). Due when
 * `harvestable()` exceeds the configured minimum and the vault has shares; the simulation reverts `NoStakers` when only
 * the dead shares are left. */
export const harvest: Upkeep = {
  action: "harvest",
  isDue(state, { contracts, harvestMin }) {
    if (state.minter.harvestable <= harvestMin || state.vaultSupply === 0n) return [];
    return [
      {
        action: "harvest",
        key: "harvest",
        reason: `harvestable ${state.minter.harvestable} AID wei > minimum ${harvestMin}`,
        ...contracts.minter,
        functionName: "harvest",
        args: [],
      },
    ];
  },
  effect(result) {
    const [toSavings, protocolFee] = result as readonly [bigint, bigint];
    return toSavings + protocolFee > 0n ? `mints ${toSavings} AID wei to sAID and ${protocolFee} as the fee` : null;
  },
};
