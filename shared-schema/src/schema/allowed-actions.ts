import type { EnumRef, SchemaTypes } from '@pothos/core';
import type { Viewer } from '../auth/viewer.ts';

/** `giveUp` → `GIVE_UP`: a verb as its GraphQL enum value. */
export function actionValue(verb: string): string {
  return verb.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}

interface VerbMachine<TVerb extends string, TRow> {
  verbs: readonly TVerb[];
  allowed(viewer: Viewer | null, row: TRow): TVerb[];
}

interface EnumBuilder<Types extends SchemaTypes> {
  enumType<const Values extends readonly string[]>(name: string, options: { values: Values; description?: string }): EnumRef<Types, Values[number], Values[number]>;
}

/** The enum of a workflow's verbs, e.g. `DisposalAction { SUBMIT APPROVE REJECT EXECUTE }`. */
export function actionEnum<Types extends SchemaTypes, TVerb extends string, TRow>(builder: EnumBuilder<Types>, name: string, machine: VerbMachine<TVerb, TRow>) {
  return builder.enumType(name, { values: machine.verbs.map(actionValue), description: 'A step of the workflow; `allowedActions` lists those the viewer may take now' });
}

/** What `allowedActions` answers: the steps the machine lets the viewer take on the row now. */
export function allowedActions<TVerb extends string, TRow>(machine: VerbMachine<TVerb, TRow>, viewer: Viewer | null, row: TRow): string[] {
  return machine.allowed(viewer, row).map(actionValue);
}

export const ALLOWED_ACTIONS_DESCRIPTION = 'The steps the viewer may take now (role, state and the row’s own rules, e.g. four eyes); a UI shows these and no others';
