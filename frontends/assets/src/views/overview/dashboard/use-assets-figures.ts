import { recentYears, requestGraphQL, useYearFigures } from '@jiguan/kit';
import { type AssetsFigures, periodAssetsQuery } from './period-assets-query';

/** The report year the demo dataset reproduces; the page opens on it. */
export const defaultYear = 2024;
/** The years the page offers: this one (today's work shows somewhere) back to 2022. */
export const figureYears = recentYears();

/** The figures of the chosen year, loaded again whenever the year changes. */
export function useAssetsFigures() {
  return useYearFigures<AssetsFigures>(async (year) => (await requestGraphQL(periodAssetsQuery, { year })).period.assets, defaultYear);
}
