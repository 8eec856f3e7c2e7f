import type { Hex } from "viem";
import { z } from "zod";
import { amountSchema } from "@/lib/amount";
import { dateInputToSeconds, YEAR } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { USD } from "@/lib/units";
import { analyzeSerials, serialListProblem } from "./serials";

/** The registry's bounds (GPUTitleRegistry constants). */
export const LIMITS = {
  maxGpus: 256,
  maxTier: 4,
  maxUsd: 10_000_000_000n * 10n ** 18n,
  maxText: 32,
  maxInsuranceTerm: 5 * YEAR,
  maxAppraisalValidity: YEAR,
} as const;

/** A GPU model of the allow-list; its id is its index + 1. */
export type GpuModel = { name: string; depreciationBps: number; allowed: boolean };

/** The chain's time now, unix seconds (useChainClock().now), never the browser's clock: the local chain runs ahead of it. */
type Now = () => number;

const custom = (ctx: z.RefinementCtx, message: string) => {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
};

const FORBIDDEN = new Set(['"', "\\", "<", ">", "&"]);

/**
 * A free-text field as TitleText.isValid accepts it: 1 to 32 characters of printable ASCII other than `" \ < > &`,
 * with no space at either end. Spaces at the ends are trimmed for the user rather than refused.
 */
export function titleTextSchema(label: string) {
  return z.string().transform((raw, ctx): string => {
    const text = raw.trim();
    if (text === "") return custom(ctx, `Enter the ${label}.`);
    for (const c of text) {
      const code = c.codePointAt(0) ?? 0;
      if (code < 0x20 || code > 0x7e) {
        return custom(ctx, `The ${label} must be plain ASCII text: “${c}” is not allowed.`);
      }
      if (FORBIDDEN.has(c)) return custom(ctx, `The ${label} cannot contain “${c}”: " \\ < > and & are not allowed.`);
    }
    if (text.length > LIMITS.maxText) {
      return custom(ctx, `The ${label} is ${text.length} characters long; the most is ${LIMITS.maxText}.`);
    }
    return text;
  });
}

/** A USD amount typed in dollars (at most cents), as the registry's 18-decimal unit, 1 cent to $10 billion. */
export const usdSchema = () =>
  amountSchema({
    token: USD,
    maxDecimals: 2,
    maximum: { value: LIMITS.maxUsd, message: (most) => `The largest amount is ${most}.` },
  });

/** A calendar day from an `<input type="date">`, as unix seconds at 00:00 UTC. */
function dateSchema(what: string, check: (seconds: number, now: number) => string | undefined, now: Now) {
  return z.string().transform((raw, ctx): number => {
    if (raw.trim() === "") return custom(ctx, `Enter the ${what}.`);
    const seconds = dateInputToSeconds(raw);
    if (seconds === undefined || seconds <= 0) return custom(ctx, `Enter a real calendar date for the ${what}.`);
    const problem = check(seconds, now());
    return problem ? custom(ctx, problem) : seconds;
  });
}

/** The insurance fields of a listing or a renewal: the contract's `_checkInsurance`. */
export function insuranceFields(now: Now) {
  return {
    insurer: titleTextSchema("insurer"),
    policyId: titleTextSchema("policy id"),
    coverage: usdSchema(),
    insuranceExpiry: dateSchema(
      "policy's expiry date",
      (expiry, at) => {
        if (expiry <= at) return "This policy has expired (or expires today): enter a policy that is in force.";
        if (expiry > at + LIMITS.maxInsuranceTerm) {
          return `The expiry is more than 5 years away (after ${formatDate(at + LIMITS.maxInsuranceTerm)}): check the date.`;
        }
        return undefined;
      },
      now,
    ),
  };
}

