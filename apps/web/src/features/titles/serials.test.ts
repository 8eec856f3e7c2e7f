import { encodePacked, type Hex, keccak256, stringToHex } from "viem";
import { describe, expect, it } from "vitest";
import {
  analyzeSerials,
  normalizeSerial,
  serialListProblem,
  serialsCommitment,
  serialsFromCsv,
  serialText,
  splitSerialList,
} from "./serials";

const packed = (serial: string) => stringToHex(serial, { size: 32 });
const sortedOf = (text: string) => analyzeSerials(text).sorted.map((s) => s.packed);

/** The vectors of contracts/test/unit/SerialNumbers.t.sol: the form must give exactly what the contract gives. */
const CONTRACT_VECTORS: [string, string][] = [
  ["1652922004351", "1652922004351"],
  ["1652-922004351", "1652922004351"],
  ["01652922004351", "1652922004351"],
  ["  1652.922.004.351\t", "1652922004351"],
  ["0-1652/922_004351", "1652922004351"],
  [" ab-12 ", "AB12"],
  ["  sn-00a1\t", "SN00A1"],
  ["a.b/c_d", "ABCD"],
  ["SN 1", "SN1"],
  ["\u000b\fgpu-1\r\n", "GPU1"],
  ["0007", "7"],
  ["100", "100"],
  ["0-0-A", "A"],
  ["ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"],
  ["0ABCDEFGHIJKLMNOPQRSTUVWXYZ-012345", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"],
];
const CONTRACT_REFUSALS = [
  "",
  "   ",
  "000",
  "0-0",
  "--",
  "S\u00e9rie",
  "SN#1",
  "SN,1",
  "\u00a0SN1",
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456",
];
const CANONICAL = /^[1-9A-Z][0-9A-Z]{0,31}$/;

describe("normalizeSerial (as SerialNumbers.normalize)", () => {
  it.each(CONTRACT_VECTORS)("normalises %j to %j, as the contract does", (raw, serial) => {
    expect(normalizeSerial(raw)).toEqual({ ok: true, serial, packed: packed(serial) });
  });

  it.each(CONTRACT_REFUSALS)("refuses %j, as the contract does", (raw) => {
    expect(normalizeSerial(raw).ok).toBe(false);
  });

  it.each([
    ["", "is empty"],
    ["   ", "is empty"],
    ["000", "has only zeros and separators"],
    ["-./_", "has only zeros and separators"],
    ["S\u00e9rie", "contains “é”"],
    ["SN#1", "contains “#”"],
    ["\u00a0SN1", "contains “\u00a0”"],
    ["SN\u00001", "contains a control character (U+0000)"],
    ["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", "has 33 characters without separators and leading zeros (the most is 32)"],
  ])("refuses %j: it %s", (raw, problem) => {
    const result = normalizeSerial(raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.problem).toBe(problem);
  });

  it("gives one spelling: the canonical form, which normalises to itself", () => {
    const typed = [...CONTRACT_VECTORS.map(([raw]) => raw), "Sn-1", "sn.1", "0SN1", "S N 1", "s_n/1"];
    for (const raw of typed) {
      const once = normalizeSerial(raw);
      if (!once.ok) throw new Error(`${raw} refused`);
      expect(once.serial).toMatch(CANONICAL);
      expect(normalizeSerial(once.serial)).toEqual(once);
    }
  });

  it("packs left-aligned and zero-padded, and unpacks back", () => {
    const result = normalizeSerial("sn1");
    expect(result.ok && result.packed).toBe(`0x534e31${"0".repeat(58)}`);
    expect(serialText(`0x534e31${"0".repeat(58)}`)).toBe("SN1");
  });
});

describe("serialsCommitment", () => {
  // Expected values read from GPUTitleRegistry.serialsCommitment, of the lists SerialNumbers.normalize gives.
  it.each<[string[], Hex]>([
    [["SN1", "SN10", "SN2"], "0x12c0803865060c6fae94473305134e461f13feb90e66762140306598e46f993a"],
    [["gpu-0001"], "0x51293f69d54e75d96d706681d7e04d12f6488822d241c2734def62c786c3363e"],
    [["1654922000101", "1654922000102"], "0x5cf7e26d6c7bc0eb98a62c5c7e1b1791cc9b384a172b6b42f1b5b226594089b5"],
    [
      ["Z", "A.B/C_D", "1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "0-9"],
      "0x21cbb41436e75fe57aa30c17f277ff35f2293f48a5225a62a5749a8a61d89a3b",
    ],
  ])("matches the contract for %j in any order", (serials, expected) => {
    expect(serialsCommitment(sortedOf(serials.join("\n")))).toBe(expected);
    expect(serialsCommitment(sortedOf([...serials].reverse().join(",")))).toBe(expected);
  });

  it("is keccak256(abi.encodePacked(bytes32[])) of the sorted list", () => {
    const sorted = sortedOf("sn2\nSN10\nsn1");
    expect(sorted.map(serialText)).toEqual(["SN1", "SN10", "SN2"]);
    expect(serialsCommitment(sorted)).toBe(keccak256(encodePacked(["bytes32[]"], [sorted])));
  });
});

describe("analyzeSerials", () => {
  it("splits on lines, commas, semicolons and tabs, skipping blanks", () => {
    expect(splitSerialList("A1\r\nA2,A3;A4\tA5\n\n , \n")).toEqual(["A1", "A2", "A3", "A4", "A5"]);
  });

  it("sorts as the contract compares bytes32 words: a prefix first, then byte order", () => {
    expect(analyzeSerials("sn2\nSN10\n sn1 \nSNA\nSN01").sorted.map((s) => s.serial)).toEqual([
      "SN01",
      "SN1",
      "SN10",
      "SN2",
      "SNA",
    ]);
  });

  it("lists the entries sent in another spelling, as typed and as sent", () => {
    expect(analyzeSerials("1652-922004351\nSN1\n sn2 \n01652922004352").rewritten).toEqual([
      { raw: "1652-922004351", serial: "1652922004351" },
      { raw: "sn2", serial: "SN2" },
      { raw: "01652922004352", serial: "1652922004352" },
    ]);
  });

  it("finds duplicates after normalisation: every spelling of a serial is the same serial", () => {
    const analysis = analyzeSerials("gpu-1\nGPU1 \nGPU-2\ngpu.2\nGPU02\nGPU-3\n1652922004351\n1652-922004351");
    expect(analysis.duplicates).toEqual([
      { serial: "1652922004351", times: 2 },
      { serial: "GPU1", times: 2 },
      { serial: "GPU2", times: 2 },
    ]);
    expect(analysis.sorted.map((s) => s.serial)).toEqual(["1652922004351", "GPU02", "GPU1", "GPU2", "GPU3"]);
    expect(analysis.entries).toBe(8);
    expect(serialListProblem(analysis)).toBe(
      "Duplicate serial numbers: 1652922004351 (2 times); GPU1 (2 times); GPU2 (2 times). Each GPU has its own serial number; remove the repeats (compared in the form that is sent: upper case, without spaces, - . / _ or leading zeros).",
    );
  });

  it("names every invalid serial and why", () => {
    expect(serialListProblem(analyzeSerials("GPU 1\nGPU-2\nGPU#3\n00"))).toBe(
      "2 serial numbers are not valid: “GPU#3” contains “#”; “00” has only zeros and separators. Use the letters and digits of the serial number, at most 32 once spaces, - . / _ and leading zeros are removed (they are removed and letters upper-cased for you).",
    );
    expect(serialListProblem(analyzeSerials("a#b,c#d,e#f,g#h,ok"))).toContain("; and 1 more.");
  });

  it("asks for serials when there are none, and accepts a clean list", () => {
    expect(serialListProblem(analyzeSerials(" \n ,"))).toBe("Paste or upload the serial numbers, one per GPU.");
    expect(serialListProblem(analyzeSerials("A\nB"))).toBeUndefined();
  });
});

describe("serialsFromCsv", () => {
  it("takes the column headed serial", () => {
    expect(serialsFromCsv("slot,Serial Number,model\n1,sn-1,H100\n2, sn-2 ,H100\n3,,H100\n")).toEqual({
      ok: true,
      serials: ["SN1", "SN2"],
    });
  });

  it("takes every cell of a single-column file without a header", () => {
    expect(serialsFromCsv("GPU-1\r\nGPU-2\r\n\r\n")).toEqual({ ok: true, serials: ["GPU1", "GPU2"] });
  });

  it("keeps invalid cells as written so the form can name them", () => {
    expect(serialsFromCsv('serial\n"GPU#1"\nGPU-2')).toEqual({ ok: true, serials: ["GPU#1", "GPU2"] });
  });

  it("explains a file it cannot read", () => {
    expect(serialsFromCsv("a,b\n1,2")).toEqual({
      ok: false,
      problem:
        "The file has several columns and none is headed “serial”. Name the serial-number column “serial” in the first row, or upload a single column.",
    });
    expect(serialsFromCsv("serial\n\n")).toEqual({ ok: false, problem: "The file has no serial numbers." });
    expect(serialsFromCsv("")).toEqual({ ok: false, problem: "The file has no serial numbers." });
  });
});
