import { aidAbi, gpuTitleRegistryAbi, loanManagerAbi } from "@aid/abis";
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

/** Borrow against a title: approve it to the loan manager (ERC-721) if needed, then open the loan to the account. */
export function openLoanFlow(
  config: Config,
  addresses: ProtocolAddresses,
  account: Address,
  titleId: bigint,
  principal: bigint,
): TxStep[] {
  return [
    txStep({
      label: `Approve title #${titleId}`,
      isNeeded: async () =>
        (
          await readContract(config, {
            address: addresses.titleRegistry,
            abi: gpuTitleRegistryAbi,
            functionName: "getApproved",
            args: [titleId],
          })
        ).toLowerCase() !== addresses.loanManager.toLowerCase(),
      call: {
        address: addresses.titleRegistry,
        abi: gpuTitleRegistryAbi,
        functionName: "approve",
        args: [addresses.loanManager, titleId],
      },
    }),
    txStep({
      label: "Open the loan",
      errorContext: { token: AID },
      call: {
        address: addresses.loanManager,
        abi: loanManagerAbi,
        functionName: "openLoan",
        args: [titleId, principal, account],
      },
    }),
  ];
}

/**
 * Pay a loan: `repay` pulls AID from the caller, so approve the loan manager for `allowance` (at least what is
 * paid) if needed, then repay `amount` (type(uint256).max pays it off and returns the title).
 */
export function repayFlow(
  config: Config,
  addresses: ProtocolAddresses,
  account: Address,
  loanId: bigint,
  amount: bigint,
  allowance: bigint,
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
        })) < allowance,
      call: { address: addresses.aid, abi: aidAbi, functionName: "approve", args: [addresses.loanManager, allowance] },
    }),
    txStep({
      label: `Repay loan #${loanId}`,
      errorContext: { token: AID },
      call: { address: addresses.loanManager, abi: loanManagerAbi, functionName: "repay", args: [loanId, amount] },
    }),
  ];
}
