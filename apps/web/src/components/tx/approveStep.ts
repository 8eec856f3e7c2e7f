import { type Address, erc20Abi } from "viem";
import type { Config } from "wagmi";
import { readContract } from "wagmi/actions";
import type { TokenInfo } from "@/lib/units";
import { type TxStep, txStep } from "./useTransactionFlow";

/**
 * Approve `spender` for exactly `amount` of an ERC-20, skipped when `owner`'s allowance already covers it (read when
 * the flow reaches the step, after any earlier step has been mined).
 */
export function approveStep(
  config: Config,
  approval: { token: TokenInfo; tokenAddress: Address; owner: Address; spender: Address; amount: bigint },
): TxStep {
  const { token, tokenAddress, owner, spender, amount } = approval;
  return txStep({
    label: `Approve ${token.symbol}`,
    errorContext: { token },
    isNeeded: async () =>
      (await readContract(config, {
        address: tokenAddress,
        abi: erc20Abi,
        functionName: "allowance",
        args: [owner, spender],
      })) < amount,
    call: { address: tokenAddress, abi: erc20Abi, functionName: "approve", args: [spender, amount] },
  });
}
