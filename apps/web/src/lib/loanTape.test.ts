import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "./csv";
import { DAY } from "./loans";
import { TAPE_CSV_HEADER, type TapeLoan, type TapeTitle, tapeCsvRows, toTapeRows } from "./loanTape";

const NOW = 1_800_000_000n;
const E18 = 10n ** 18n;
const borrower = "0x00000000000000000000000000000000000000A1";

const active: TapeLoan = {
  id: 1n,
  borrower,
  titleId: 7n,
  status: 1,
  principal: 8_000n * E18 + 123n,
  aprBps: 1_500n,
  ltvBps: 2_712n,
  collateralValue: 29_500n * E18 + 1n,
  nextDueDate: NOW - 3n * DAY - 1n,
};
const repaid: TapeLoan = { ...active, id: 2n, titleId: 8n, status: 3, principal: 0n, ltvBps: 0n, collateralValue: 0n };
const titles = new Map<bigint, TapeTitle>([
  [
    7n,
    {
      modelName: "H100",
      gpuCount: 1,
      dataCenter: "Equinix SV5, rack 4",
      appraisedValue: 30_000n * E18,
      appraisedAt: Number(NOW - 40n * DAY - 5n),
      insuranceVerifiedUntil: Number(NOW + 300n * DAY),
    },
  ],
  [
    8n,
    {
      modelName: "B200",
      gpuCount: 2,
      dataCenter: "ATL",
      appraisedValue: 40_000n * E18,
      appraisedAt: 0,
      insuranceVerifiedUntil: NOW,
    },
  ],
]);

describe("toTapeRows", () => {
  it("joins each loan with its title and reads ages and lateness by the chain clock", () => {
    const [row, closed] = toTapeRows([active, repaid], titles, NOW);
    expect(row).toMatchObject({
      id: 1n,
      model: "H100",
      gpuCount: 1,
      currentValue: active.collateralValue,
      appraisalAgeDays: 40n,
      insuranceLapsed: false,
      ltvBps: 2_712n,
      daysPastDue: 3n,
    });
    // A closed loan has no current value, LTV or lateness; an expiry at `now` has lapsed.
    expect(closed).toMatchObject({ id: 2n, currentValue: undefined, ltvBps: undefined, daysPastDue: undefined });
    expect(closed.appraisalAgeDays).toBeUndefined();
    expect(closed.insuranceLapsed).toBe(true);
  });

  it("leaves out a loan whose title has not been read", () => {
    expect(toTapeRows([{ ...active, titleId: 99n }], titles, NOW)).toEqual([]);
  });

  it("shows an unbounded LTV (no value) as empty", () => {
    expect(toTapeRows([{ ...active, ltvBps: 2n ** 256n - 1n }], titles, NOW)[0].ltvBps).toBeUndefined();
  });
});

describe("tapeCsvRows", () => {
  it("writes exact decimal amounts and survives a round trip through CSV", () => {
    const csv = toCsv(TAPE_CSV_HEADER, tapeCsvRows(toTapeRows([active, repaid], titles, NOW)));
    const [header, first, second] = parseCsv(csv);
    expect(header).toEqual([...TAPE_CSV_HEADER]);
    expect(first).toEqual([
      "1",
      borrower,
      "7",
      "H100",
      "1",
      "Equinix SV5, rack 4",
      "30000",
      "29500.000000000000000001",
      "40",
      new Date(Number(NOW + 300n * DAY) * 1000).toISOString(),
      "no",
      "8000.000000000000000123",
      "15",
      "27.12",
      "Active",
      "3",
    ]);
    expect(second.slice(7, 16)).toEqual([
      "",
      "",
      new Date(Number(NOW) * 1000).toISOString(),
      "yes",
      "0",
      "15",
      "",
      "Repaid",
      "",
    ]);
  });
});
