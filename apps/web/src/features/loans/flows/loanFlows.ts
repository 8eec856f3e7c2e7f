import { aidAbi, loanManagerAbi } from "@aid/abis";
import type { Address } from "viem";
import type { Config } from "wagmi";
import { readContract } from "wagmi/actions";
import { type TxStep, txStep } from "@/components/tx/useTransactionFlow";
import type { ProtocolAddresses } from "@/config/contracts";
import { AID } from "@/lib/units";

/** Start the auction of a defaulted loan's title (anyone may). */
export function liquidateFlow(addresses: ProtocolAddresses, loanId: bigint): TxStep[] {
  return [
    txStep({
      label: `Liquidate loan #${loanId}`,
      call: { address: addresses.loanManager, abi: loanManagerAbi, functionName: "liquidate", args: [loanId] },
    }),
  ];
}

/**
 * Buy an auctioned title: `bid` pulls the current price in AID, so approve the loan manager for `price` (the
 * price now; it only falls, so it covers the price when the bid is mined) if needed, then bid.
 */
export function bidFlow(
  config: Config,
  addresses: ProtocolAddresses,
  account: Address,
  loanId: bigint,
  price: bigint,
): TxStep[] {
  return [
    txStep({
      label: "Approve AID",
      errorContext: { token: AID },
      isNeeded: async () =>
        (await readContract(config, {
          address: addresses.aid,
          abi: aidAbi,
          functionName: "allowance",
          args: [account, addresses.loanManager],
        })) < price,
      call: { address: addresses.aid, abi: aidAbi, functionName: "approve", args: [addresses.loanManager, price] },
    }),
    txStep({
      label: `Bid on loan #${loanId}`,
      errorContext: { token: AID },
      call: { address: addresses.loanManager, abi: loanManagerAbi, functionName: "bid", args: [loanId] },
    }),
  ];
}
