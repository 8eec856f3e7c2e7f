import { stringToHex } from "viem";
import { describe, expect, it } from "vitest";
import { DAY, dateInputToSeconds, secondsToDateInput, YEAR } from "@/lib/dates";
import {
  emptyListing,
  type GpuModel,
  insuranceFormSchema,
  type ListingForm,
  listingFormSchema,
  titleTextSchema,
} from "./schema";

const NOW = dateInputToSeconds("2026-11-21") as number; // 00:00 UTC
const now = () => NOW + 12 * 3600; // midday
const day = (offset: number) => secondsToDateInput(NOW + offset * DAY);
const models: GpuModel[] = [
  { name: "H100", depreciationBps: 2000, allowed: true },
  { name: "H200", depreciationBps: 2000, allowed: false },
];
const schema = listingFormSchema({ models, now });

const valid: ListingForm = {
  modelId: "1",
  gpuCount: "3",
  serials: "gpu-3\nGPU-1 \n gpu-02",
  dataCenter: " Equinix SV5 ",
  dataCenterTier: "3",
  purchasePrice: "1200000.50",
  purchaseDate: day(-120),
  insurer: "Lloyd's Syndicate 2623",
  policyId: "POL-101",
  coverage: "1200000",
  insuranceExpiry: day(365),
};

