// bench/results/chart.svg: query latency (p50 and p99 over the question set) and heap after building,
// against corpus size, log scales on both axes, one colour per engine. Hand-written SVG: two small line
// charts do not justify a charting dependency.
import type { EngineName } from './measure.js';
import type { BenchResult, EngineFigures } from './results-types.js';

const WIDTH = 960;
const HEIGHT = 440;
const PANEL_WIDTH = 400;
const PANEL_HEIGHT = 300;
const TOP = 60;
const LATENCY_LEFT = 70;
const MEMORY_LEFT = 550;

const engineStyles: Record<EngineName, { name: string; colour: string }> = {
  ours: { name: 'coverage-bot', colour: '#1b6ac9' },
  minisearch: { name: 'MiniSearch default', colour: '#d9822b' },
  lunr: { name: 'lunr', colour: '#5a9e4b' },
};

interface Series {
  engine: EngineName;
  dashed: boolean;
  points: Array<{ x: number; y: number }>;
}

interface Panel {
  title: string;
  unit: string;
  series: Series[];
  /** The target for this figure, drawn as a red line. */
  target: { value: number; label: string };
}

const escapeXml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

function decadesCovering(values: readonly number[]): { low: number; high: number } {
  const positive = values.filter((value) => value > 0 && Number.isFinite(value));
  if (positive.length === 0) return { low: 0, high: 1 };
  return {
    low: Math.floor(Math.log10(Math.min(...positive))),
    high: Math.ceil(Math.log10(Math.max(...positive))) || 1,
  };
}

function tickLabel(exponent: number): string {
  const value = 10 ** exponent;
  return value >= 1 ? value.toLocaleString('en') : String(Number(value.toPrecision(1)));
}

