import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export interface ExportAnswer {
  status: number;
  headers: Headers;
  body: Buffer;
}

/** GETs an export whole (or its error answer); a body cut off half-way rejects. */
export async function getExport(url: string, headers: Record<string, string> = {}): Promise<ExportAnswer> {
  const response = await fetch(url, { headers });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** A CSV export's records, by its header row (the BOM checked and dropped). */
export function csvRecords(body: Buffer): Record<string, string>[] {
  if (!body.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))) throw new Error('the CSV does not start with a UTF-8 BOM');
  return parse(body.subarray(3), { columns: true }) as Record<string, string>[];
}

export function ndjsonRecords(body: Buffer): Record<string, unknown>[] {
  const text = body.toString('utf8');
  if (text === '') return [];
  if (!text.endsWith('\n')) throw new Error('NDJSON must end with a newline');
  return text.slice(0, -1).split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** An XLSX export's first sheet opened with exceljs: its header row and data rows. */
export async function xlsxRows(body: Buffer): Promise<{ header: unknown[]; rows: unknown[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error('the workbook has no sheet');
  const all: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => all.push((row.values as unknown[]).slice(1)));
  return { header: all[0] ?? [], rows: all.slice(1) };
}
