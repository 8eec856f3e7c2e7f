import type { Upkeep } from "./types";

/** `StakedAID.refreshBook()`: re-reads the loan manager's checkpoint. Due when the vault's cached checkpoint (its last
 * `BookSynced`) still accrues and its accrual end has passed: the vault then reads the loan manager on every view and
 * refreshes inside the next fill. (The vault's `bookValue` view cannot tell: it already answers with the loan
 * manager's figure when its cache is stale.) */
export const refreshBook: Upkeep = {
  action: "refreshBook",
  isDue(state, { contracts }) {
    const sync = state.bookSync;
    if (!sync || sync.ratePerSecond === 0n || state.now <= sync.accrualEnd) return [];
    return [
      {
        action: "refreshBook",
        key: "refreshBook",
        reason: `the vault's book stopped accruing at ${sync.accrualEnd} (now ${state.now})`,
        ...contracts.vault,
        functionName: "refreshBook",
        args: [],
      },
    ];
  },
  effect: () => "re-reads the loan manager's checkpoint",
};
