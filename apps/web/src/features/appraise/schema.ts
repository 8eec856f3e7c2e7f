import { type Hex, keccak256, stringToHex } from "viem";
import { z } from "zod";
import { LIMITS, usdSchema } from "@/features/titles/schema";
import { dateInputToSeconds } from "@/lib/dates";
import { formatDate } from "@/lib/format";
import { REJECTION_REASONS } from "@/lib/titleLabels";

/** The chain's time now, unix seconds (useChainClock().now), never the browser's clock: the local chain runs ahead of it. */
type Now = () => number;

export const MAX_REPORT_REFERENCE = 500;

/**
 * The hash recorded on chain for an appraisal report: keccak256 of the reference's UTF-8 text, spaces at the ends
 * removed. Anyone holding the same text (a document id, a URL, the report itself) can check it.
 */
export function reportHash(reference: string): Hex {
  return keccak256(stringToHex(reference.trim()));
}

/** Record an appraisal (`appraise`): value, valid-until day, report reference, and the insurance check it certifies. */
export function appraisalFormSchema(now: Now) {
  return z.object({
    value: usdSchema(),
    validUntil: z.string().transform((raw, ctx): number => {
      const fail = (message: string) => {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      };
      if (raw.trim() === "") return fail("Enter the day the appraisal stops being valid.");
      const seconds = dateInputToSeconds(raw);
      if (seconds === undefined) return fail("Enter a real calendar date.");
      const at = now();
      if (seconds <= at) return fail("The appraisal must stay valid after today.");
      if (seconds > at + LIMITS.maxAppraisalValidity) {
        return fail(
          `An appraisal is valid for at most a year: choose ${formatDate(at + LIMITS.maxAppraisalValidity)} or earlier.`,
        );
      }
      return seconds;
    }),
    reportReference: z.string().transform((raw, ctx): Hex => {
      const text = raw.trim();
      if (text === "") {
        ctx.addIssue({
          code: "custom",
          message: "Enter the report reference (a document id, URL or the report's text).",
        });
        return z.NEVER;
      }
      if (text.length > MAX_REPORT_REFERENCE) {
        ctx.addIssue({ code: "custom", message: `Keep the reference to ${MAX_REPORT_REFERENCE} characters or fewer.` });
        return z.NEVER;
      }
      return reportHash(text);
    }),
    insuranceChecked: z.boolean().refine((checked) => checked, {
      message: "Confirm you checked the insurance policy: recording the appraisal marks it verified.",
    }),
  });
}

/** Reject a listing (`reject`) with one of RejectionReason 1-6. */
export const rejectFormSchema = z.object({
  reason: z.string().transform((raw, ctx): number => {
    const reason = Number(raw);
    if (raw === "" || !Number.isInteger(reason) || reason < 1 || reason >= REJECTION_REASONS.length) {
      ctx.addIssue({ code: "custom", message: "Choose the reason for the rejection." });
      return z.NEVER;
    }
    return reason;
  }),
});

export type AppraisalForm = z.input<ReturnType<typeof appraisalFormSchema>>;
export type RejectForm = z.input<typeof rejectFormSchema>;
