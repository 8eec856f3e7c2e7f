"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import { ContractLink } from "@/components/ContractLink";
import { Metric } from "@/components/Metric";
import { ReserveBar } from "@/components/ReserveBar";
import { Card } from "@/components/ui/Card";
import { LineChart } from "@/components/ui/LineChart";
import { backingRatio, projectedApy, sharePrice, supplyRoomText, trailingApy } from "@/lib/apy";
import { formatAmount, formatBps, formatDuration, formatTimestamp, formatWadPercent } from "@/lib/format";
import { AID, SAID, USDC } from "@/lib/units";
import { useProtocolSnapshot } from "./hooks/useProtocolSnapshot";
import { useShareHistory } from "./hooks/useShareHistory";

const aid = (value: bigint | undefined, digits = 2) =>
  value === undefined ? "—" : `${formatAmount(value, AID.decimals, digits)} AID`;
const usdc = (value: bigint | undefined, digits = 2) =>
  value === undefined ? "—" : `${formatAmount(value, USDC.decimals, digits)} USDC`;
const pct = (wad: bigint | undefined) => (wad === undefined ? "—" : formatWadPercent(wad));

export function OverviewScreen() {
  const snapshot = useProtocolSnapshot();
  const history = useShareHistory(snapshot.blockNumber);
  const block = snapshot.blockNumber;
  const s = snapshot.data;
  const vault = s?.vault;

  const backing = s ? backingRatio(s.reserveUsdc, s.aidSupply) : undefined;
  const trailing = history.data ? trailingApy(history.data.points) : undefined;
  const book = history.data?.book;
  const loanRate = book && history.data && book.accrualEnd > history.data.now ? book.ratePerSecond : 0n;
  const projected =
    s && vault && history.data && s.tBillRateBps !== undefined
      ? projectedApy({
          savingsAssets: vault.totalAssets,
          tBillUsdc: s.tBillUsdc,
          tBillRateBps: s.tBillRateBps,
          harvestFeeBps: s.harvestFeeBps,
          loanInterestPerSecond: loanRate,
          feesCollected: history.data.feesCollected,
          feeSeconds: history.data.feeSeconds,
        })
      : undefined;
  const stakedShare = s && vault && s.aidSupply > 0n ? (vault.totalAssets * 10_000n) / s.aidSupply : undefined;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Overview</h1>
          <p className="mt-1 text-slate-600">
            AID is a dollar backed by USDC and T-bills; sAID earns the reserve's yield. Every figure is read live from
            the contracts, at one block, with its formula.
          </p>
        </div>
        <div className="flex gap-2">
          <Link
            href="/mint"
            className="rounded-lg bg-brand px-4 py-2 text-sm font-semibold text-on-brand hover:bg-brand-dark"
          >
            Mint AID
          </Link>
          <Link
            href="/stake"
            className="rounded-lg border border-slate-300 bg-surface px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100"
          >
            Stake
          </Link>
        </div>
      </div>
      <p className="text-sm text-slate-500" data-testid="overview-block">
        {block === undefined ? "Reading the chain…" : `All figures read at block ${block.toString()}.`}
        {snapshot.isError ? (
          <span role="alert" className="block text-red-700">
            The figures could not be read from the network. They will refresh when it answers again.
          </span>
        ) : null}
      </p>

      <Card title="AID and its reserve">
        <Grid>
          <Metric
            label="AID supply"
            testId="aid-supply"
            value={aid(s?.aidSupply)}
            block={block}
            formula="All AID in existence: AID.totalSupply()."
            source={<ContractLink id="aid" name="AID" />}
          />
          <Metric
            label="Total value locked"
            testId="tvl"
            value={usdc(s?.reserveUsdc)}
            block={block}
            formula="The reserve: USDC buffer + T-bill shares at their value (AIDMinter.reserveUsdc()). AID staked in sAID or lent out is not added: it is the same dollars, already in the reserve."
            source={<ContractLink id="minter" name="AIDMinter" />}
          />
          <Metric
            label="Backing ratio"
            testId="backing-ratio"
            value={backing === undefined ? (s ? "no AID yet" : "—") : formatWadPercent(backing)}
            block={block}
            formula="Reserve value ÷ AID supply (USDC scaled to 18 decimals). The contracts keep it at 100% or more: every AID is redeemable for 1 USDC."
            source={
              <>
                <ContractLink id="minter" name="AIDMinter" /> and <ContractLink id="aid" name="AID" />
              </>
            }
          />
          <Metric
            label="Supply cap room"
            testId="supply-room"
            value={s ? supplyRoomText(s.supplyCap, s.aidSupply) : "—"}
            block={block}
            formula="AIDMinter.supplyCap() − AID supply: how much more AID can be minted."
            source={<ContractLink id="minter" name="AIDMinter" />}
          />
        </Grid>
        <div className="mt-6">
          <h3 className="mb-2 text-sm font-medium text-slate-700">Reserve composition</h3>
          <ReserveBar buffer={s?.bufferUsdc} tBills={s?.tBillUsdc} testId="overview-reserve" />
        </div>
      </Card>

      <Card title="sAID savings">
        <Grid>
          <Metric
            label="sAID exit price"
            testId="share-price"
            value={s ? `${formatAmount(s.sharePrice, AID.decimals, 6)} AID` : "—"}
            sub={
              vault ? (
                <span data-testid="deposit-price">
                  deposit price {formatAmount(sharePrice(vault.depositAssets, vault.totalSupply), AID.decimals, 6)} AID
                </span>
              ) : undefined
            }
            block={block}
            formula="AID per sAID that exits are filled at: StakedAID.convertToAssets(1 sAID) = (total assets + 1 wei) ÷ (sAID supply + 1 wei) × 1 sAID, where total assets = idle AID − income still vesting + loan book − impairment. Stakes pay the deposit price instead: (deposit assets + 1 wei) ÷ (sAID supply + 1 wei), where deposit assets = the vault's AID with the income still vesting + loan book + T-bill yield expected since the last harvest, with no impairment deducted (StakedAID.vaultState().depositAssets)."
            source={<ContractLink id="staked-aid" name="StakedAID" />}
          />
          <Metric
            label="Trailing APY"
            testId="trailing-apy"
            value={trailing?.apy === undefined ? "—" : formatWadPercent(trailing.apy)}
            sub={
              trailing === undefined
                ? undefined
                : trailing.apy === undefined
                  ? `needs a day of history (${formatDuration(trailing.span)} so far)`
                  : `over the last ${formatDuration(trailing.span)}`
            }
            block={block}
            formula={
              <>
                Share-price growth from the oldest sample within the last 30 days to now, annualised (simple, not
                compounded): (price now − price then) ÷ price then × 365 days ÷ time between. The price is sampled at{" "}
                {history.data?.points.length ?? "—"} evenly spaced blocks since the deployment (the chart below).
              </>
            }
            source={<ContractLink id="staked-aid" name="StakedAID" />}
          />
          <Metric
            label="Projected APY"
            testId="projected-apy"
            value={pct(projected?.total)}
            sub={
              projected ? (
                <span data-testid="apy-split">
                  T-bills {pct(projected.tBills)} · loans {pct(projected.loans)} · fees {pct(projected.fees)}
                </span>
              ) : undefined
            }
            block={block}
            formula={
              <>
                What sAID earns a year if today's rates hold, by source, each over sAID's total assets (
                {aid(vault?.totalAssets)}): T-bills = reserve's T-bills ({usdc(s?.tBillUsdc)}) × T-bill rate (
                {s?.tBillRateBps === undefined ? "—" : formatBps(s.tBillRateBps)}) × (1 − harvest fee{" "}
                {s ? formatBps(s.harvestFeeBps) : "—"}); loans = loan interest per second × 1 year (from the vault's
                loan book, {loanRate === 0n ? "no interest accruing now" : `${formatAmount(loanRate, 18)} AID/s`}); fees
                = mint and redeem fees collected since deployment ({aid(history.data?.feesCollected, 6)}), annualised, ×
                (1 − harvest fee). All of the reserve's yield is harvested to sAID, so it is spread over sAID's assets,
                not the AID supply.
              </>
            }
            source={
              <>
                <ContractLink id="minter" name="AIDMinter" />, <ContractLink id="t-bill-vault" name="T-bill vault" />{" "}
                and <ContractLink id="staked-aid" name="StakedAID" />
              </>
            }
          />
          <Metric
            label="AID staked"
            testId="staked-aid"
            value={aid(vault?.totalAssets)}
            sub={stakedShare === undefined ? undefined : `${formatBps(stakedShare)} of the AID supply`}
            block={block}
            formula="sAID's total assets at the exit price: idle AID − income still vesting + loan book − impairment (StakedAID.vaultState().totalAssets)."
            source={<ContractLink id="staked-aid" name="StakedAID" />}
          />
          <Metric
            label="Exit queue"
            testId="exit-queue"
            value={vault ? `${formatAmount(vault.pendingShares, SAID.decimals, 2)} sAID` : "—"}
            sub={
              vault
                ? `${requests(vault.nextRequestId - vault.queueHead)} from #${vault.queueHead} · cooldown ${formatDuration(vault.cooldown)}`
                : undefined
            }
            block={block}
            formula="sAID escrowed in pending exit requests (StakedAID.vaultState().pendingShares); the count runs from the queue head to the next request id, cancelled ones included."
            source={<ContractLink id="staked-aid" name="StakedAID" />}
          />
          <Metric
            label="Yield to harvest"
            testId="harvestable"
            value={aid(s?.harvestable, 6)}
            block={block}
            formula="The reserve's surplus over the AID supply, less a 1 AID margin: what AIDMinter.harvest() (anyone can call it) would mint to sAID and the fee recipient now."
            source={<ContractLink id="minter" name="AIDMinter" />}
          />
        </Grid>
      </Card>

      <Card title="Lending">
        <Grid>
          <Metric
            label="Loans outstanding"
            testId="loans-outstanding"
            value={aid(vault?.bookValue)}
            sub={vault && vault.bookValue === 0n ? "no loans yet" : undefined}
            block={block}
            formula="The vault's loan book: principal + counted interest of open loans, liquidated loans included until their auctions settle (StakedAID.vaultState().bookValue)."
            source={<ContractLink id="staked-aid" name="StakedAID" />}
          />
          <Metric
            label="Insurance fund"
            testId="insurance-fund"
            value={aid(s?.insuranceFund.balance)}
            sub={
              s
                ? `covers ${formatBps(s.insuranceFund.coverageBps)} of ${aid(s.insuranceFund.principalOutstanding)} principal outstanding`
                : undefined
            }
            block={block}
            formula="The loan manager's insurance fund (origination fees and its share of interest), and its balance ÷ the principal of active loans (LoanManager.insuranceFund())."
            source={<ContractLink id="loan-manager" name="LoanManager" />}
          />
          <Metric
            label="Impairment (expected shortfall of loans in auction)"
            testId="impairment"
            value={aid(vault?.impairment)}
            sub={
              s ? (
                <span data-testid="reserved-cover">
                  insurance cover set aside {aid(s.reservedCover)}
                  {vault && vault.impairment > 0n ? " · exits are paid net of it" : ""}
                </span>
              ) : undefined
            }
            block={block}
            formula="What liquidated loans still in auction may fail to return: what they hold in the loan book less the insurance-fund cover set aside for them at their default (StakedAID.vaultState().impairment, LoanManager.managerState().reservedCover). The exit price deducts it until each auction settles; the deposit price does not."
            source={
              <>
                <ContractLink id="staked-aid" name="StakedAID" /> and{" "}
                <ContractLink id="loan-manager" name="LoanManager" />
              </>
            }
          />
          <Metric
            label="Utilisation"
            testId="utilisation"
            value={vault ? formatBps(vault.utilisationBps) : "—"}
            sub={vault ? `cap ${formatBps(vault.utilisationCapBps)}` : undefined}
            block={block}
            formula="Loan book ÷ sAID's total assets (StakedAID.vaultState().utilisationBps). New loans may not take it above the cap."
            source={<ContractLink id="staked-aid" name="StakedAID" />}
          />
          <Metric
            label="Idle AID"
            testId="idle-aid"
            value={aid(vault?.idleAssets)}
            block={block}
            formula="AID in the vault not lent out, net of income still vesting: what exits are paid from (StakedAID.vaultState().idleAssets)."
            source={<ContractLink id="staked-aid" name="StakedAID" />}
          />
        </Grid>
      </Card>

      <Card title="sAID exit price over time">
        <LineChart
          testId="share-price-chart"
          label="sAID exit price in AID over time"
          points={(history.data?.points ?? []).map((p) => ({
            x: Number(p.timestamp),
            y: Number(p.price) / 1e18,
          }))}
          formatX={(x) => formatTimestamp(BigInt(x))}
          formatY={(y) => y.toFixed(6)}
        />
        <p className="mt-2 text-xs text-slate-500">
          StakedAID.convertToAssets(1 sAID) at {history.data?.points.length ?? "—"} blocks from the deployment to block{" "}
          {block?.toString() ?? "—"}
          {history.data?.deployedAt ? ` (since ${formatTimestamp(history.data.deployedAt)})` : ""}.
          {history.isError ? " The history could not be read." : ""}
        </p>
      </Card>
    </div>
  );
}

const requests = (count: bigint) => `${count} ${count === 1n ? "request" : "requests"}`;

function Grid({ children }: { children: ReactNode }) {
  return <dl className="grid grid-cols-1 gap-6 sm:grid-cols-2 lg:grid-cols-4">{children}</dl>;
}
