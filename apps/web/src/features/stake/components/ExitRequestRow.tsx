"use client";

import type { Address } from "viem";
import { TxStatus } from "@/components/tx/TxStatus";
import { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { Button } from "@/components/ui/Button";
import type { ProtocolAddresses } from "@/config/contracts";
import type { ClaimEstimate } from "@/lib/exitQueue";
import { formatAmount, formatBps, formatDuration, formatTimestamp } from "@/lib/format";
import { AID, SAID } from "@/lib/units";
import { cancelFlow, processQueueFlow } from "../flows/stakeFlow";
import { filledBps, type RequestHistory } from "../position";

/** IStakedAID.RequestView as the vault returns it (status 0 None, 1 Pending). */
export type RequestView = {
  status: number;
  controller: Address;
  /** Shares still pending, and shares of this request already filled (their AID is the controller's claimable). */
  shares: bigint;
  filledShares: bigint;
  /** What the pending shares are worth now, at the exit price. */
  assets: bigint;
  requestedAt: bigint;
  eligibleAt: bigint;
  sharesAhead: bigint;
  assetsAhead: bigint;
};

export type RequestState =
  | "cooldown"
  | "ready-to-process"
  | "waiting-liquidity"
  | "filled"
  | "cancelled"
  | "closed"
  | "loading";

const STATE_TEXT: Record<RequestState, string> = {
  cooldown: "In cooldown",
  "ready-to-process": "Ready to process",
  "waiting-liquidity": "Waiting for idle AID",
  filled: "Filled",
  cancelled: "Cancelled",
  closed: "Closed",
  loading: "Reading…",
};

const STATE_STYLE: Record<RequestState, string> = {
  cooldown: "bg-amber-50 text-amber-800",
  "ready-to-process": "bg-teal-50 text-teal-800",
  "waiting-liquidity": "bg-amber-50 text-amber-800",
  filled: "bg-emerald-50 text-emerald-800",
  cancelled: "bg-slate-100 text-slate-600",
  closed: "bg-slate-100 text-slate-600",
  loading: "bg-slate-100 text-slate-600",
};

/** Where a request stands, in the words the screen uses. */
export function requestState(
  history: RequestHistory,
  view: RequestView | undefined,
  estimate: ClaimEstimate | undefined,
  now: bigint,
): RequestState {
  if (history.closed) return history.closed.kind;
  if (!view) return "loading";
  if (view.status !== 1) return "closed";
  if (now < view.eligibleAt) return "cooldown";
  return estimate?.kind === "now" ? "ready-to-process" : "waiting-liquidity";
}

function EstimateText({ estimate, now }: { estimate: ClaimEstimate; now: bigint }) {
  switch (estimate.kind) {
    case "now":
      return <>Now: process the queue, then claim</>;
    case "at":
      return (
        <>
          {formatTimestamp(estimate.at)}{" "}
          <span className="text-slate-500">
            (in {formatDuration(estimate.at - now)},{" "}
            {estimate.waitingFor === "cooldown" ? "end of cooldown" : "as income vests"})
          </span>
        </>
      );
    case "unknown":
      return (
        <>
          No estimate yet: {formatAmount(estimate.missing, AID.decimals, 2)} AID more must become idle (new stakes or
          loan repayments)
        </>
      );
  }
}

/**
 * One of the account's exit requests: state, amounts (and how much is filled), queue position, timing, and its
 * actions. Filled AID is claimed for all requests at once, from the claim card above the list.
 */
export function ExitRequestRow({
  addresses,
  history,
  view,
  estimate,
  state,
  now,
  queueHead,
}: {
  addresses: ProtocolAddresses;
  history: RequestHistory;
  view: RequestView | undefined;
  estimate: ClaimEstimate | undefined;
  state: RequestState;
  now: bigint;
  queueHead: bigint | undefined;
}) {
  const flow = useTransactionFlow();
  const id = history.requestId;
  const testId = `request-${id}`;
  const pending = view?.status === 1 && !history.closed;
  const filled = history.filled;
  const amount =
    history.closed?.kind === "filled"
      ? `${formatAmount(filled?.shares ?? history.shares, SAID.decimals)} sAID filled for ${formatAmount(filled?.assets ?? 0n, AID.decimals)} AID`
      : history.closed?.kind === "cancelled"
        ? `${formatAmount(history.closed.shares, SAID.decimals)} sAID returned`
        : pending && view
          ? `${formatAmount(view.shares, SAID.decimals)} sAID ≈ ${formatAmount(view.assets, AID.decimals, 2)} AID`
          : `${formatAmount(history.shares, SAID.decimals)} sAID`;
  const partly = pending && view && view.filledShares > 0n ? view : undefined;

  return (
    <li className="border-b border-slate-100 py-4 last:border-0" data-testid={testId} data-state={state}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-3">
          <span className="font-semibold">Request #{id.toString()}</span>
          <span
            className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATE_STYLE[state]}`}
            data-testid={`${testId}-state`}
          >
            {STATE_TEXT[state]}
          </span>
        </div>
        <div className="flex gap-2">
          {state === "ready-to-process" && queueHead !== undefined ? (
            <Button onClick={() => flow.run(processQueueFlow(addresses, id - queueHead + 1n))} disabled={flow.busy}>
              Process the queue
            </Button>
          ) : null}
          {pending ? (
            <Button
              variant="secondary"
              onClick={() =>
                flow.run(cancelFlow(addresses, id), {
                  review: {
                    title: `Cancel exit request #${id}`,
                    summary: `The sAID still waiting in request #${id} comes back to your account and keeps earning in the vault; the request leaves the queue and loses its place. What was already filled stays yours to claim.`,
                    rows: [
                      {
                        label: "sAID returned to you",
                        value: `${formatAmount(view?.shares ?? 0n, SAID.decimals)} sAID`,
                        emphasis: true,
                      },
                      { label: "Worth now about", value: `${formatAmount(view?.assets ?? 0n, AID.decimals, 2)} AID` },
                      {
                        label: "Place given up",
                        value: `${formatAmount(view?.assetsAhead ?? 0n, AID.decimals, 2)} AID ahead of you`,
                      },
                      { label: "Fees", value: "None beyond the network fee" },
                    ],
                    note: "To exit again later you request again, at the back of the queue and with a new cooldown.",
                    confirmLabel: "Cancel the request",
                  },
                  success: `Cancelled exit request #${id}: ${formatAmount(view?.shares ?? 0n, SAID.decimals)} sAID is back in your account`,
                })
              }
              disabled={flow.busy}
            >
              Cancel
            </Button>
          ) : null}
        </div>
      </div>
      <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="text-slate-500">Amount</dt>
          <dd className="tabular-nums" data-testid={`${testId}-amount`}>
            {amount}
          </dd>
          {partly ? (
            <dd className="text-xs text-emerald-800" data-testid={`${testId}-filled`}>
              {formatBps(filledBps(partly.filledShares, partly.shares))} filled (
              {formatAmount(partly.filledShares, SAID.decimals)} sAID, in your claim above); the rest waits in the queue
            </dd>
          ) : history.closed?.kind === "cancelled" && filled ? (
            <dd className="text-xs text-slate-500">
              {formatAmount(filled.shares, SAID.decimals)} sAID was filled before the cancel (
              {formatAmount(filled.assets, AID.decimals)} AID, claimable)
            </dd>
          ) : null}
        </div>
        {pending && view ? (
          <>
            <div>
              <dt className="text-slate-500">AID ahead in the queue</dt>
              <dd className="tabular-nums" data-testid={`${testId}-ahead`}>
                {formatAmount(view.assetsAhead, AID.decimals, 2)} AID
                <span className="block text-xs text-slate-500">
                  {formatAmount(view.sharesAhead, SAID.decimals, 2)} sAID in earlier requests
                </span>
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">Eligible from</dt>
              <dd className="tabular-nums" data-testid={`${testId}-eligible`}>
                {formatTimestamp(view.eligibleAt)}
                <span className="block text-xs text-slate-500">
                  {view.eligibleAt > now
                    ? `cooldown ends in ${formatDuration(view.eligibleAt - now)}`
                    : "cooldown over"}
                </span>
              </dd>
            </div>
            <div>
              <dt className="text-slate-500">Estimated claim time</dt>
              <dd data-testid={`${testId}-estimate`}>
                {estimate ? <EstimateText estimate={estimate} now={now} /> : "—"}
              </dd>
            </div>
          </>
        ) : null}
      </dl>
      <div className="mt-2">
        <TxStatus state={flow.state} testId={`${testId}-status`} />
      </div>
    </li>
  );
}
