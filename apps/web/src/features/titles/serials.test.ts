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

describe("normalizeSerial (as SerialNumbers.normalize)", () => {
  it.each([
    ["  sn-00a1\t", "SN-00A1"],
    ["1654922001234", "1654922001234"],
    ["a.b/c_d", "A.B/C_D"],
    ["ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"],
    ["\u000b\fgpu-1\r\n", "GPU-1"],
  ])("normalises %j to %j", (raw, serial) => {
    expect(normalizeSerial(raw)).toEqual({ ok: true, serial, packed: packed(serial) });
  });

  it.each([
    ["", "is empty"],
    ["   ", "is empty"],
    ["SN 1", "contains a space"],
    ["S\u00e9rie", "contains “é”"],
    ["SN#1", "contains “#”"],
    ["\u00a0SN1", "contains “\u00a0”"],
    ["SN\u00001", "contains a control character (U+0000)"],
    ["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456", "has 33 characters (the most is 32)"],
  ])("refuses %j: it %s", (raw, problem) => {
    const result = normalizeSerial(raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.problem).toBe(problem);
  });

  it("packs left-aligned and zero-padded, and unpacks back", () => {
    const result = normalizeSerial("sn1");
    expect(result.ok && result.packed).toBe(`0x534e31${"0".repeat(58)}`);
    expect(serialText(`0x534e31${"0".repeat(58)}`)).toBe("SN1");
  });
});

describe("serialsCommitment", () => {
  // Expected values read from GPUTitleRegistry.serialsCommitment on a local deployment.
  it.each<[string[], Hex]>([
    [["SN1", "SN10", "SN2"], "0x12c0803865060c6fae94473305134e461f13feb90e66762140306598e46f993a"],
    [["GPU-0001"], "0xb4353b3cc4fff26a3f4a39e2b87933b44a75796c11bc95def31bcbf1e78a0553"],
    [["1654922000101", "1654922000102"], "0x5cf7e26d6c7bc0eb98a62c5c7e1b1791cc9b384a172b6b42f1b5b226594089b5"],
    [
      ["Z", "A.B/C_D", "-", "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "0"],
      "0xe60a00970917626cd90b85a36eaab94519da2e60940c76b8b8c47bd517e96db1",
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
    expect(analyzeSerials("sn2\nSN10\n sn1 \nSN-1\nSN_1").sorted.map((s) => s.serial)).toEqual([
      "SN-1",
      "SN1",
      "SN10",
      "SN2",
      "SN_1",
    ]);
  });

  it("finds duplicates after normalisation", () => {
    const analysis = analyzeSerials("gpu-1\nGPU-1 \nGPU-2\ngpu-2\nGPU-2\nGPU-3");
    expect(analysis.duplicates).toEqual([
      { serial: "GPU-1", times: 2 },
      { serial: "GPU-2", times: 3 },
    ]);
    expect(analysis.sorted).toHaveLength(3);
    expect(analysis.entries).toBe(6);
    expect(serialListProblem(analysis)).toBe(
      "Duplicate serial numbers: GPU-1 (2 times); GPU-2 (3 times). Each GPU has its own serial number; remove the repeats (compared after trimming and upper-casing).",
    );
  });

  it("names every invalid serial and why", () => {
    expect(serialListProblem(analyzeSerials("GPU 1\nGPU-2\nGPU#3"))).toBe(
      "2 serial numbers are not valid: “GPU 1” contains a space; “GPU#3” contains “#”. Use 1 to 32 characters of 0-9, A-Z, - . / _ (letters are upper-cased for you).",
    );
    expect(serialListProblem(analyzeSerials("a b,c d,e f,g h,ok"))).toContain("; and 1 more.");
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
      serials: ["SN-1", "SN-2"],
    });
  });

  it("takes every cell of a single-column file without a header", () => {
    expect(serialsFromCsv("GPU-1\r\nGPU-2\r\n\r\n")).toEqual({ ok: true, serials: ["GPU-1", "GPU-2"] });
  });

  it("keeps invalid cells as written so the form can name them", () => {
    expect(serialsFromCsv('serial\n"GPU 1"\nGPU-2')).toEqual({ ok: true, serials: ["GPU 1", "GPU-2"] });
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
