import { z } from 'zod';
import type { Refusal } from '../errors.ts';

/**
 * A rule of the domain across the fields of one input (an end after its start, rent on a lease)
 * as a Pothos `validate` schema: the rule stays a pure function in the subgraph's `domain/`, and
 * its refusal becomes BAD_USER_INPUT on the field it names, before any resolver runs.
 */
export function domainRule<TInput>(rule: (input: TInput) => Refusal | null) {
  return z.custom<TInput>().superRefine((input, ctx) => {
    const refusal = rule(input);
    if (!refusal) return;
    ctx.addIssue({
      code: 'custom',
      message: refusal.message,
      path: refusal.field ? refusal.field.split('.').map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)) : [],
      params: { reason: refusal.reason, ...refusal.params },
    });
  });
}
