"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import type { Abi, Address, ContractFunctionArgs, ContractFunctionName, Hash } from "viem";
import { useAccount, useConfig } from "wagmi";
import { simulateContract, switchChain, waitForTransactionReceipt, writeContract } from "wagmi/actions";
import { decodeError, type ErrorContext, type FriendlyError } from "@/lib/errors";

type WriteFunction<abi extends Abi> = ContractFunctionName<abi, "nonpayable" | "payable">;

/** One transaction of a flow: what it calls, how to name it, and whether it is needed at all. */
export type TxStep = {
  label: string;
  errorContext?: ErrorContext;
  /** Checked just before the step runs (e.g. is the allowance already enough?). */
  isNeeded?: () => Promise<boolean>;
  call: { address: Address; abi: Abi; functionName: string; args: readonly unknown[] };
};

/** Builds a step with the contract call type-checked against its generated ABI. */
export function txStep<
  const abi extends Abi,
  functionName extends WriteFunction<abi>,
  const args extends ContractFunctionArgs<abi, "nonpayable" | "payable", functionName>,
>(step: {
  label: string;
  errorContext?: ErrorContext;
  isNeeded?: () => Promise<boolean>;
  call: { address: Address; abi: abi; functionName: functionName; args: args };
}): TxStep {
  return step as unknown as TxStep;
}

/**
 * What the user reviews before an irreversible action is signed: what happens, the amounts in and out with the fees,
 * and what they end up with. Every amount is already formatted with its unit.
 */
export type TxReviewContent = {
  /** The action in a few words, as the dialog's title: "Bid on loan #4". */
  title: string;
  /** What happens, in a sentence or two. */
  summary: string;
  /** Amounts and facts, in order: what the user pays, receives, the fees, what they end up with. */
  rows: readonly { label: string; value: string; emphasis?: boolean }[];
  /** A caution or context line (e.g. a bid's premium over the title's value). */
  note?: string;
  /** The confirm button's text: "Bid 10,130.67 AID". */
  confirmLabel: string;
};

/** Options of a flow run: the review shown (and confirmed) before anything is signed, and the success message. */
export type RunOptions = {
  review?: TxReviewContent;
  /** What happened, in words, once every step is mined: "You own title #3". */
  success?: string;
};

export type FlowState =
  | { status: "idle" }
  | {
      status: "reviewing";
      review: TxReviewContent;
      /** The transactions the wallet will be asked to sign, in order (an approval only if the allowance is short). */
      steps: readonly string[];
      confirm: () => void;
      cancel: () => void;
    }
  | { status: "switching" }
  | { status: "simulating" | "signing"; step: number; total: number; label: string }
  | { status: "confirming"; step: number; total: number; label: string; hash: Hash }
  | { status: "confirmed"; hashes: Hash[]; message?: string; explorerUrl?: string }
  | { status: "failed"; label?: string; error: FriendlyError };

/**
 * Runs a flow of transactions: with `options.review`, first a review the user confirms (or cancels, and nothing
 * happens); then switch network if needed, then for each step simulate (so a revert is
 * decoded before anything is signed), sign, and wait for the receipt. Refreshes every read afterwards.
 */
export function useTransactionFlow() {
  const config = useConfig();
  const queryClient = useQueryClient();
  const { address, chainId } = useAccount();
  const [state, setState] = useState<FlowState>({ status: "idle" });
  const pendingReview = useRef<((confirmed: boolean) => void) | undefined>(undefined);

  const run = useCallback(
    async (steps: TxStep[], options: RunOptions = {}): Promise<boolean> => {
      const appChainId = config.chains[0].id;
      if (options.review) {
        pendingReview.current?.(false);
        const review = options.review;
        const confirmed = await new Promise<boolean>((resolve) => {
          const settle = (answer: boolean) => {
            if (pendingReview.current !== settle) return;
            pendingReview.current = undefined;
            resolve(answer);
          };
          pendingReview.current = settle;
          setState({
            status: "reviewing",
            review,
            steps: steps.map((step) => (step.isNeeded ? `${step.label} (only if needed)` : step.label)),
            confirm: () => settle(true),
            cancel: () => settle(false),
          });
        });
        if (!confirmed) {
          setState({ status: "idle" });
          return false;
        }
      }
      let current: TxStep | undefined;
      let sent = false;
      const hashes: Hash[] = [];
      try {
        if (chainId !== appChainId) {
          setState({ status: "switching" });
          await switchChain(config, { chainId: appChainId });
        }
        const needed: TxStep[] = [];
        for (const step of steps) if (!step.isNeeded || (await step.isNeeded())) needed.push(step);
        for (const [index, step] of needed.entries()) {
          current = step;
          const position = { step: index + 1, total: needed.length, label: step.label };
          setState({ status: "simulating", ...position });
          const { request } = await simulateContract(config, {
            ...step.call,
            account: address,
            chainId: appChainId,
          } as Parameters<typeof simulateContract>[1]);
          setState({ status: "signing", ...position });
          const hash = await writeContract(config, request as Parameters<typeof writeContract>[1]);
          setState({ status: "confirming", ...position, hash });
          sent = true;
          const receipt = await waitForTransactionReceipt(config, { hash, chainId: appChainId });
          if (receipt.status !== "success") {
            throw new TransactionRevertedOnChain(hash);
          }
          hashes.push(hash);
          sent = false;
        }
        setState({
          status: "confirmed",
          hashes,
          message: options.success,
          explorerUrl: config.chains[0].blockExplorers?.default.url,
        });
        return true;
      } catch (error) {
        // The raw error stays in the developer console; the user sees the decoded message.
        console.error("Transaction flow failed:", error);
        setState({
          status: "failed",
          label: current?.label,
          error: sent ? failureAfterSending(error, current?.errorContext) : decodeError(error, current?.errorContext),
        });
        return false;
      } finally {
        await queryClient.invalidateQueries();
      }
    },
    [config, queryClient, address, chainId],
  );

  const reset = useCallback(() => setState({ status: "idle" }), []);
  const busy =
    state.status === "switching" ||
    state.status === "simulating" ||
    state.status === "signing" ||
    state.status === "confirming";
  return { state, run, reset, busy };
}

class TransactionRevertedOnChain extends Error {
  constructor(readonly hash: Hash) {
    super(`Transaction ${hash} reverted`);
  }
}

/**
 * A failure after the transaction was sent. Either it reverted when mined because the chain changed after
 * the simulation (wagmi replays the call on the block's state and throws the contract's reason, which we
 * decode), or the app lost the node while waiting for the receipt.
 */
function failureAfterSending(error: unknown, ctx: ErrorContext | undefined): FriendlyError {
  const intro = "It was included in a block but reverted, because the chain changed after it was checked";
  if (error instanceof TransactionRevertedOnChain) {
    return {
      kind: "reverted",
      title: "Reverted on chain",
      message: `${intro}. Only the network fee was spent; please review and try again.`,
    };
  }
  const reason = decodeError(error, ctx);
  if (reason.kind === "reverted") {
    return {
      kind: "reverted",
      title: "Reverted on chain",
      message: `${intro}: ${reason.message} Only the network fee was spent.`,
    };
  }
  if (reason.kind === "network") {
    return {
      kind: "network",
      title: "Confirmation unknown",
      message:
        "The transaction was sent, but the app lost contact with the node before seeing it confirmed. Your balances will show the result when the network answers again.",
    };
  }
  return reason;
}
