/** A decimal typed into a form (`8500`, ` 8,500.5 `) as the Decimal scalar's string with at most `places` decimals, or null when it is not one. */
export function decimalText(value: string | number | null | undefined, places: number): string | null {
  const text = String(value ?? '').replaceAll(',', '').trim();
  return new RegExp(`^\\d+(\\.\\d{1,${places}})?$`).test(text) ? text : null;
}

/** The form's target when a dialog opens: the canteen the page's filter is on, if any. */
export interface RecordTarget {
  canteenId?: string;
}
