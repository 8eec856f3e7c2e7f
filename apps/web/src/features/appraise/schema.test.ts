import { keccak256, stringToHex } from "viem";
import { describe, expect, it } from "vitest";
import { DAY, dateInputToSeconds, secondsToDateInput } from "@/lib/dates";
import { type AppraisalForm, appraisalFormSchema, rejectFormSchema, reportHash } from "./schema";

const NOW = dateInputToSeconds("2026-11-21") as number;
const schema = appraisalFormSchema(() => NOW + 3600);
const day = (offset: number) => secondsToDateInput(NOW + offset * DAY);
const valid: AppraisalForm = {
  value: "2000000",
  validUntil: day(180),
  reportReference: "  CALIBER report 2026-117  ",
  insuranceChecked: true,
};

function messages(form: Partial<AppraisalForm>) {
  const result = schema.safeParse({ ...valid, ...form });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("appraisal form", () => {
  it("gives appraise()'s arguments: USD value, valid-until at 00:00 UTC, keccak256 of the trimmed reference", () => {
    expect(schema.parse(valid)).toEqual({
      value: 2_000_000n * 10n ** 18n,
      validUntil: NOW + 180 * DAY,
      reportReference: keccak256(stringToHex("CALIBER report 2026-117")),
      insuranceChecked: true,
    });
    expect(reportHash(" a ")).toBe(keccak256(stringToHex("a")));
  });

  it.each<[Partial<AppraisalForm>, string, string]>([
    [{ value: "" }, "value", "Enter an amount."],
    [{ value: "0" }, "value", "Enter an amount greater than zero."],
    [{ validUntil: "" }, "validUntil", "Enter the day the appraisal stops being valid."],
    [{ validUntil: day(0) }, "validUntil", "The appraisal must stay valid after today."],
    [
      { validUntil: day(366) },
      "validUntil",
      "An appraisal is valid for at most a year: choose 21 Nov 2027 UTC or earlier.",
    ],
    [
      { reportReference: "   " },
      "reportReference",
      "Enter the report reference (a document id, URL or the report's text).",
    ],
    [{ reportReference: "x".repeat(501) }, "reportReference", "Keep the reference to 500 characters or fewer."],
    [
      { insuranceChecked: false },
      "insuranceChecked",
      "Confirm you checked the insurance policy: recording the appraisal marks it verified.",
    ],
  ])("refuses %j: %s says %j", (form, field, message) => {
    expect(messages(form)[field]).toBe(message);
  });

  it("accepts a validity of exactly a year from today", () => {
    expect(messages({ validUntil: day(365) })).toEqual({});
  });
});

describe("reject form", () => {
  it("takes a RejectionReason from 1 to 6", () => {
    expect(rejectFormSchema.parse({ reason: "2" })).toEqual({ reason: 2 });
    for (const reason of ["", "0", "7", "x"]) {
      expect(rejectFormSchema.safeParse({ reason }).error?.issues[0]?.message).toBe(
        "Choose the reason for the rejection.",
      );
    }
  });
});