/** The listing form's fields, each refusing bad input with its own message. */
export function listingFields({ models, now }: { models?: readonly GpuModel[]; now: Now }) {
  return {
    modelId: z.string().transform((raw, ctx): number => {
      if (raw === "") return custom(ctx, "Choose a GPU model.");
      const id = Number(raw);
      const model = models?.[id - 1];
      if (!Number.isInteger(id) || id < 1 || (models && !model?.allowed)) {
        return custom(ctx, "This model is not accepted for new listings: choose another.");
      }
      return id;
    }),
    gpuCount: z.string().transform((raw, ctx): number => {
      const text = raw.trim();
      if (text === "") return custom(ctx, "Enter the number of GPUs.");
      if (!/^\d+$/.test(text)) return custom(ctx, "Enter a whole number of GPUs, like 8.");
      const count = Number(text);
      if (count < 1) return custom(ctx, "A title holds at least 1 GPU.");
      if (count > LIMITS.maxGpus) {
        return custom(ctx, `A title holds at most ${LIMITS.maxGpus} GPUs: list a larger batch as several titles.`);
      }
      return count;
    }),
    serials: z.string().transform((raw, ctx): Hex[] => {
      const analysis = analyzeSerials(raw);
      const problem = serialListProblem(analysis);
      return problem ? custom(ctx, problem) : analysis.sorted.map((s) => s.packed);
    }),
    dataCenter: titleTextSchema("data centre"),
    dataCenterTier: z.string().transform((raw, ctx): number => {
      const tier = Number(raw);
      if (raw === "" || !Number.isInteger(tier) || tier < 1 || tier > LIMITS.maxTier) {
        return custom(ctx, "Choose the data centre's tier (I to IV).");
      }
      return tier;
    }),
    purchasePrice: usdSchema(),
    purchaseDate: dateSchema(
      "purchase date",
      (date, at) => (date > at ? "The purchase date cannot be in the future." : undefined),
      now,
    ),
    ...insuranceFields(now),
  };
}

type Fields = Record<string, z.ZodType<unknown, string>>;
type Values<F extends Fields> = { [K in keyof F]: z.output<F[K]> };

/**
 * An object of string inputs checked field by field, so every field's message shows at once; then `cross` checks
 * rules between fields that are each valid, and `build` makes what the contract receives.
 */
function formSchema<F extends Fields, Out>(
  fields: F,
  build: (values: Values<F>) => Out,
  cross?: (values: Partial<Values<F>>, issue: (field: keyof F & string, message: string) => void) => void,
) {
  const inputs = Object.fromEntries(Object.keys(fields).map((key) => [key, z.string()])) as {
    [K in keyof F]: z.ZodString;
  };
  return z.object(inputs).transform((input, ctx): Out => {
    const values: Partial<Values<F>> = {};
    let failed = false;
    const issue = (field: string, message: string) => {
      failed = true;
      ctx.addIssue({ code: "custom", message, path: [field] });
    };
    for (const key of Object.keys(fields) as (keyof F & string)[]) {
      const result = fields[key].safeParse((input as Record<string, string>)[key]);
      if (result.success) values[key] = result.data as Values<F>[typeof key];
      else for (const problem of result.error.issues) issue(key, problem.message);
    }
    cross?.(values, issue);
    return failed ? z.NEVER : build(values as Values<F>);
  });
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The "List GPUs as collateral" form: strings in, the registry's `TitleInput` out. */
export function listingFormSchema(options: { models?: readonly GpuModel[]; now: Now }) {
  return formSchema(
    listingFields(options),
    (v) => ({
      modelId: v.modelId,
      gpuCount: v.gpuCount,
      serials: v.serials,
      dataCenter: v.dataCenter,
      dataCenterTier: v.dataCenterTier,
      purchasePrice: v.purchasePrice,
      purchaseDate: v.purchaseDate,
      insurance: { insurer: v.insurer, policyId: v.policyId, coverage: v.coverage, expiry: v.insuranceExpiry },
    }),
    (v, issue) => {
      if (v.gpuCount !== undefined && v.serials !== undefined && v.serials.length !== v.gpuCount) {
        issue(
          "serials",
          `You entered ${plural(v.gpuCount, "GPU", "GPUs")} but ${plural(v.serials.length, "serial number", "serial numbers")}. The GPU count must equal the number of serial numbers.`,
        );
      }
    },
  );
}

/** A renewal of a title's insurance (`updateInsurance`). */
export function insuranceFormSchema(now: Now) {
  return formSchema(insuranceFields(now), (v) => ({
    insurer: v.insurer,
    policyId: v.policyId,
    coverage: v.coverage,
    expiry: v.insuranceExpiry,
  }));
}

export type ListingForm = z.input<ReturnType<typeof listingFormSchema>>;
export type TitleInput = z.output<ReturnType<typeof listingFormSchema>>;
export type InsuranceForm = z.input<ReturnType<typeof insuranceFormSchema>>;

export const emptyListing: ListingForm = {
  modelId: "",
  gpuCount: "",
  serials: "",
  dataCenter: "",
  dataCenterTier: "",
  purchasePrice: "",
  purchaseDate: "",
  insurer: "",
  policyId: "",
  coverage: "",
  insuranceExpiry: "",
};
