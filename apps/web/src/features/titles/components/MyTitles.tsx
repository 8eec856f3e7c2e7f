"use client";

import { useMemo, useState } from "react";
import type { Address } from "viem";
import { useChainClock } from "@/features/chain/hooks/useChainClock";
import { useCertificates } from "../hooks/useCertificates";
import { useMyTitles } from "../hooks/useMyTitles";
import { Certificate } from "./Certificate";
import { StatusBadge } from "./StatusBadge";
import { TitleActions } from "./TitleActions";
import { TitleFacts } from "./TitleFacts";

/** The connected account's live titles: status, appraisal, current value, insurance, certificate and actions. */
export function MyTitles({ account }: { account: Address }) {
  const { titles, isLoading, isError } = useMyTitles(account);
  const ids = useMemo(() => titles?.map((t) => t.id) ?? [], [titles]);
  const { certificates, isLoading: certificatesLoading } = useCertificates(ids);
  const [notice, setNotice] = useState<string>();
  const now = useChainClock().now();

  return (
    <div
      className="flex flex-col gap-4"
      data-testid="my-titles"
      aria-busy={isLoading}
      data-ready={!isLoading && (ids.length === 0 || !certificatesLoading)}
    >
      {notice ? (
        <p
          role="status"
          data-testid="my-titles-notice"
          className="rounded-lg bg-emerald-50 p-3 text-sm text-emerald-800"
        >
          {notice}
        </p>
      ) : null}
      {isError ? (
        <p role="alert" className="text-sm text-red-700">
          Your titles could not be read from the network. They will refresh when it answers again.
        </p>
      ) : null}
      {isLoading ? <p className="text-sm text-slate-500">Loading your titles…</p> : null}
      {titles && titles.length === 0 ? (
        <p className="text-sm text-slate-600" data-testid="my-titles-empty">
          You hold no GPU titles yet. List a batch of GPUs below: it becomes a title once confirmed.
        </p>
      ) : null}
      {titles?.map((title) => (
        <article
          key={title.id.toString()}
          data-testid={`title-${title.id}`}
          className="grid grid-cols-1 gap-4 rounded-xl border border-slate-200 p-4 md:grid-cols-[14rem_1fr]"
        >
          <Certificate titleId={title.id} metadata={certificates?.get(title.id)} loading={certificatesLoading} />
          <div className="flex min-w-0 flex-col gap-4">
            <header className="flex flex-wrap items-center justify-between gap-2">
              <h3 className="text-base font-semibold">
                Title #{title.id.toString()} · {title.gpuCount} × {title.modelName}
              </h3>
              <StatusBadge status={title.status} testId={`status-${title.id}`} />
            </header>
            <TitleFacts title={title} now={now} />
            <TitleActions title={title} onDone={setNotice} />
          </div>
        </article>
      ))}
    </div>
  );
}
