"use client";

import { useMemo } from "react";
import { useAccount } from "wagmi";
import { ConnectGate } from "@/components/ConnectGate";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { toCsv } from "@/lib/csv";
import { formatAmount, formatTimestamp, shortHash } from "@/lib/format";
import { type ActivityRow, CSV_HEADER, toActivityRows, toCsvRows } from "./events";
import { useAccountEvents } from "./hooks/useAccountEvents";
import { useBlockTimestamps } from "./hooks/useBlockTimestamps";

export function ActivityScreen() {
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">Activity</h1>
        <p className="mt-1 text-slate-600">
          Your transactions in the protocol, read from the contracts' events: mints, redemptions, stakes, exit requests
          and claims, your GPU titles, the loans you took, repaid, liquidated or bought at auction, and surpluses
          claimed. Export them as CSV for your records.
        </p>
      </div>
      <ConnectGate purpose="see your activity">
        <ActivityTable />
      </ConnectGate>
    </div>
  );
}

const leg = (value: ActivityRow["sent"]) =>
  value ? `${formatAmount(value.amount, value.token.decimals)} ${value.token.symbol}` : "—";

function ActivityTable() {
  const { address } = useAccount();
  const account = address as NonNullable<typeof address>;
  const events = useAccountEvents(account);
  const rows = useMemo(() => toActivityRows(events.data?.events ?? [], account), [events.data, account]);
  const timestamps = useBlockTimestamps(rows.map((row) => row.block));

  const download = () => {
    const csv = toCsv(CSV_HEADER, toCsvRows(rows, timestamps.data ?? new Map()));
    const url = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `aid-activity-${account.toLowerCase()}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };

  return (
    <Card>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600" data-testid="activity-summary">
          {events.isPending
            ? "Reading your events…"
            : events.isError
              ? "Your events could not be read from the network. They will refresh when it answers again."
              : `${rows.length} ${rows.length === 1 ? "event" : "events"} up to block ${events.data.latestBlock.number}`}
        </p>
        <Button variant="secondary" onClick={download} disabled={rows.length === 0 || timestamps.isPending}>
          Export CSV
        </Button>
      </div>
      {events.isSuccess && rows.length === 0 ? (
        <p className="rounded-lg bg-slate-50 p-4 text-sm text-slate-600" data-testid="activity-empty">
          No activity yet. Mint AID or stake it, and your transactions will be listed here.
        </p>
      ) : null}
      {rows.length > 0 ? (
        <div className="-mx-6 overflow-x-auto px-6">
          <table className="w-full min-w-[640px] text-left text-sm" data-testid="activity-table">
            <thead className="border-b border-slate-200 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th className="py-2 pr-4 font-medium">Block</th>
                <th className="py-2 pr-4 font-medium">Action</th>
                <th className="py-2 pr-4 text-right font-medium">Sent</th>
                <th className="py-2 pr-4 text-right font-medium">Received</th>
                <th className="py-2 font-medium">Details</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const time = timestamps.data?.get(row.block);
                return (
                  <tr key={row.key} className="border-b border-slate-100 align-top" data-testid="activity-row">
                    <td className="py-2 pr-4 tabular-nums">
                      <span className="block">{row.block.toString()}</span>
                      <span className="block text-xs text-slate-500">{time ? formatTimestamp(time) : ""}</span>
                    </td>
                    <td className="py-2 pr-4 font-medium">
                      {row.action}
                      {row.requestId !== undefined ? (
                        <span className="text-slate-500"> #{row.requestId.toString()}</span>
                      ) : null}
                    </td>
                    <td className="py-2 pr-4 text-right tabular-nums">{leg(row.sent)}</td>
                    <td className="py-2 pr-4 text-right tabular-nums">{leg(row.received)}</td>
                    <td className="py-2 text-xs text-slate-600">
                      {row.note ? <span className="block">{row.note}</span> : null}
                      <span className="block font-mono text-slate-400" title={row.tx}>
                        {shortHash(row.tx)}
                      </span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </Card>
  );
}