function drawPanel(panel: Panel, left: number, xDecades: { low: number; high: number }): string {
  const yDecades = decadesCovering([
    ...panel.series.flatMap((series) => series.points.map((point) => point.y)),
    panel.target.value,
  ]);
  const ySpan = Math.max(1, yDecades.high - yDecades.low);
  const xSpan = Math.max(1, xDecades.high - xDecades.low);
  const toX = (value: number): number => left + ((Math.log10(value) - xDecades.low) / xSpan) * PANEL_WIDTH;
  const toY = (value: number): number =>
    TOP + PANEL_HEIGHT - ((Math.log10(value) - yDecades.low) / ySpan) * PANEL_HEIGHT;
  const parts: string[] = [
    `<text x="${left}" y="${TOP - 16}" class="title">${escapeXml(panel.title)}</text>`,
    `<rect x="${left}" y="${TOP}" width="${PANEL_WIDTH}" height="${PANEL_HEIGHT}" class="frame"/>`,
  ];
  for (let exponent = yDecades.low; exponent <= yDecades.high; exponent += 1) {
    const y = toY(10 ** exponent).toFixed(1);
    parts.push(`<line x1="${left}" y1="${y}" x2="${left + PANEL_WIDTH}" y2="${y}" class="grid"/>`);
    parts.push(`<text x="${left - 6}" y="${y}" class="ytick">${tickLabel(exponent)}</text>`);
  }
  for (let exponent = xDecades.low; exponent <= xDecades.high; exponent += 1) {
    const x = toX(10 ** exponent).toFixed(1);
    parts.push(`<line x1="${x}" y1="${TOP}" x2="${x}" y2="${TOP + PANEL_HEIGHT}" class="grid"/>`);
    parts.push(`<text x="${x}" y="${TOP + PANEL_HEIGHT + 16}" class="xtick">${tickLabel(exponent)}</text>`);
  }
  parts.push(
    `<text x="${left + PANEL_WIDTH / 2}" y="${TOP + PANEL_HEIGHT + 36}" class="axis">paragraphs in the corpus</text>`,
  );
  parts.push(
    `<text x="${left - 50}" y="${TOP + PANEL_HEIGHT / 2}" class="axis" transform="rotate(-90 ${left - 50} ` +
      `${TOP + PANEL_HEIGHT / 2})">${escapeXml(panel.unit)}</text>`,
  );
  const targetY = toY(panel.target.value).toFixed(1);
  parts.push(
    `<line x1="${left}" y1="${targetY}" x2="${left + PANEL_WIDTH}" y2="${targetY}" stroke="#c62828" ` +
      `stroke-dasharray="2 3"/>`,
  );
  parts.push(
    `<text x="${left + PANEL_WIDTH - 4}" y="${Number(targetY) - 5}" ` +
      `class="target">${escapeXml(panel.target.label)}</text>`,
  );
  for (const series of panel.series) {
    const points = series.points.filter((point) => point.y > 0 && Number.isFinite(point.y));
    if (points.length === 0) continue;
    const colour = engineStyles[series.engine].colour;
    const path = points.map((point) => `${toX(point.x).toFixed(1)},${toY(point.y).toFixed(1)}`).join(' ');
    parts.push(
      `<polyline points="${path}" fill="none" stroke="${colour}" ` +
        `stroke-width="2"${series.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    for (const point of points)
      parts.push(`<circle cx="${toX(point.x).toFixed(1)}" cy="${toY(point.y).toFixed(1)}" r="3" fill="${colour}"/>`);
  }
  return parts.join('\n');
}

function seriesOf(result: BenchResult, read: (figures: EngineFigures) => number, dashed: boolean): Series[] {
  return (Object.keys(engineStyles) as EngineName[]).map((engine) => ({
    engine,
    dashed,
    points: result.sizes.flatMap((size) => {
      const outcome = size.engines[engine];
      return outcome?.ran ? [{ x: size.paragraphs, y: read(outcome.figures) }] : [];
    }),
  }));
}

export function drawChart(result: BenchResult): string {
  const xDecades = decadesCovering(result.sizes.map((size) => size.paragraphs));
  const latency: Panel = {
    title: 'Query latency over the question set (solid p50, dashed p99)',
    unit: 'milliseconds',
    series: [
      ...seriesOf(result, (figures) => figures.questionLatency.p50, false),
      ...seriesOf(result, (figures) => figures.questionLatency.p99, true),
    ],
    target: { value: 20, label: 'target: p99 under 20 ms at 100,000' },
  };
  const memory: Panel = {
    title: 'Heap after building the index',
    unit: 'MB',
    series: seriesOf(result, (figures) => figures.heapAfterBuildBytes / 1_048_576, false),
    target: { value: 1_024, label: 'target: under 1 GB at 100,000' },
  };
  const legend = (Object.entries(engineStyles) as Array<[EngineName, { name: string; colour: string }]>).map(
    ([, style], index) =>
      `<rect x="${LATENCY_LEFT + index * 190}" y="${HEIGHT - 28}" width="14" height="4" fill="${style.colour}"/>` +
      `<text x="${LATENCY_LEFT + index * 190 + 20}" y="${HEIGHT - 22}" class="legend">${escapeXml(style.name)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" ` +
      `font-family="system-ui, sans-serif">`,
    '<style>',
    '.title { font-size: 14px; font-weight: 600; } .axis { font-size: 12px; text-anchor: middle; } .legend { ' +
      'font-size: 12px; }',
    '.xtick { font-size: 11px; text-anchor: middle; } .ytick { font-size: 11px; text-anchor: end; ' +
      'dominant-baseline: middle; }',
    '.target { font-size: 11px; fill: #c62828; text-anchor: end; } .frame { fill: none; stroke: #888; } .grid { ' +
      'stroke: #ddd; stroke-width: 1; }',
    '</style>',
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#fff"/>`,
    `<text x="${LATENCY_LEFT}" y="22" class="title">coverage-bot benchmark, ` +
      `${escapeXml(result.startedAt.slice(0, 10))} (log scales)</text>`,
    drawPanel(latency, LATENCY_LEFT, xDecades),
    drawPanel(memory, MEMORY_LEFT, xDecades),
    ...legend,
    '</svg>',
    '',
  ].join('\n');
}
