import type { Upkeep } from "./types";

/** `LoanManager.closeAuction(loanId)`: writes off a loan whose auction ended unsold (the title goes to the recovery
 * address, the insurance fund covers what it can), up to the batch size a tick. */
export const closeAuction: Upkeep = {
  action: "closeAuction",
  isDue(state, { contracts, maxLiquidations }) {
    return state.loans.endedAuctions.slice(0, maxLiquidations).map((loanId) => ({
      action: "closeAuction" as const,
      key: `closeAuction:${loanId}`,
      reason: `loan ${loanId}'s auction ended unsold`,
      ...contracts.loans,
      functionName: "closeAuction",
      args: [loanId],
    }));
  },
  effect: () => "writes the loan off",
};
