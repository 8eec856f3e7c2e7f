"use client";

import { useMemo } from "react";
import { useAccount } from "wagmi";
import { ConnectGate } from "@/components/ConnectGate";
import { ConvertForm } from "@/components/ConvertForm";
import { TokenAmount } from "@/components/TokenAmount";
import { TxStatus } from "@/components/tx/TxStatus";
import { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { useAccountEvents } from "@/features/activity/hooks/useAccountEvents";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { sharePrice, sharesToAssets } from "@/lib/apy";
import { chainNow, estimateClaimTime } from "@/lib/exitQueue";
import { formatAmount, formatDuration, formatTimestamp } from "@/lib/format";
import { AID, SAID } from "@/lib/units";
import { ExitRequestRow, type RequestView, requestState } from "./components/ExitRequestRow";
import { StakeForm } from "./components/StakeForm";
import { claimFlow, processQueueFlow, requestExitFlow } from "./flows/stakeFlow";
import { useExitRequests } from "./hooks/useExitRequests";
import { useStakePosition } from "./hooks/useStakePosition";
import { minimumStake, requestHistory, yieldEarned } from "./position";
import { exitFormSchema, stakeFormSchema } from "./schema";

export function StakeScreen() {
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Stake AID</h1>
        <p className="mt-1 text-slate-600">
          Stake AID for sAID, a share of the savings vault. The vault earns the reserve's T-bill yield and the interest
          of GPU-backed loans, so each sAID is worth a little more AID over time: that is why you receive fewer sAID
          than the AID you stake.
        </p>
      </div>
      <ConnectGate purpose="stake AID and manage your exits">
        <StakePanels />
      </ConnectGate>
    </div>
  );
}

/** At most this many requests are processed in one transaction (bounds its gas). */
const PROCESS_BATCH = 50n;

