/*
 * The visitor's details as the subgraph checks them (domain/visit.ts), so the form says what is
 * wrong before sending; the server still decides.
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A mainland resident ID number: 18 characters, the last the GB 11643 check character (X upper case). */
export function isIdNumber(value: string): boolean {
  if (!/^\d{17}[\dX]$/.test(value)) return false;
  const sum = ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(value[index]), 0);
  return ID_CHECK[sum % 11] === value[17];
}

/** A mobile (11 digits from 1) or a landline (021-57xxxxxx: 7–8 digits with an optional area code). */
export const isPhone = (value: string) => /^1\d{10}$/.test(value) || /^(0\d{2,3}-?)?\d{7,8}$/.test(value);

/** A car plate: 沪A12345, or 沪AD12345 for a new-energy car. */
export const isCarPlate = (value: string) => /^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$/.test(value);
