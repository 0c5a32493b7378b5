// Score distribution as a small server-rendered SVG: one bar per band of 10 %. The same counts are
// given in the summary, so the picture is a convenience, not the only way to the numbers.
import type { HistogramBin } from "@/lib/teach/item-analysis";

export function HistogramChart({
  bins,
  title,
  summary,
  axisLabel,
}: {
  bins: HistogramBin[];
  title: string;
  summary: string;
  axisLabel: string;
}) {
  const width = 340;
  const height = 120;
  const gap = 4;
  const max = Math.max(1, ...bins.map((b) => b.count));
  const bar = (width - gap * (bins.length + 1)) / bins.length;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height + 32}`}
        role="img"
        aria-label={summary}
        className="score-chart"
      >
        <title>{title}</title>
        <line
          x1="0"
          y1={height}
          x2={width}
          y2={height}
          className="chart-axis"
        />
        {bins.map((b, i) => {
          const h =
            b.count === 0 ? 0 : Math.max(3, (b.count / max) * (height - 16));
          const x = gap + i * (bar + gap);
          return (
            <g key={b.from}>
              <rect
                x={x}
                y={height - h}
                width={bar}
                height={h}
                rx="2"
                className="chart-bar"
              />
              {b.count > 0 && (
                <text
                  x={x + bar / 2}
                  y={height - h - 3}
                  textAnchor="middle"
                  className="chart-value"
                >
                  {b.count}
                </text>
              )}
              {i % 2 === 0 && (
                <text
                  x={x}
                  y={height + 13}
                  textAnchor="start"
                  className="chart-label"
                >
                  {b.from}
                </text>
              )}
            </g>
          );
        })}
        <text
          x={width}
          y={height + 13}
          textAnchor="end"
          className="chart-label"
        >
          100
        </text>
        <text
          x={width / 2}
          y={height + 28}
          textAnchor="middle"
          className="chart-label"
        >
          {axisLabel}
        </text>
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
