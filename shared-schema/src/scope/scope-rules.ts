/**
 * Which rows of each table a viewer may see, declared once per subgraph (`src/scope-rules.ts`) and
 * enforced by the scoped Prisma client (create-scoped-client.ts) on every read: lists, lookups by
 * id, nested relations, counts and entity resolution.
 *
 * A rule names where a row's unit is, as paths from the row: a column (`organizationId`), or a
 * column behind to-one relations (`vehicle.organizationId`, `problem.inspection.organizationId`).
 * A row is visible when any path leads to a unit in the viewer's scope, or — for `self` — when the
 * row is the viewer's own, or — for `groups` — when it belongs to a group of the viewer's. From the paths the client derives both the SQL filter and the check of
 * a row already loaded, so the two can never disagree.
 */

/** Every row is visible to whoever may read the type (field scopes decide who that is). */
export const EVERYONE = 'everyone' as const;

/** The row is visible to the person (or account) whose id is in this column, or at the end of this path (`branch.secretaryPersonId`). */
export interface SelfRule {
  column: string;
  is: 'person' | 'account';
}

export interface UnitRule {
  /** Paths to the unit id columns that make a row visible; any one suffices. */
  units: readonly string[];
  /** The row is also visible to the people (or accounts) these name: its owner, the secretary of its branch. */
  self?: SelfRule | readonly SelfRule[];
  /**
   * Paths to the id of a group the row belongs to (`partyOrganizationId`): the row is also visible to
   * the viewer's groups in this subgraph, which its context works out per request (the Party
   * organisations a person is a member or secretary of).
   */
  groups?: readonly string[];
}

export type ScopeRule = typeof EVERYONE | UnitRule;

export interface ScopeRules<TModel extends string> {
  /** A rule for every model of the subgraph: a model added later cannot be forgotten. */
  rules: Record<TModel, ScopeRule>;
  /**
   * To-one relations, as `Model.relation`, whose target is visible whenever the row holding the
   * relation is: either implied by the rules (a floor's building) or granted on purpose (the room
   * a unit holds, in a building it neither owns nor uses). Every other to-one relation into a
   * scoped model is checked row by row and answers null when the target is outside the scope.
   */
  grants?: readonly `${TModel}.${string}`[];
}

/** Declares a subgraph's scope rules; the type makes every model appear. */
export function defineScopeRules<TModel extends string>(rules: ScopeRules<TModel>): ScopeRules<TModel> {
  return rules;
}