function StakePanels() {
  const { address } = useAccount();
  const account = address as NonNullable<typeof address>;
  const addresses = useProtocolAddresses();
  const { aidBalance, saidBalance, vault, claimable, isError } = useStakePosition(account);
  const events = useAccountEvents(account);
  const history = useMemo(() => requestHistory(events.data?.events ?? [], account), [events.data, account]);
  const requests = useExitRequests(history, vault?.queueHead);
  const processFlow = useTransactionFlow();
  const claim = useTransactionFlow();

  const now = events.data ? chainNow(events.data.latestBlock.timestamp) : undefined;
  const price = vault ? sharePrice(vault.totalAssets, vault.totalSupply) : undefined;
  const depositPrice = vault ? sharePrice(vault.depositAssets, vault.totalSupply) : undefined;
  const toAid = (shares: bigint | undefined) =>
    shares === undefined || !vault ? undefined : sharesToAssets(shares, vault.totalAssets, vault.totalSupply);

  let pendingShares = 0n;
  for (const request of history) {
    const view = request.closed ? undefined : requests.views.get(request.requestId);
    if (view?.status === 1) pendingShares += view.shares;
  }
  const allViewsRead = !requests.isPending && [...requests.views.values()].every((v) => v !== undefined);
  const head = vault ? requests.views.get(vault.queueHead) : undefined;
  const headWaits = head?.status === 1 && now !== undefined && now < head.eligibleAt ? head.eligibleAt : undefined;
  const earned =
    vault && saidBalance !== undefined && events.data && allViewsRead
      ? yieldEarned(events.data.events, account, {
          shares: saidBalance,
          pendingShares,
          totalAssets: vault.totalAssets,
          totalSupply: vault.totalSupply,
        })
      : undefined;

  const stakeSchema = useMemo(
    () => stakeFormSchema(aidBalance, vault ? minimumStake(vault.depositAssets, vault.totalSupply) : undefined),
    [aidBalance, vault],
  );
  const exitSchema = useMemo(() => exitFormSchema(saidBalance), [saidBalance]);
  const queueLength = vault ? vault.nextRequestId - vault.queueHead : 0n;

  return (
    <>
      <Card>
        <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div>
            <dt className="text-sm text-slate-500">Your AID</dt>
            <dd className="text-xl font-semibold">
              <TokenAmount value={aidBalance} token={AID} testId="stake-balance-aid" />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-500">Your sAID</dt>
            <dd className="text-xl font-semibold">
              <TokenAmount value={saidBalance} token={SAID} testId="position-said" />
            </dd>
            <dd className="text-sm text-slate-600">
              worth <TokenAmount value={toAid(saidBalance)} token={AID} testId="position-said-value" />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-500">In the exit queue</dt>
            <dd className="text-xl font-semibold">
              <TokenAmount value={allViewsRead ? pendingShares : undefined} token={SAID} testId="position-queued" />
            </dd>
            <dd className="text-sm text-slate-600">
              ready to claim <TokenAmount value={claimable?.assets} token={AID} testId="position-claimable" />
            </dd>
          </div>
          <div>
            <dt className="text-sm text-slate-500">Yield earned</dt>
            <dd className="text-xl font-semibold">
              <TokenAmount value={earned?.earned} token={AID} testId="position-yield" />
            </dd>
            <dd>
              <details className="text-xs text-slate-500">
                <summary className="cursor-pointer select-none text-brand hover:underline">
                  How is this calculated?
                </summary>
                <div className="mt-1 flex flex-col gap-1 rounded-lg bg-slate-50 p-2 text-slate-600 [overflow-wrap:anywhere]">
                  <p>
                    Value of your sAID now (held and queued, at the exit price 1 sAID ={" "}
                    {price === undefined ? "—" : formatAmount(price, 18)} AID) + AID paid out by your filled exits
                    (claimed or not) − AID you staked.
                  </p>
                  {earned ? (
                    <p className="tabular-nums" data-testid="position-yield-terms">
                      {formatAmount(earned.valueNow, 18)} + {formatAmount(earned.filled, 18)} −{" "}
                      {formatAmount(earned.deposited, 18)} = {formatAmount(earned.earned, 18)} AID
                    </p>
                  ) : null}
                  <p>From your Deposit and RedeemRequestFilled events. sAID moved by plain transfers is not counted.</p>
                </div>
              </details>
            </dd>
          </div>
        </dl>
        <p className="mt-4 border-t border-slate-100 pt-3 text-sm text-slate-600" data-testid="share-price">
          Exit price: 1 sAID = {price === undefined ? "—" : formatAmount(price, 18)} AID
          <span data-testid="deposit-price">
            {" "}
            · deposit price: 1 sAID = {depositPrice === undefined ? "—" : formatAmount(depositPrice, 18)} AID
          </span>
          {vault ? ` · exit cooldown ${formatDuration(vault.cooldown)}` : ""}
        </p>
        <details className="mt-1 text-xs text-slate-500">
          <summary className="cursor-pointer select-none text-brand hover:underline">Why two prices?</summary>
          <p className="mt-1 rounded-lg bg-slate-50 p-2 text-slate-600">
            Exits are filled at the exit price: what the vault is sure of, idle AID − income still vesting + loan book −
            impairment (StakedAID.totalAssets ÷ sAID supply). Stakes pay the deposit price: the full value, idle AID
            with the income still vesting + loan book + T-bill yield expected since the last harvest, with no impairment
            deducted (StakedAID.depositAssets ÷ sAID supply). So a stake never buys in below fair value, and an exit
            never takes more than its share of what is certain.
          </p>
        </details>
        {vault && vault.impairment > 0n ? (
          <p
            role="alert"
            className="mt-3 rounded-lg bg-amber-50 p-3 text-sm text-amber-900"
            data-testid="impairment-note"
          >
            A defaulted loan is being auctioned: exits are paid net of its expected shortfall of{" "}
            {formatAmount(vault.impairment, AID.decimals, 2)} AID until the auction settles; deposits pay the full
            value.
          </p>
        ) : null}
        {vault?.depositPaused ? (
          <p role="alert" className="mt-3 text-sm text-amber-800">
            Staking is paused by the guardian. Exits are never paused: you can still request, claim and cancel.
          </p>
        ) : null}
        {isError || events.isError ? (
          <p role="alert" className="mt-3 text-sm text-red-700">
            Your position could not be read from the network. It will refresh when it answers again.
          </p>
        ) : null}
      </Card>

      <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
        <Card title="Stake AID for sAID">
          <StakeForm addresses={addresses} account={account} balance={aidBalance} schema={stakeSchema} />
        </Card>
        <Card title="Request an exit">
          <ConvertForm
            id="exit"
            action="Request exit"
            from={SAID}
            to={AID}
            balance={saidBalance}
            schema={exitSchema}
            preview={toAid}
            previewLabel="Worth now about"
            details={`Your sAID waits in the queue for the cooldown${vault ? ` (${formatDuration(vault.cooldown)})` : ""}, then is filled first in, first out at the exit price at fill time (in parts if the idle AID runs short): it keeps earning (or losing) until then. You can cancel what is not yet filled.`}
            steps={(shares) => requestExitFlow(addresses, shares)}
          />
        </Card>
      </div>

      <Card title="Your exit requests">
        {claimable && claimable.assets > 0n ? (
          <div
            className="mb-3 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-emerald-200 bg-emerald-50 p-3"
            data-testid="claim-card"
          >
            <div>
              <p className="font-semibold text-emerald-900" data-testid="claim-card-amount">
                Ready to claim: {formatAmount(claimable.assets, AID.decimals)} AID
              </p>
              <p className="text-xs text-emerald-900">
                Your filled exits (StakedAID.claimable), paid in one transaction to this account.
              </p>
            </div>
            <Button
              disabled={claim.busy || claimable.maxRedeem === 0n}
              onClick={() =>
                claim.run(claimFlow(addresses, account, claimable.maxRedeem), {
                  review: {
                    title: "Claim your filled exits",
                    summary:
                      "The AID your filled exit requests earned is sent to this account. The sAID behind it already left the vault when the requests were filled.",
                    rows: [
                      {
                        label: "You receive",
                        value: `${formatAmount(claimable.assets, AID.decimals)} AID`,
                        emphasis: true,
                      },
                      { label: "sAID redeemed", value: `${formatAmount(claimable.maxRedeem, SAID.decimals)} sAID` },
                      { label: "Fees", value: "None beyond the network fee" },
                    ],
                    confirmLabel: `Claim ${formatAmount(claimable.assets, AID.decimals)} AID`,
                  },
                  success: `Claimed ${formatAmount(claimable.assets, AID.decimals)} AID from your filled exits`,
                })
              }
            >
              Claim
            </Button>
          </div>
        ) : null}
        <div className="mb-3 empty:hidden">
          <TxStatus state={claim.state} testId="claim-status" />
        </div>
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-lg bg-slate-50 p-3 text-sm text-slate-700">
          <p data-testid="queue-summary">
            {vault
              ? `Queue: ${formatAmount(vault.pendingShares, SAID.decimals, 2)} sAID waiting in ${queueLength} ${
                  queueLength === 1n ? "request" : "requests"
                } (from #${vault.queueHead}) · ${formatAmount(vault.idleAssets, AID.decimals, 2)} AID idle to pay exits`
              : "Queue: —"}
          </p>
          <Button
            variant="secondary"
            disabled={processFlow.busy || queueLength === 0n || headWaits !== undefined}
            onClick={() =>
              processFlow.run(processQueueFlow(addresses, queueLength < PROCESS_BATCH ? queueLength : PROCESS_BATCH))
            }
          >
            Process the queue (anyone can)
          </Button>
        </div>
        {headWaits !== undefined && now !== undefined ? (
          <p className="mt-2 text-xs text-slate-500" data-testid="queue-head-waits">
            The first request in the queue (#{vault?.queueHead.toString()}) is in its cooldown until{" "}
            {formatTimestamp(headWaits)} (in {formatDuration(headWaits - now)}): nothing can be filled before then.
          </p>
        ) : null}
        <div className="mt-2">
          <TxStatus state={processFlow.state} testId="process-status" />
        </div>
        {events.isSuccess && history.length === 0 ? (
          <p className="mt-4 text-sm text-slate-600" data-testid="requests-empty">
            You have no exit requests. Request an exit above to turn sAID back into AID.
          </p>
        ) : null}
        <ul className="mt-2" data-testid="exit-requests">
          {history.map((request) => {
            const view = requests.views.get(request.requestId) as RequestView | undefined;
            const estimate =
              view?.status === 1 && vault && now !== undefined
                ? estimateClaimTime({
                    now,
                    eligibleAt: view.eligibleAt,
                    assetsAhead: view.assetsAhead,
                    assets: view.assets,
                    idleAssets: vault.idleAssets,
                    unvestedIncome: vault.unvestedIncome,
                    vestingEnd: vault.vestingEnd,
                  })
                : undefined;
            return (
              <ExitRequestRow
                key={request.requestId.toString()}
                addresses={addresses}
                history={request}
                view={view}
                estimate={estimate}
                state={requestState(request, view, estimate, now ?? 0n)}
                now={now ?? 0n}
                queueHead={vault?.queueHead}
              />
            );
          })}
        </ul>
        <details className="mt-4 text-sm text-slate-600">
          <summary className="cursor-pointer select-none text-brand hover:underline">
            How is the estimated claim time calculated?
          </summary>
          <div className="mt-2 flex flex-col gap-2 rounded-lg bg-slate-50 p-3">
            <p>
              A request can be filled once its cooldown has ended <em>and</em> the vault's idle AID covers the AID of
              the pending requests ahead of it plus its own (the queue is first in, first out; nothing jumps it). So:
            </p>
            <p className="font-mono text-xs">
              estimated claim time = max(eligible from, time idle AID ≥ AID ahead + this request's AID)
            </p>
            <p>
              where "eligible from" = request time + cooldown (from the vault's <code>getRequest</code>), and the idle
              AID is covered now if it already suffices; otherwise, while harvested income is vesting (linearly over 8
              hours), at now + (vesting end − now) × shortfall ÷ income still vesting. If even that falls short, there
              is no estimate: it waits for new stakes or loan repayments. Amounts are at today's exit price; the request
              is paid at the exit price when it is filled. If the idle AID covers only part of the first request in the
              queue, that part is filled and the rest keeps its place. Anyone can process the queue once a request is
              ready, you included; then you claim everything filled at once.
            </p>
          </div>
        </details>
      </Card>
    </>
  );
}