function messages(form: Partial<ListingForm>) {
  const result = schema.safeParse({ ...valid, ...form });
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("listing form", () => {
  it("builds the registry's TitleInput: serials in canonical form and sorted, texts trimmed, USD in 18 decimals", () => {
    expect(schema.parse(valid)).toEqual({
      modelId: 1,
      gpuCount: 3,
      serials: ["GPU02", "GPU1", "GPU3"].map((s) => stringToHex(s, { size: 32 })),
      dataCenter: "Equinix SV5",
      dataCenterTier: 3,
      purchasePrice: 1_200_000_500_000_000_000_000_000n,
      purchaseDate: NOW - 120 * DAY,
      insurance: {
        insurer: "Lloyd's Syndicate 2623",
        policyId: "POL-101",
        coverage: 1_200_000n * 10n ** 18n,
        expiry: NOW + 365 * DAY,
      },
    });
  });

  it("shows every field's message at once on an empty form", () => {
    const result = listingFormSchema({ models, now }).safeParse(emptyListing);
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error?.issues.map((i) => [i.path[0], i.message]) ?? []);
    expect(byField).toEqual({
      modelId: "Choose a GPU model.",
      gpuCount: "Enter the number of GPUs.",
      serials: "Paste or upload the serial numbers, one per GPU.",
      dataCenter: "Enter the data centre.",
      dataCenterTier: "Choose the data centre's tier (I to IV).",
      purchasePrice: "Enter an amount.",
      purchaseDate: "Enter the purchase date.",
      insurer: "Enter the insurer.",
      policyId: "Enter the policy id.",
      coverage: "Enter an amount.",
      insuranceExpiry: "Enter the policy's expiry date.",
    });
  });

  it.each<[Partial<ListingForm>, string, string]>([
    [{ modelId: "2" }, "modelId", "This model is not accepted for new listings: choose another."],
    [{ modelId: "9" }, "modelId", "This model is not accepted for new listings: choose another."],
    [{ gpuCount: "2.5" }, "gpuCount", "Enter a whole number of GPUs, like 8."],
    [{ gpuCount: "-1" }, "gpuCount", "Enter a whole number of GPUs, like 8."],
    [{ gpuCount: "0" }, "gpuCount", "A title holds at least 1 GPU."],
    [{ gpuCount: "257" }, "gpuCount", "A title holds at most 256 GPUs: list a larger batch as several titles."],
    [
      { gpuCount: "4" },
      "serials",
      "You entered 4 GPUs but 3 serial numbers. The GPU count must equal the number of serial numbers.",
    ],
    [
      { gpuCount: "1", serials: "A\nB" },
      "serials",
      "You entered 1 GPU but 2 serial numbers. The GPU count must equal the number of serial numbers.",
    ],
    [
      { serials: "GPU-1\ngpu1\nGPU-2" },
      "serials",
      "Duplicate serial numbers: GPU1 (2 times). Each GPU has its own serial number; remove the repeats (compared in the form that is sent: upper case, without spaces, - . / _ or leading zeros).",
    ],
    [
      { serials: "1652922004351\n1652-922004351\n01652922004351" },
      "serials",
      "Duplicate serial numbers: 1652922004351 (3 times). Each GPU has its own serial number; remove the repeats (compared in the form that is sent: upper case, without spaces, - . / _ or leading zeros).",
    ],
    [
      { serials: "GPU-1\nGPU#2\nGPU-3" },
      "serials",
      "1 serial number is not valid: “GPU#2” contains “#”. Use the letters and digits of the serial number, at most 32 once spaces, - . / _ and leading zeros are removed (they are removed and letters upper-cased for you).",
    ],
    [
      { gpuCount: "2", serials: "GPU-1\n000" },
      "serials",
      "1 serial number is not valid: “000” has only zeros and separators. Use the letters and digits of the serial number, at most 32 once spaces, - . / _ and leading zeros are removed (they are removed and letters upper-cased for you).",
    ],
    [{ dataCenter: "DC <main>" }, "dataCenter", 'The data centre cannot contain “<”: " \\ < > and & are not allowed.'],
    [{ dataCenter: "Zürich 1" }, "dataCenter", "The data centre must be plain ASCII text: “ü” is not allowed."],
    [{ dataCenter: "x".repeat(33) }, "dataCenter", "The data centre is 33 characters long; the most is 32."],
    [{ insurer: 'AIG "Property"' }, "insurer", 'The insurer cannot contain “"”: " \\ < > and & are not allowed.'],
    [{ policyId: "A&B" }, "policyId", 'The policy id cannot contain “&”: " \\ < > and & are not allowed.'],
    [{ policyId: "tab\there" }, "policyId", "The policy id must be plain ASCII text: “\t” is not allowed."],
    [{ dataCenterTier: "5" }, "dataCenterTier", "Choose the data centre's tier (I to IV)."],
    [{ purchasePrice: "0" }, "purchasePrice", "Enter an amount greater than zero."],
    [{ purchasePrice: "1.001" }, "purchasePrice", "USD amounts have at most 2 decimal places."],
    [{ purchasePrice: "10000000001" }, "purchasePrice", "The largest amount is 10,000,000,000 USD."],
    [{ purchaseDate: day(1) }, "purchaseDate", "The purchase date cannot be in the future."],
    [{ purchaseDate: "2026-02-30" }, "purchaseDate", "Enter a real calendar date for the purchase date."],
    [
      { insuranceExpiry: day(0) },
      "insuranceExpiry",
      "This policy has expired (or expires today): enter a policy that is in force.",
    ],
    [
      { insuranceExpiry: day(-30) },
      "insuranceExpiry",
      "This policy has expired (or expires today): enter a policy that is in force.",
    ],
    [
      { insuranceExpiry: day(5 * 365 + 1) },
      "insuranceExpiry",
      "The expiry is more than 5 years away (after 20 Nov 2031 UTC): check the date.",
    ],
    [{ coverage: "abc" }, "coverage", "Enter a number, like 100 or 12.5."],
  ])("refuses %j: %s says %j", (form, field, message) => {
    expect(messages(form)[field]).toBe(message);
  });

  it("accepts the edges the contract accepts", () => {
    expect(messages({ purchaseDate: day(0), insuranceExpiry: day(1) })).toEqual({});
    expect(messages({ gpuCount: "1", serials: "X" })).toEqual({});
    expect(messages({ dataCenter: "x".repeat(32), purchasePrice: "10000000000" })).toEqual({});
    expect(messages({ insuranceExpiry: secondsToDateInput(NOW + 5 * YEAR) })).toEqual({});
  });

  it("checks the model only against the allow-list once it has loaded", () => {
    expect(listingFormSchema({ now }).safeParse({ ...valid, modelId: "2" }).success).toBe(true);
  });
});

describe("titleTextSchema (as TitleText.isValid)", () => {
  const text = titleTextSchema("insurer");
  it("accepts printable ASCII but the five characters JSON and SVG would need escaped", () => {
    expect(text.parse("Lloyd's Syndicate 2623 (A/B) #1!")).toBe("Lloyd's Syndicate 2623 (A/B) #1!");
    expect(text.parse("  ~`{}[]|;:,.?=+-_*^%$@  ")).toBe("~`{}[]|;:,.?=+-_*^%$@");
  });

  it.each(['"', "\\", "<", ">", "&"])("refuses %j", (c) => {
    expect(text.safeParse(`a${c}b`).success).toBe(false);
  });
});

describe("insurance renewal form", () => {
  it("builds the registry's Insurance", () => {
    const form = { insurer: "Chubb", policyId: "CH-2027-1", coverage: "100000", insuranceExpiry: day(400) };
    expect(insuranceFormSchema(now).parse(form)).toEqual({
      insurer: "Chubb",
      policyId: "CH-2027-1",
      coverage: 100_000n * 10n ** 18n,
      expiry: NOW + 400 * DAY,
    });
  });
});
