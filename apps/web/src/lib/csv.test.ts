import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

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
