// Embedded charts: a builder that checks what Google checks, charts kept in memory only.
import type { GEmbeddedChart, GEmbeddedChartBuilder, GRange, FakeEnum } from './types';
import { service, unwrap } from './service';
import { Range } from './range';
import type { SheetState } from './sheet-state';

/** Every chart a builder made, so insertChart accepts only real ones. */
const charts = new WeakSet<object>();

export function isBuiltChart(chart: unknown): boolean {
  return typeof chart === 'object' && chart !== null && charts.has(chart);
}

interface ChartSpec {
  type: string | undefined;
  ranges: GRange[];
  position: { row: number; column: number; offsetX?: number; offsetY?: number } | undefined;
  options: Record<string, unknown>;
  numHeaders: number | undefined;
}

export function newChartBuilder(state: SheetState): GEmbeddedChartBuilder {
  const book = state.book;
  const spec: ChartSpec = { type: undefined, ranges: [], position: undefined, options: {}, numHeaders: undefined };
  const builder: GEmbeddedChartBuilder = service<GEmbeddedChartBuilder>({
    setChartType(type: unknown) {
      const t = type as FakeEnum | undefined;
      if (!t || t._enum !== 'ChartType') throw new Error("The parameters (String) don't match the method signature for Charts.EmbeddedChartBuilder.setChartType.");
      spec.type = t.name;
      return builder;
    },
    addRange(range: GRange) {
      const r = unwrap(range);
      if (!(r instanceof Range) || r._sheet !== state) throw new Error('The chart range must be a range of this sheet.');
      spec.ranges.push(range);
      return builder;
    },
    setNumHeaders(n: number) {
      spec.numHeaders = n;
      return builder;
    },
    setPosition(row: number, column: number, offsetX: number, offsetY: number) {
      if (row < 1 || column < 1 || row > state.maxRows || column > state.maxColumns) {
        throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
      }
      spec.position = { row, column, offsetX, offsetY };
      return builder;
    },
    setOption(key: string, value: unknown) {
      spec.options[key] = value;
      return builder;
    },
    build() {
      if (!spec.type) throw new Error('A chart type is required.');
      if (spec.ranges.length === 0) throw new Error('A chart needs at least one range.');
      const chart = { ...spec, ranges: [...spec.ranges], options: { ...spec.options }, position: spec.position || { row: 1, column: 1 } };
      const embedded = service<GEmbeddedChart>({
        // Google's EmbeddedChart has no getChartType: its type is read from modify()'s builder.
        modify: () => service<GEmbeddedChartBuilder>({
          getChartType: () => chart.type as unknown as GoogleAppsScript.Charts.ChartType,
        } satisfies Pick<GEmbeddedChartBuilder, 'getChartType'>, 'EmbeddedChartBuilder', book.log),
        getRanges: () => [...chart.ranges],
        getNumHeaders: () => chart.numHeaders as number,
        getOptions: () => ({ get: (key: string) => chart.options[key] }),
        getContainerInfo: () => ({
          getAnchorRow: () => chart.position.row,
          getAnchorColumn: () => chart.position.column,
          getOffsetX: () => chart.position.offsetX ?? 0,
          getOffsetY: () => chart.position.offsetY ?? 0,
        }),
      } satisfies Pick<GEmbeddedChart, 'modify' | 'getRanges' | 'getNumHeaders' | 'getOptions' | 'getContainerInfo'>, 'EmbeddedChart', book.log);
      charts.add(embedded);
      return embedded;
    },
  } satisfies Pick<GEmbeddedChartBuilder, 'setChartType' | 'addRange' | 'setNumHeaders' | 'setPosition' | 'setOption' | 'build'>,
  'EmbeddedChartBuilder', book.log);
  return builder;
}
