/** A point of a chart: x and y as plain numbers, for drawing only (amounts stay bigint elsewhere). */
export type ChartPoint = { x: number; y: number };

/**
 * A small line chart in inline SVG, no library: the line, its area, the first and last values and the x range.
 * `formatX` and `formatY` label the axes.
 */
export function LineChart({
  points: given,
  formatX,
  formatY,
  label,
  testId,
}: {
  points: readonly ChartPoint[];
  formatX: (x: number) => string;
  formatY: (y: number) => string;
  label: string;
  testId?: string;
}) {
  const width = 640;
  const height = 200;
  const pad = { top: 12, right: 12, bottom: 24, left: 72 };
  // One point per x (the last one), in order of x.
  const points = [...new Map(given.map((p) => [p.x, p])).values()].sort((a, b) => a.x - b.x);
  if (points.length < 2) {
    return (
      <p className="rounded-lg bg-slate-50 p-4 text-sm text-slate-500" data-testid={testId}>
        Not enough history to draw yet.
      </p>
    );
  }
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  let [minY, maxY] = [Math.min(...ys), Math.max(...ys)];
  if (maxY - minY < Math.abs(maxY) * 1e-6 || maxY === minY) {
    const spread = Math.abs(maxY) * 0.001 || 1;
    minY -= spread;
    maxY += spread;
  }
  const sx = (x: number) => pad.left + ((x - minX) / (maxX - minX || 1)) * (width - pad.left - pad.right);
  const sy = (y: number) => pad.top + (1 - (y - minY) / (maxY - minY)) * (height - pad.top - pad.bottom);
  const line = points.map((p, i) => `${i === 0 ? "M" : "L"}${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(" ");
  const area = `${line} L${sx(maxX).toFixed(1)},${height - pad.bottom} L${sx(minX).toFixed(1)},${height - pad.bottom} Z`;
  const ticks = [maxY, (maxY + minY) / 2, minY];
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className="h-auto w-full"
      role="img"
      aria-label={label}
      data-testid={testId}
      data-points={points.length}
    >
      {ticks.map((y) => (
        <g key={y}>
          <line
            x1={pad.left}
            x2={width - pad.right}
            y1={sy(y)}
            y2={sy(y)}
            className="stroke-slate-200"
            strokeWidth="1"
          />
          <text x={pad.left - 8} y={sy(y) + 4} textAnchor="end" fontSize="11" className="fill-slate-500">
            {formatY(y)}
          </text>
        </g>
      ))}
      <path d={area} className="fill-brand" fillOpacity="0.08" />
      <path d={line} fill="none" className="stroke-brand" strokeWidth="2" strokeLinejoin="round" />
      {points.map((p) => (
        <circle key={p.x} cx={sx(p.x)} cy={sy(p.y)} r="2.5" className="fill-brand" />
      ))}
      <text x={pad.left} y={height - 6} fontSize="11" className="fill-slate-500">
        {formatX(minX)}
      </text>
      <text x={width - pad.right} y={height - 6} textAnchor="end" fontSize="11" className="fill-slate-500">
        {formatX(maxX)}
      </text>
    </svg>
  );
}
