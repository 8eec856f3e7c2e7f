"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type ChangeEvent, type ReactNode, useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { TxStatus } from "@/components/tx/TxStatus";
import { useTransactionFlow } from "@/components/tx/useTransactionFlow";
import { AmountInput } from "@/components/ui/AmountInput";
import { Button } from "@/components/ui/Button";
import { Field, Select, TextArea, TextInput } from "@/components/ui/Field";
import { useChainClock } from "@/features/chain/hooks/useChainClock";
import { formatDate, formatUsd } from "@/lib/format";
import { TIERS } from "@/lib/titleLabels";
import { submitTitleFlow } from "../flows/titleFlows";
import { useGpuModels } from "../hooks/useGpuModels";
import { useTitleRegistry } from "../hooks/useTitleRegistry";
import { emptyListing, type ListingForm, listingFormSchema, type TitleInput, usdSchema } from "../schema";
import { serialsFromCsv } from "../serials";
import { SerialsPreview } from "./SerialsPreview";

const MAX_CSV_BYTES = 1024 * 1024;

/** The "List GPUs as collateral" form: every field checked by the feature's schema before anything is sent. */
export function ListGpusForm() {
  const registry = useTitleRegistry();
  const { models } = useGpuModels();
  const { now } = useChainClock();
  const schema = useMemo(() => listingFormSchema({ models, now }), [models, now]);
  const flow = useTransactionFlow();
  const form = useForm<ListingForm, unknown, TitleInput>({
    resolver: zodResolver(schema),
    defaultValues: emptyListing,
  });
  const [csvNote, setCsvNote] = useState<{ ok: boolean; text: string }>();
  const fileInput = useRef<HTMLInputElement>(null);
  const errors = form.formState.errors;
  const [serials, gpuCount, purchasePrice, coverage] = form.watch(["serials", "gpuCount", "purchasePrice", "coverage"]);

  const field = (name: keyof ListingForm) =>
    form.register(name, {
      onChange: () => {
        if (flow.state.status === "confirmed" || flow.state.status === "failed") flow.reset();
      },
    });

  const onSubmit = form.handleSubmit(async (input) => {
    const ok = await flow.run(submitTitleFlow(registry.address, input));
    if (ok) {
      form.reset(emptyListing);
      setCsvNote(undefined);
      if (fileInput.current) fileInput.current.value = "";
    }
  });

  const onCsv = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) {
      setCsvNote({ ok: false, text: `${file.name} is larger than 1 MB: upload only the serial numbers.` });
      return;
    }
    const result = serialsFromCsv(await file.text());
    if (!result.ok) {
      setCsvNote({ ok: false, text: `${file.name}: ${result.problem}` });
      return;
    }
    const validate = form.formState.isSubmitted;
    form.setValue("serials", result.serials.join("\n"), { shouldDirty: true, shouldValidate: validate });
    if (form.getValues("gpuCount").trim() === "") {
      form.setValue("gpuCount", String(result.serials.length), { shouldDirty: true, shouldValidate: validate });
    }
    setCsvNote({
      ok: true,
      text: `Loaded ${result.serials.length} serial ${result.serials.length === 1 ? "number" : "numbers"} from ${file.name}.`,
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-6" data-testid="list-gpus-form">
      <Section title="GPUs">
        <Field id="list-model" label="GPU model" error={errors.modelId?.message}>
          <Select id="list-model" error={errors.modelId?.message} disabled={flow.busy} {...field("modelId")}>
            <option value="">{models ? "Choose a model" : "Loading models…"}</option>
            {models?.map((model, i) =>
              model.allowed ? (
                <option key={model.name} value={String(i + 1)}>
                  {model.name}
                </option>
              ) : null,
            )}
          </Select>
        </Field>
        <Field id="list-count" label="Number of GPUs" hint="1 to 256 in one title" error={errors.gpuCount?.message}>
          <TextInput
            id="list-count"
            inputMode="numeric"
            placeholder="8"
            hint
            error={errors.gpuCount?.message}
            disabled={flow.busy}
            {...field("gpuCount")}
          />
        </Field>
        <Field
          id="list-serials"
          label="Serial numbers"
          className="sm:col-span-2"
          hint="One per GPU: one a line, or separated by commas. Letters and digits, up to 32 each: spaces, - . / _ and leading zeros are removed and letters upper-cased, so each GPU has one spelling (shown below as it will be sent)."
          error={errors.serials?.message}
        >
          <TextArea
            id="list-serials"
            rows={5}
            placeholder={"1654922000101\n1654922000102"}
            hint
            error={errors.serials?.message}
            disabled={flow.busy}
            {...field("serials")}
          />
        </Field>
        <div className="sm:col-span-2">
          <label htmlFor="list-serials-csv" className="text-sm font-medium text-slate-700">
            Or upload a CSV file
          </label>
          <input
            ref={fileInput}
            id="list-serials-csv"
            type="file"
            accept=".csv,.txt,text/csv,text/plain"
            onChange={onCsv}
            disabled={flow.busy}
            className="mt-1 block w-full text-sm text-slate-600 file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-surface file:px-3 file:py-1.5 file:text-sm file:font-semibold file:text-slate-800 hover:file:bg-slate-100"
          />
          <p className="mt-1 text-xs text-slate-500">
            A single column of serial numbers, or a column headed “serial”. It fills the list above, where you can check
            it.
          </p>
          {csvNote ? (
            <p
              role={csvNote.ok ? "status" : "alert"}
              data-testid="serials-csv-note"
              className={`mt-1 text-sm ${csvNote.ok ? "text-emerald-700" : "text-red-600"}`}
            >
              {csvNote.text}
            </p>
          ) : null}
          <SerialsPreview text={serials} gpuCount={gpuCount} />
        </div>
      </Section>

      <Section title="Data centre">
        <Field
          id="list-dc"
          label="Data centre"
          hint="Its identifier, e.g. Equinix SV5"
          error={errors.dataCenter?.message}
        >
          <TextInput
            id="list-dc"
            maxLength={64}
            hint
            error={errors.dataCenter?.message}
            disabled={flow.busy}
            {...field("dataCenter")}
          />
        </Field>
        <Field id="list-tier" label="Tier" hint="Uptime Institute tier" error={errors.dataCenterTier?.message}>
          <Select
            id="list-tier"
            hint
            error={errors.dataCenterTier?.message}
            disabled={flow.busy}
            {...field("dataCenterTier")}
          >
            <option value="">Choose a tier</option>
            {[1, 2, 3, 4].map((tier) => (
              <option key={tier} value={String(tier)}>
                {TIERS[tier]}
              </option>
            ))}
          </Select>
        </Field>
      </Section>

      <Section title="Purchase">
        <div>
          <AmountInput
            id="list-price"
            label="Purchase price"
            symbol="USD"
            placeholder="2400000"
            error={errors.purchasePrice?.message}
            disabled={flow.busy}
            {...field("purchasePrice")}
          />
          <UsdEcho value={purchasePrice} />
        </div>
        <Field
          id="list-purchase-date"
          label="Purchase date"
          hint={<span data-testid="list-chain-today">{`Today is ${formatDate(now())} by the chain's clock`}</span>}
          error={errors.purchaseDate?.message}
        >
          <TextInput
            id="list-purchase-date"
            type="date"
            hint
            error={errors.purchaseDate?.message}
            disabled={flow.busy}
            {...field("purchaseDate")}
          />
        </Field>
      </Section>

      <Section title="Insurance">
        <Field id="list-insurer" label="Insurer" error={errors.insurer?.message}>
          <TextInput
            id="list-insurer"
            maxLength={64}
            error={errors.insurer?.message}
            disabled={flow.busy}
            {...field("insurer")}
          />
        </Field>
        <Field id="list-policy" label="Policy id" error={errors.policyId?.message}>
          <TextInput
            id="list-policy"
            maxLength={64}
            error={errors.policyId?.message}
            disabled={flow.busy}
            {...field("policyId")}
          />
        </Field>
        <div>
          <AmountInput
            id="list-coverage"
            label="Coverage"
            symbol="USD"
            placeholder="2400000"
            error={errors.coverage?.message}
            disabled={flow.busy}
            {...field("coverage")}
          />
          <UsdEcho value={coverage} />
        </div>
        <Field
          id="list-expiry"
          label="Policy expiry"
          hint={`In force today (${formatDate(now())} by the chain's clock), at most 5 years out`}
          error={errors.insuranceExpiry?.message}
        >
          <TextInput
            id="list-expiry"
            type="date"
            hint
            error={errors.insuranceExpiry?.message}
            disabled={flow.busy}
            {...field("insuranceExpiry")}
          />
        </Field>
      </Section>

      <div className="flex flex-col gap-3 border-t border-slate-200 pt-4">
        <p className="text-sm text-slate-600">
          Listing mints a title in status Pending to your account; an appraiser then reviews it. Nothing is sent until
          every field is valid, and the transaction is checked before your wallet opens.
        </p>
        <Button type="submit" disabled={flow.busy} className="self-start">
          {flow.busy ? "Working…" : "List GPUs"}
        </Button>
        <TxStatus state={flow.state} testId="list-status" />
        {flow.state.status === "confirmed" ? (
          <p className="text-sm text-slate-700">Your new title appears in My titles with status Pending.</p>
        ) : null}
      </div>
    </form>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="grid grid-cols-1 gap-4 sm:grid-cols-2">
      <legend className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500">{title}</legend>
      {children}
    </fieldset>
  );
}

const usd = usdSchema();

/** The typed amount read back with separators, so a missing or extra zero shows. */
function UsdEcho({ value }: { value: string }) {
  const parsed = usd.safeParse(value);
  return <p className="mt-1 h-4 text-xs text-slate-500 tabular-nums">{parsed.success ? formatUsd(parsed.data) : ""}</p>;
}
