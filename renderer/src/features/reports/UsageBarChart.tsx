import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Share } from '@core/reports/usageReport';
import { useFormatting } from '../../app/formatting';

export interface ChartBar { key: string; label: string; share: Share }

/** The bars' green: 3:1 and more against the page, as graphics need. */
const BAR_FILL = '#1f5c45';
const AXIS_TEXT = '#4f5a55';
/** An axis name longer than this is cut with "…": the whole name is in the tooltip and the table. */
const AXIS_NAME_CHARS = 24;
const shortName = (name: string) => (name.length > AXIS_NAME_CHARS ? `${name.slice(0, AXIS_NAME_CHARS - 1).trimEnd()}…` : name);

/**
 * A bar chart of shares of open time, 0-100 %. For a screen reader it is one picture with a
 * summary; the numbers are in the table below it. `across` lays the bars sideways, for long names.
 */
export function UsageBarChart({ bars, summary, across = false }: { bars: readonly ChartBar[]; summary: string; across?: boolean }) {
  const format = useFormatting();
  const data = bars.map((bar) => ({ key: bar.key, label: bar.label, percent: Math.round((bar.share ?? 0) * 1000) / 10 }));
  const percentTick = (value: number) => format.percent(value / 100);
  const height = across ? Math.max(120, 48 + data.length * 36) : 260;
  return (
    <figure className="usage-chart" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout={across ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#c9d2cd" strokeDasharray="3 3" vertical={across} horizontal={!across} />
          {across ? (
            <>
              <XAxis type="number" domain={[0, 100]} tickFormatter={percentTick} tick={{ fill: AXIS_TEXT }} />
              <YAxis type="category" dataKey="label" width={190} tick={{ fill: AXIS_TEXT }} tickFormatter={shortName} interval={0} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fill: AXIS_TEXT }} interval="preserveStartEnd" minTickGap={12} />
              <YAxis domain={[0, 100]} tickFormatter={percentTick} tick={{ fill: AXIS_TEXT }} width={56} />
            </>
          )}
          <Tooltip formatter={(value) => [percentTick(Number(value)), '']} separator="" cursor={{ fill: '#e3f0ea' }} />
          <Bar dataKey="percent" fill={BAR_FILL} isAnimationActive={false} maxBarSize={48} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
