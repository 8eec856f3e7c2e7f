import { describe, expect, it } from "vitest";
import { parseCsv, toCsv } from "./csv";

describe("toCsv", () => {
  it("writes a header and rows, quoting only where needed", () => {
    expect(toCsv(["id", "name", "amount"], [[1, "H100 batch", 10n ** 18n]])).toBe(
      "id,name,amount\r\n1,H100 batch,1000000000000000000",
    );
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(toCsv(["a"], [['say "hi", then\nleave']])).toBe('a\r\n"say ""hi"", then\nleave"');
  });
});

describe("parseCsv", () => {
  it("reads rows and fields with LF or CRLF line ends", () => {
    expect(parseCsv("serial,slot\nSN-1,1\r\nSN-2,2\n")).toEqual([
      ["serial", "slot"],
      ["SN-1", "1"],
      ["SN-2", "2"],
    ]);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(parseCsv('"a,b","say ""hi""","two\nlines"')).toEqual([["a,b", 'say "hi"', "two\nlines"]]);
  });

  it("keeps empty fields and ignores a byte-order mark", () => {
    expect(parseCsv("\uFEFFa,,c\n,\n")).toEqual([
      ["a", "", "c"],
      ["", ""],
    ]);
    expect(parseCsv("")).toEqual([]);
  });

  it("reads back what toCsv writes", () => {
    const rows = [
      ["id", "note"],
      ["1", 'a "quoted", multi\nline note'],
    ];
    expect(parseCsv(toCsv(rows[0], rows.slice(1)))).toEqual(rows);
  });
});
