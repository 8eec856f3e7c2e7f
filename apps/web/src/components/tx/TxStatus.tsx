import type { Hash } from "viem";
import { shortHash } from "@/lib/format";
import { TxReview } from "./TxReview";
import type { FlowState } from "./useTransactionFlow";

/**
 * The one status display every transaction flow shares: the review before signing, then pending, confirmed or
 * failed, in plain words.
 */
export function TxStatus({ state, testId }: { state: FlowState; testId: string }) {
  if (state.status === "idle") return null;
  const common = { "data-testid": testId, "data-status": state.status, role: "status" as const };
  switch (state.status) {
    case "reviewing":
      return <TxReview review={state.review} steps={state.steps} onConfirm={state.confirm} onCancel={state.cancel} />;
    case "switching":
      return (
        <p {...common} className="text-sm text-slate-600">
          Switch network in your wallet…
        </p>
      );
    case "simulating":
    case "signing":
    case "confirming": {
      const stepText = state.total > 1 ? `Step ${state.step} of ${state.total}: ` : "";
      const what =
        state.status === "confirming"
          ? `waiting for confirmation (${shortHash(state.hash)})…`
          : state.status === "signing"
            ? "confirm in your wallet…"
            : "checking the transaction…";
      return (
        <p {...common} className="text-sm text-slate-600">
          {stepText}
          {state.label}: {what}
        </p>
      );
    }
    case "confirmed":
      return (
        <p {...common} className="text-sm font-medium text-emerald-700">
          {state.message ? `${state.message}. ` : "Confirmed. "}
          <TransactionLinks hashes={state.hashes} explorerUrl={state.explorerUrl} />
        </p>
      );
    case "failed":
      return (
        <div {...common} role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          <p className="font-semibold">
            {state.label ? `${state.label}: ` : ""}
            {state.error.title}
          </p>
          <p>{state.error.message}</p>
        </div>
      );
  }
}

/**
 * The transactions of a confirmed flow: links to the chain's block explorer, or, on a chain without one (the local
 * chain), the hashes in words.
 */
function TransactionLinks({ hashes, explorerUrl }: { hashes: readonly Hash[]; explorerUrl?: string }) {
  const noun = hashes.length === 1 ? "Transaction" : "Transactions";
  if (!explorerUrl) {
    return (
      <span data-testid="tx-hashes">
        {noun} {hashes.map(shortHash).join(", ")} (local chain: no block explorer).
      </span>
    );
  }
  return (
    <span data-testid="tx-hashes">
      {noun}{" "}
      {hashes.map((hash, index) => (
        <span key={hash}>
          {index > 0 ? ", " : ""}
          <a className="underline" href={`${explorerUrl}/tx/${hash}`} target="_blank" rel="noreferrer">
            {shortHash(hash)}
          </a>
        </span>
      ))}
      .
    </span>
  );
}
