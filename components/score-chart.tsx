// Quiz results over time as a small server-rendered SVG bar chart. The numbers are also in the
// attempts table on the same page, so the chart is one image with a summary for screen readers.
type Point = { label: string; percent: number };

export function ScoreChart({
  points,
  title,
  summary,
}: {
  points: Point[];
  title: string;
  summary: string;
}) {
  const width = 320;
  const height = 120;
  const gap = 6;
  const bar = points.length
    ? Math.min(36, (width - gap * (points.length + 1)) / points.length)
    : 0;
  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${height + 18}`}
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
        {points.map((p, i) => {
          const h = Math.max(2, (p.percent / 100) * (height - 14));
          const x = gap + i * (bar + gap);
          return (
            <g key={i}>
              <rect
                x={x}
                y={height - h}
                width={bar}
                height={h}
                rx="3"
                className="chart-bar"
              />
              <text
                x={x + bar / 2}
                y={height - h - 3}
                textAnchor="middle"
                className="chart-value"
              >
                {Math.round(p.percent)}
              </text>
              <text
                x={x + bar / 2}
                y={height + 13}
                textAnchor="middle"
                className="chart-label"
              >
                {p.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{title}</figcaption>
    </figure>
  );
}
