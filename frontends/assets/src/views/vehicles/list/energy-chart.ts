import type { ChartOption } from '@jiguan/kit';
import type { EnergyType } from '../../../generated/graphql';

type Translate = (key: string, named?: Record<string, unknown>) => string;

const energyColours: Record<EnergyType, string> = { BATTERY_ELECTRIC: '#3ba272', PLUG_IN_HYBRID: '#73c0de', FUEL: '#909399' };

/** The fleet in service by energy type; ECharts works out each slice's per cent for its label. */
export function energyMixChart(counts: Record<EnergyType, number>, t: Translate): ChartOption {
  const types = Object.keys(counts) as EnergyType[];
  return {
    color: types.map((type) => energyColours[type]),
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['45%', '70%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{c} · {d}%' },
        data: types.map((type) => ({ name: t(`assets.enum.EnergyType.${type}`), value: counts[type] })),
      },
    ],
  };
}
