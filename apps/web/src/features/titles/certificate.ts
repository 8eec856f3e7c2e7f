/** What `tokenURI` holds: ERC-721 metadata built on chain, with an SVG certificate as its image. */
export type TitleMetadata = {
  name: string;
  description: string;
  /** A `data:image/svg+xml;base64,` URI, safe for an `<img>` (which never runs scripts inside an SVG). */
  image: string;
  attributes: { trait_type: string; value: string | number; display_type?: string }[];
};

const JSON_PREFIX = "data:application/json;base64,";
const SVG_PREFIX = "data:image/svg+xml;base64,";

function base64ToText(base64: string): string {
  const binary = atob(base64);
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

/** Decodes a `data:application/json;base64,` token URI; undefined when it is not one or its image is not an SVG. */
export function decodeTokenUri(uri: string): TitleMetadata | undefined {
  if (!uri.startsWith(JSON_PREFIX)) return undefined;
  try {
    const metadata = JSON.parse(base64ToText(uri.slice(JSON_PREFIX.length))) as Partial<TitleMetadata>;
    if (typeof metadata.name !== "string" || typeof metadata.image !== "string") return undefined;
    if (!metadata.image.startsWith(SVG_PREFIX)) return undefined;
    return {
      name: metadata.name,
      description: typeof metadata.description === "string" ? metadata.description : "",
      image: metadata.image,
      attributes: Array.isArray(metadata.attributes) ? metadata.attributes : [],
    };
  } catch {
    return undefined;
  }
}

/** The SVG markup of a certificate image, for checks and downloads. */
export function certificateSvg(metadata: TitleMetadata): string {
  return base64ToText(metadata.image.slice(SVG_PREFIX.length));
}
