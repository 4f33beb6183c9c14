/** A form's text as the server wants it: trimmed, and an empty optional text sent as none. */
export function optionalText(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** An optional select or date left empty (Element Plus writes '' or null when cleared) sent as none. */
export function optionalValue<T extends string>(value: T | '' | null | undefined): T | undefined {
  return value ? value : undefined;
}

/** A decimal typed into a form (`8500`, ` 8,500.5 `) as the Decimal scalar's string, or null when it is not one. */
export function decimalText(value: string | number | null | undefined): string | null {
  const text = String(value ?? '').replaceAll(',', '').trim();
  return /^\d+(\.\d{1,2})?$/.test(text) ? text : null;
}
