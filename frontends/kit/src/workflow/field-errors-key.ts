import type { InjectionKey } from 'vue';
import type { GraphQLRequestError } from '../graphql/graphql-request-error';

/** How a `TransitionDialog` hands its refusals of one field to the fields of its form, by field. */
export const fieldErrorsKey: InjectionKey<() => Partial<Record<string, GraphQLRequestError>>> = Symbol('transition dialog field errors');
