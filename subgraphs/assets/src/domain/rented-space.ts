/** Rented-in space is given up once, on or after the day the rent started. */
export function giveUpProblem(space: { startsOn: Date; givenUpOn: Date | null }, givenUpOn: Date): { conflict: boolean; message: string } | null {
  if (space.givenUpOn) return { conflict: true, message: '该租赁用房已退租' };
  if (givenUpOn < space.startsOn) return { conflict: false, message: '退租日期不能早于起租日期' };
  return null;
}
