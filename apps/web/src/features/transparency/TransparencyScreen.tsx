"use client";

import type { ReactNode } from "react";
import { ContractLink } from "@/components/ContractLink";
import { Card } from "@/components/ui/Card";
import { deployedContracts } from "@/config/contracts";
import { useProtocolAddresses } from "@/features/mint/hooks/useProtocolAddresses";
import { useProtocolSnapshot } from "@/features/overview/hooks/useProtocolSnapshot";
import { backingRatio } from "@/lib/apy";
import { formatAmount, formatWadPercent } from "@/lib/format";
import { AID, SAID, USDC, USDC_TO_AID } from "@/lib/units";
import { LoanTape } from "./components/LoanTape";

const aid = (value: bigint | undefined) => (value === undefined ? "—" : `${formatAmount(value, AID.decimals)} AID`);
const usdc = (value: bigint | undefined) => (value === undefined ? "—" : `${formatAmount(value, USDC.decimals)} USDC`);

export function TransparencyScreen() {
  const addresses = useProtocolAddresses();
  const { blockNumber: block, data: s, isError } = useProtocolSnapshot();
  const contracts = deployedContracts(addresses.chainId);
  const vault = s?.vault;
  const backing = s ? backingRatio(s.reserveUsdc, s.aidSupply) : undefined;
  const surplus = s ? s.reserveUsdc * USDC_TO_AID - s.aidSupply : undefined;
  const minter = <ContractLink id="minter" name="AIDMinter" address={addresses.minter} />;
  const savings = <ContractLink id="staked-aid" name="StakedAID" address={addresses.stakedAid} />;

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Transparency</h1>
        <p className="mt-1 text-slate-600">
          Live proof of backing: what the reserve holds against every AID, read from the contracts at one block. Each
          figure names the contract and function it comes from, so you can check it yourself.
        </p>
        <p className="mt-2 text-sm text-slate-500" data-testid="transparency-block">
          {block === undefined ? "Reading the chain…" : `Read at block ${block.toString()}.`}
          {isError ? (
            <span role="alert" className="block text-red-700">
              The figures could not be read from the network. They will refresh when it answers again.
            </span>
          ) : null}
        </p>
      </div>

      <Card title="Proof of backing">
        <div
          className={`mb-4 rounded-lg p-3 text-sm ${
            surplus === undefined
              ? "bg-slate-50 text-slate-600"
              : surplus >= 0n
                ? "bg-emerald-50 text-emerald-900"
                : "bg-red-50 text-red-900"
          }`}
          data-testid="backing-verdict"
        >
          {surplus === undefined
            ? "Reading the reserve…"
            : surplus >= 0n
              ? `Fully backed: the reserve is worth ${usdc(s?.reserveUsdc)} against ${aid(s?.aidSupply)} in circulation${
                  backing === undefined ? "" : ` (${formatWadPercent(backing)})`
                }.`
              : `Under-backed: the reserve is short of the AID supply by ${aid(-surplus)}.`}
        </div>
        <Table head={["", "Amount", "Value", "Read from"]}>
          <Row
            testId="proof-buffer"
            label="USDC buffer"
            amount={usdc(s?.bufferUsdc)}
            value={usdc(s?.bufferUsdc)}
            source={<>{minter}.bufferUsdc()</>}
          />
          <Row
            testId="proof-tbill-shares"
            label="T-bill vault shares"
            amount={s ? `${formatAmount(s.tBillShares, s.tBillDecimals)} shares` : "—"}
            value={usdc(s?.tBillUsdc)}
            source={
              <>
                <ContractLink id="t-bill-vault" name="T-bill vault" address={addresses.tBillVault} />
                .balanceOf(minter); value {minter}.tBillUsdc()
              </>
            }
          />
          <Row
            testId="proof-reserve"
            label="Reserve total"
            amount=""
            value={usdc(s?.reserveUsdc)}
            source={<>{minter}.reserveUsdc()</>}
            strong
          />
          <Row
            testId="proof-supply"
            label="AID in circulation"
            amount={aid(s?.aidSupply)}
            value={usdc(s ? s.aidSupply / USDC_TO_AID : undefined)}
            source={
              <>
                <ContractLink id="aid" name="AID" address={addresses.aid} />
                .totalSupply()
              </>
            }
          />
          <Row
            testId="proof-surplus"
            label="Surplus (reserve − supply)"
            amount={aid(surplus)}
            value=""
            source="computed: reserve × 10¹² − supply"
          />
        </Table>
        <p className="mt-3 text-xs text-slate-500">
          The T-bill vault holds {usdc(s?.tBillVaultAssets)} in all (ERC-4626 totalAssets); the reserve owns the shares
          above. The surplus is the yield not yet harvested to sAID, plus fees and rounding dust.
        </p>
      </Card>

      <Card title="Savings vault (sAID)">
        <Table head={["", "Amount", "", "Read from"]}>
          <Row
            testId="vault-total"
            label="Total assets (exit value: what exits are filled at)"
            amount={aid(vault?.totalAssets)}
            value=""
            source={<>{savings}.vaultState().totalAssets = idle AID + loan book − impairment</>}
            strong
          />
          <Row
            testId="vault-deposit"
            label="Deposit value (what stakes pay for)"
            amount={aid(vault?.depositAssets)}
            value=""
            source={
              <>
                {savings}.vaultState().depositAssets: with income still vesting and expected T-bill yield, no impairment
              </>
            }
          />
          <Row
            testId="vault-idle"
            label="Idle AID"
            amount={aid(vault?.idleAssets)}
            value=""
            source={<>{savings}.vaultState().idleAssets</>}
          />
          <Row
            testId="vault-unvested"
            label="Income still vesting"
            amount={aid(vault?.unvestedIncome)}
            value=""
            source={<>{savings}.vaultState().unvestedIncome</>}
          />
          <Row
            testId="vault-book"
            label="Loan book"
            amount={aid(vault?.bookValue)}
            value=""
            source={<>{savings}.vaultState().bookValue</>}
          />
          <Row
            testId="vault-impairment"
            label="Impairment (expected shortfall of loans in auction)"
            amount={aid(vault?.impairment)}
            value=""
            source={<>{savings}.vaultState().impairment</>}
          />
          <Row
            testId="vault-reserved-cover"
            label="Insurance cover set aside for loans in auction"
            amount={aid(s?.reservedCover)}
            value=""
            source={
              <>
                <ContractLink id="loan-manager" name="LoanManager" address={addresses.loanManager} />
                .managerState().reservedCover
              </>
            }
          />
          <Row
            testId="vault-claims"
            label="Held for filled exits"
            amount={aid(vault?.claimableAssets)}
            value=""
            source={<>{savings}.vaultState().claimableAssets</>}
          />
          <Row
            testId="vault-supply"
            label="sAID supply"
            amount={vault ? `${formatAmount(vault.totalSupply, SAID.decimals)} sAID` : "—"}
            value=""
            source={<>{savings}.vaultState().totalSupply</>}
          />
          <Row
            testId="vault-exit-price"
            label="sAID exit price"
            amount={s ? `${formatAmount(s.sharePrice, AID.decimals)} AID` : "—"}
            value=""
            source={<>{savings}.convertToAssets(1 sAID)</>}
          />
        </Table>
      </Card>

      <Card title="Loan tape">
        <LoanTape />
      </Card>

      <Card title="Contracts">
        <p className="mb-3 text-sm text-slate-600">
          The protocol's official addresses on{" "}
          {addresses.chainId === 31337 ? "the local chain" : `chain ${addresses.chainId}`} (chain id {addresses.chainId}
          ). Check an address here before you trust a contract.
        </p>
        <ul className="flex flex-col divide-y divide-slate-100" data-testid="contracts">
          {contracts.map((c) => (
            <li key={c.id} id={`contract-${c.id}`} className="scroll-mt-4 py-3 target:bg-teal-50">
              <p className="font-medium">{c.name}</p>
              <p className="text-sm text-slate-600">{c.role}</p>
              <p className="break-all font-mono text-sm" data-testid={`contract-${c.id}-address`}>
                {c.address}
              </p>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}

function Table({ head, children }: { head: string[]; children: ReactNode }) {
  return (
    <div className="-mx-6 overflow-x-auto px-6">
      <table className="w-full min-w-[560px] text-left text-sm">
        <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
          <tr>
            {head.map((h, i) => (
              <th key={h || i} className={`py-2 pr-4 font-medium ${i === 1 || i === 2 ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function Row({
  testId,
  label,
  amount,
  value,
  source,
  strong,
}: {
  testId: string;
  label: string;
  amount: string;
  value: string;
  source: ReactNode;
  strong?: boolean;
}) {
  return (
    <tr className={`border-b border-slate-100 ${strong ? "font-semibold" : ""}`} data-testid={testId}>
      <td className="py-2 pr-4">{label}</td>
      <td className="whitespace-nowrap py-2 pr-4 text-right tabular-nums" data-testid={`${testId}-amount`}>
        {amount}
      </td>
      <td className="whitespace-nowrap py-2 pr-4 text-right tabular-nums" data-testid={`${testId}-value`}>
        {value}
      </td>
      <td className="py-2 text-xs font-normal text-slate-600">{source}</td>
    </tr>
  );
}
