import { disposalFigures } from './disposal-figures.ts';
import { inspectionFigures } from './inspection-figures.ts';
import { propertyFigures } from './property-figures.ts';
import { vehicleFigures } from './vehicle-figures.ts';
import { warehouseFigures } from './warehouse-figures.ts';

/** Runs `load` on first use only, so every figure of a group shares one statement. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

/**
 * A year's assets figures, grouped by the statement that computes them. A request runs only the
 * groups its selection touches, each at most once.
 */
export function assetsFigures(year: number) {
  return {
    year,
    properties: once(() => propertyFigures(year)),
    inspections: once(() => inspectionFigures(year)),
    warehouse: once(() => warehouseFigures(year)),
    disposals: once(() => disposalFigures(year)),
    vehicles: once(() => vehicleFigures(year)),
  };
}

export type AssetsFigures = ReturnType<typeof assetsFigures>;
