import { describe, expect, it } from "vitest";
import { DAY, dateInputToSeconds, secondsToDateInput } from "./dates";

describe("dateInputToSeconds", () => {
  it("reads a date input's value as 00:00 UTC", () => {
    expect(dateInputToSeconds("2026-11-21")).toBe(Date.UTC(2026, 10, 21) / 1000);
    expect(dateInputToSeconds("1970-01-02")).toBe(DAY);
  });

  it.each(["", "2026-02-30", "2026-13-01", "21/11/2026", "2026-1-5", "tomorrow"])("rejects %j", (value) => {
    expect(dateInputToSeconds(value)).toBeUndefined();
  });
});

describe("secondsToDateInput", () => {
  it("gives the UTC day, round-tripping with dateInputToSeconds", () => {
    expect(secondsToDateInput(1_795_283_075)).toBe("2026-11-21");
    expect(dateInputToSeconds(secondsToDateInput(1_795_219_200))).toBe(1_795_219_200);
  });
});
