import { describe, expect, it } from "vitest";
import { certificateSvg, decodeTokenUri } from "./certificate";

const base64 = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text)));
const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>GPU Title #1</text></svg>';
const json = (fields: object) => `data:application/json;base64,${base64(JSON.stringify(fields))}`;

describe("decodeTokenUri", () => {
  it("decodes the on-chain JSON and keeps the SVG image as a data URI", () => {
    const uri = json({
      name: "GPU Title #1: 8 x H100",
      description: "A title",
      image: `data:image/svg+xml;base64,${base64(svg)}`,
      attributes: [{ trait_type: "Status", value: "Appraised" }],
    });
    const metadata = decodeTokenUri(uri);
    expect(metadata?.name).toBe("GPU Title #1: 8 x H100");
    expect(metadata?.attributes).toEqual([{ trait_type: "Status", value: "Appraised" }]);
    expect(metadata && certificateSvg(metadata)).toBe(svg);
  });

  it("refuses anything that is not base64 JSON with an SVG image", () => {
    expect(decodeTokenUri("https://example.com/1.json")).toBeUndefined();
    expect(decodeTokenUri("data:application/json;base64,not json")).toBeUndefined();
    expect(decodeTokenUri(json({ name: "x", image: "javascript:alert(1)" }))).toBeUndefined();
    expect(decodeTokenUri(json({ name: "x", image: "data:text/html;base64,PHNjcmlwdD4=" }))).toBeUndefined();
    expect(decodeTokenUri(json({ image: `data:image/svg+xml;base64,${base64(svg)}` }))).toBeUndefined();
  });
});
