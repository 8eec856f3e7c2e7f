import type { Upkeep } from "./types";

/** `LoanManager.liquidate(loanId)`: starts the auction of every Active loan whose `defaultReason` is not None (payment
 * past grace, LTV above the threshold, lapsed collateral), up to the batch size a tick. */
export const liquidate: Upkeep = {
  action: "liquidate",
  isDue(state, { contracts, maxLiquidations }) {
    return state.loans.liquidatable.slice(0, maxLiquidations).map((loanId) => ({
      action: "liquidate" as const,
      key: `liquidate:${loanId}`,
      reason: `loan ${loanId} is in default`,
      ...contracts.loans,
      functionName: "liquidate",
      args: [loanId],
    }));
  },
  effect: () => "starts the auction",
};
