import type { TitleMetadata } from "../certificate";

/** The title's on-chain SVG certificate, shown as an image (an `<img>` never runs scripts inside an SVG). */
export function Certificate({
  titleId,
  metadata,
  loading,
}: {
  titleId: bigint;
  metadata?: TitleMetadata;
  loading: boolean;
}) {
  if (!metadata) {
    return (
      <div className="flex aspect-[3/2] items-center justify-center rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4 text-center text-xs text-slate-500">
        {loading ? "Loading the certificate…" : "The certificate could not be read."}
      </div>
    );
  }
  return (
    <figure className="flex flex-col gap-1">
      {/* biome-ignore lint/performance/noImgElement: a data URI from the chain; nothing for an image optimiser to do */}
      <img
        src={metadata.image}
        alt={`On-chain certificate of ${metadata.name}`}
        data-testid={`certificate-${titleId}`}
        className="w-full rounded-lg border border-slate-200 bg-white"
      />
      <figcaption className="text-xs text-slate-500">
        Rendered on chain by <code>tokenURI</code> ·{" "}
        <a
          href={metadata.image}
          download={`gpu-title-${titleId}.svg`}
          className="font-medium text-brand hover:underline"
        >
          Download SVG
        </a>
      </figcaption>
    </figure>
  );
}
