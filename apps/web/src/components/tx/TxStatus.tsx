import { shortHash } from "@/lib/format";
import type { FlowState } from "./useTransactionFlow";

/** The one status display every transaction flow shares: pending, confirmed or failed, in plain words. */
export function TxStatus({ state, testId }: { state: FlowState; testId: string }) {
  if (state.status === "idle") return null;
  const common = { "data-testid": testId, "data-status": state.status, role: "status" as const };
  switch (state.status) {
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
          Confirmed ({state.hashes.length === 1 ? "transaction" : "transactions"}{" "}
          {state.hashes.map(shortHash).join(", ")}).
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
