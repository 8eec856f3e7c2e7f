import type { Abi, Address } from "viem";
import type { Contracts } from "../contracts";
import type { ChainState } from "../state";

export type ActionName = "liquidate" | "closeAuction" | "refreshBook" | "processRedemptions" | "harvest" | "rebalance";

/** What the due checks may read besides the chain state. */
export type UpkeepContext = {
  contracts: Contracts;
  maxFills: number;
  maxLiquidations: number;
  harvestMin: bigint;
  rebalanceToleranceBps: number;
};

/** One permissionless call that the state says is due. */
export type Call = {
  action: ActionName;
  /** Names the call in logs (such as `liquidate:3`). */
  key: string;
  /** Why it is due, for the log. */
  reason: string;
  address: Address;
  abi: Abi;
  functionName: string;
  args: readonly unknown[];
};

/** One upkeep: a pure due check on the state read this tick, and what the simulated result says the call would do
 * (null: nothing, so it is not sent). Sending is the same for every upkeep (see `Sender`). */
export type Upkeep = {
  action: ActionName;
  isDue(state: ChainState, context: UpkeepContext): Call[];
  effect(result: unknown): string | null;
};
