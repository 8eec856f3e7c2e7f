import { loanManagerAbi } from "@aid/abis";
import { type Address, maxUint256 } from "viem";
import type { Config } from "wagmi";
import { approveStep } from "@/components/tx/approveStep";
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
 * Close an auction that ended with no bid (anyone may): the title goes to the recovery address and the loan is written
 * off. Until then the loan cannot be repaid (`repay` reverts AuctionEnded).
 */
export function closeAuctionFlow(addresses: ProtocolAddresses, loanId: bigint): TxStep[] {
  return [
    txStep({
      label: `Close the auction of loan #${loanId}`,
      call: { address: addresses.loanManager, abi: loanManagerAbi, functionName: "closeAuction", args: [loanId] },
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
    approveStep(config, {
      token: AID,
      tokenAddress: addresses.aid,
      owner: account,
      spender: addresses.loanManager,
      amount: price,
    }),
    txStep({
      label: `Bid on loan #${loanId}`,
      errorContext: { token: AID },
      call: { address: addresses.loanManager, abi: loanManagerAbi, functionName: "bid", args: [loanId] },
    }),
  ];
}

/**
 * Borrow against a title in one transaction: `openLoan` pledges the caller's own title with no ERC-721 approval (the
 * registry lets the loan manager pledge only its caller's titles) and sends the AID to the account.
 */
export function openLoanFlow(
  addresses: ProtocolAddresses,
  account: Address,
  titleId: bigint,
  principal: bigint,
): TxStep[] {
  return [
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
 * paid) if the allowance is short, then repay `amount` (interest and penalty first, then principal).
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
    approveStep(config, {
      token: AID,
      tokenAddress: addresses.aid,
      owner: account,
      spender: addresses.loanManager,
      amount: allowance,
    }),
    txStep({
      label: `Repay loan #${loanId}`,
      errorContext: { token: AID },
      call: { address: addresses.loanManager, abi: loanManagerAbi, functionName: "repay", args: [loanId, amount] },
    }),
  ];
}

/** `repay`'s "pay off" amount: the contract takes the whole debt at the block it is mined in, never more. */
export const PAY_OFF = maxUint256;

/**
 * Pay a loan off and get the title back: `repay(loanId, type(uint256).max)`, which takes exactly the payoff at the
 * block it is mined in. The payoff grows every second (interest, and penalty while late), and the approval is mined
 * in a block before the repayment, so `allowance` must be the payoff projected to a time after both are mined
 * (`payoffAt(loan, chain time + margin)`), not the payoff read now: an approval of the payoff read now is short by a
 * few seconds of interest when `repay` runs, and `transferFrom` reverts.
 */
export function payOffFlow(
  config: Config,
  addresses: ProtocolAddresses,
  account: Address,
  loanId: bigint,
  allowance: bigint,
): TxStep[] {
  return repayFlow(config, addresses, account, loanId, PAY_OFF, allowance);
}

/** The borrower takes the surplus of a sold loan's auction to their own account. */
export function claimSurplusFlow(addresses: ProtocolAddresses, account: Address, loanId: bigint): TxStep[] {
  return [
    txStep({
      label: `Claim the surplus of loan #${loanId}`,
      errorContext: { token: AID },
      call: {
        address: addresses.loanManager,
        abi: loanManagerAbi,
        functionName: "claimSurplus",
        args: [loanId, account],
      },
    }),
  ];
}
