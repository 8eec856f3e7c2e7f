import type { ReactNode } from "react";
import { formatDate, formatRate, formatUsd, shortHash } from "@/lib/format";
import { rejectionLabel, TitleStatus, tierLabel } from "@/lib/titleLabels";
import type { Title } from "../types";

/** A title's record in plain words: what was submitted, the appraisal, the current value and the insurance. */
export function TitleFacts({ title, now, submitted = false }: { title: Title; now: number; submitted?: boolean }) {
  const appraised = title.appraisedAt > 0;
  return (
    <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
      {!submitted ? (
        <>
          <Fact label="Appraisal" testId={`appraisal-${title.id}`}>
            {title.status === TitleStatus.Rejected ? (
              <span className="text-red-700">Rejected: {rejectionLabel(title.rejectionReason)}</span>
            ) : title.status === TitleStatus.Voided ? (
              <span className="text-red-700">Voided by the custodian: {rejectionLabel(title.rejectionReason)}</span>
            ) : appraised ? (
              <>
                {formatUsd(title.appraisedValue)}{" "}
                <span className="text-slate-500">
                  on {formatDate(title.appraisedAt)}, valid until {formatDate(title.appraisalValidUntil)}
                  {title.appraisalValidUntil <= now ? " (expired)" : ""}
                </span>
              </>
            ) : (
              <span className="text-slate-500">Awaiting appraisal</span>
            )}
          </Fact>
          <Fact label="Current value" testId={`current-value-${title.id}`}>
            {appraised ? (
              <>
                {formatUsd(title.currentValue)}{" "}
                <span className="text-slate-500">
                  {title.currentValue > 0n
                    ? `(depreciating ${formatRate(title.depreciationBps)} a year)`
                    : noValueReason(title, now)}
                </span>
              </>
            ) : (
              <span className="text-slate-500">None until appraised</span>
            )}
          </Fact>
        </>
      ) : null}
      <Fact label="Insurance">
        {title.insurance.insurer} · policy {title.insurance.policyId}
        <span className="block text-slate-500">
          Covers {formatUsd(title.insurance.coverage)}, expires {formatDate(title.insurance.expiry)}
        </span>
        {submitted ? null : (
          <span className="block" data-testid={`insurance-${title.id}`}>
            <InsuranceVerification title={title} now={now} />
          </span>
        )}
      </Fact>
      <Fact label="Data centre">
        {title.dataCenter} <span className="text-slate-500">· {tierLabel(title.dataCenterTier)}</span>
      </Fact>
      <Fact label="Purchase">
        {formatUsd(title.purchasePrice)} <span className="text-slate-500">on {formatDate(title.purchaseDate)}</span>
      </Fact>
      <Fact label="Serial numbers">
        {title.gpuCount} {title.gpuCount === 1 ? "GPU" : "GPUs"} ·{" "}
        <span className="font-mono text-xs" title={title.serialsCommitment}>
          commitment {shortHash(title.serialsCommitment)}
        </span>
      </Fact>
    </dl>
  );
}

function noValueReason(title: Title, now: number): string {
  if (title.status !== TitleStatus.Appraised && title.status !== TitleStatus.Pledged) return "";
  if (title.appraisalValidUntil <= now) return "(the appraisal has expired)";
  if (title.insuranceVerifiedUntil <= now) return "(the verified insurance has lapsed)";
  return "";
}

function InsuranceVerification({ title, now }: { title: Title; now: number }) {
  if (title.insuranceVerified) {
    return title.insuranceVerifiedUntil > now ? (
      <span className="text-emerald-700">Verified until {formatDate(title.insuranceVerifiedUntil)}</span>
    ) : (
      <span className="text-red-700">Verified cover lapsed on {formatDate(title.insuranceVerifiedUntil)}</span>
    );
  }
  if (title.insuranceVerifiedUntil > 0) {
    return (
      <span className="text-amber-800">
        Renewal awaiting verification; covered until {formatDate(title.insuranceVerifiedUntil)}
      </span>
    );
  }
  return <span className="text-slate-500">Not yet verified (the appraiser verifies it with the appraisal)</span>;
}

export function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-slate-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}
