import type { BiDataset } from '@jiguan/shared-schema/bi/dataset-catalogue';
import { mayRead, type BiCaller } from './bi-caller.ts';
import { BiHttpError } from './bi-http-error.ts';
import type { LoadedCatalogue } from './dataset-catalogue-source.ts';

/** The dataset `name` if the caller may read it: 404 when no subgraph publishes it (503 when one that might is down), 403 when not the caller's. */
export function readableDataset(catalogue: LoadedCatalogue, caller: BiCaller, name: string): BiDataset {
  const dataset = catalogue.datasets.find((d) => d.name === name);
  if (!dataset) {
    if (catalogue.unavailable.length > 0) {
      throw new BiHttpError(503, 'SUBGRAPH_UNAVAILABLE', `${catalogue.unavailable.join('、')} 服务暂不可用，数据集 ${name} 可能属于它，请稍后重试`);
    }
    throw new BiHttpError(404, 'NOT_FOUND', `数据集不存在（${name}）；可用的数据集见 GET /bi/datasets`);
  }
  if (!mayRead(caller, dataset)) throw new BiHttpError(403, 'FORBIDDEN', `此 API 密钥不能读取数据集 ${name}`);
  return dataset;
}
