import { i18n, requestGraphQL, todayIso, useTransitionDialog } from '@jiguan/kit';
import { decimalText, optionalText, optionalValue } from '../../../composables/form-values';
import type { MemberStatus } from '../../../generated/graphql';
import { declareMemberIncomeMutation, recordDuesPaymentMutation, transferMemberInMutation, transferMemberOutMutation } from './member-mutations';
import type { PartyMemberRow } from './party-members-query';

const t = (key: string, params: Record<string, unknown> = {}) => i18n.global.t(key, params);

/** The months a payment may be for: the year's unpaid months, oldest first (the server takes at most 12). */
export function payableMonths(member: Pick<PartyMemberRow, 'unpaidMonths'>): string[] {
  return [...member.unpaidMonths].sort();
}

/** The months of one year as their numbers, oldest first: `1、2、6`. */
export function monthNumbers(months: readonly string[]): string {
  return [...months].sort().map((month) => String(Number(month.slice(5, 7)))).join('、');
}

/** The total of a payment: the month's dues times the months, to the fen. */
export function paymentTotal(monthlyDues: string, months: number): string {
  const [yuan = '0', fen = ''] = monthlyDues.split('.');
  const cents = BigInt(yuan) * 100n + BigInt((fen + '00').slice(0, 2));
  const total = cents * BigInt(months);
  return `${total / 100n}.${String(total % 100n).padStart(2, '0')}`;
}

/** 交纳党费: some of the member's unpaid months (all of them by default), paid on a date. */
export function useRecordDues(year: () => number, onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (member: PartyMemberRow) => ({ months: payableMonths(member), paidOn: todayIso() }),
    send: async (member, form) => {
      const input = { memberId: member.id, months: [...form.months].sort(), paidOn: form.paidOn };
      return (await requestGraphQL(recordDuesPaymentMutation, { input, year: year() })).recordDuesPayment;
    },
    doneText: (member, _paid) => t('party.members.done.duesPaid', { name: member.person.name }),
    onChanged,
  });
}

/** 申报收入: the monthly income the dues are computed from. */
export function useDeclareIncome(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (member: PartyMemberRow) => ({ monthlyIncome: member.monthlyIncome }),
    send: async (member, form) => {
      const input = { memberId: member.id, monthlyIncome: decimalText(form.monthlyIncome) ?? form.monthlyIncome };
      return (await requestGraphQL(declareMemberIncomeMutation, { input })).declareMemberIncome;
    },
    doneText: (_member, declared) => t('party.members.done.incomeDeclared', { name: declared.person.name, dues: declared.monthlyDues }),
    onChanged,
  });
}

export interface TransferInForm {
  personId: string | undefined;
  branchId: string | undefined;
  status: MemberStatus;
  joinedOn: string;
  fullOn: string | null;
  monthlyIncome: string;
  transferredOn: string;
  counterpart: string;
  note: string;
}

/** 组织关系转入: a member whose membership comes from another organisation. */
export function useTransferIn(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: ({ branchId }: { branchId?: string }): TransferInForm => ({
      personId: undefined,
      branchId,
      status: 'FULL',
      joinedOn: '',
      fullOn: null,
      monthlyIncome: '',
      transferredOn: todayIso(),
      counterpart: '',
      note: '',
    }),
    send: async (_target, form) => {
      const input = {
        personId: form.personId ?? '',
        branchId: form.branchId ?? '',
        status: form.status,
        joinedOn: form.joinedOn,
        fullOn: form.status === 'FULL' ? optionalValue(form.fullOn) : undefined,
        monthlyIncome: decimalText(form.monthlyIncome) ?? form.monthlyIncome,
        transferredOn: form.transferredOn,
        counterpart: form.counterpart.trim(),
        note: optionalText(form.note),
      };
      return (await requestGraphQL(transferMemberInMutation, { input })).transferMemberIn;
    },
    doneText: (_target, member) => t('party.members.done.transferredIn', { name: member.person.name }),
    onChanged,
  });
}

/** 组织关系转出: the membership moves to another organisation. */
export function useTransferOut(onChanged: () => void) {
  return useTransitionDialog({
    emptyForm: (_member: PartyMemberRow) => ({ transferredOn: todayIso(), counterpart: '', note: '' }),
    send: async (member, form) => {
      const input = { memberId: member.id, transferredOn: form.transferredOn, counterpart: form.counterpart.trim(), note: optionalText(form.note) };
      return (await requestGraphQL(transferMemberOutMutation, { input })).transferMemberOut;
    },
    doneText: (member) => t('party.members.done.transferredOut', { name: member.person.name }),
    onChanged,
  });
}
