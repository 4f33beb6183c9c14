import { EVERYONE, type ScopeRule, type ScopeRules, type SelfRule, type UnitRule } from './scope-rules.ts';

/** What a subgraph's Prisma datamodel says of each model (the shape of Pothos' `getDatamodel()`). */
export interface ScopeDatamodel {
  datamodel: { models: Record<string, { fields: readonly { name: string; kind: string; type: string; isList: boolean }[] }> };
}

/** The rows a scoped viewer may see: their units, their own records, and those of their groups. */
export interface ViewerScope {
  units: readonly string[];
  personId: string | null;
  accountId: string | null;
  /** The subgraph's groups the viewer belongs to (see UnitRule.groups); none when omitted. */
  groups?: readonly string[];
}

type Args = Record<string, unknown>;
type Row = Record<string, unknown>;

/** What to do with a result once the query ran: check to-one rows, strip what was only added for the check. */
interface Plan {
  /** Keys added to this row's selection only to evaluate rules; removed from the result. */
  added: string[];
  /** Relations below this row whose rows need work. */
  children: { key: string; list: boolean; check: string | null; plan: Plan }[];
}

const LIST_READS = new Set(['findMany', 'findFirst', 'findFirstOrThrow']);
const COUNTS = new Set(['count', 'aggregate', 'groupBy']);
const UNIQUE_READS = new Set(['findUnique', 'findUniqueOrThrow']);
const WRITES_WITH_SELECTION = new Set(['create', 'update', 'upsert', 'delete', 'createManyAndReturn', 'updateManyAndReturn']);

const and = (a: object | undefined, b: unknown): object =>
  a === undefined ? (b as object) : b === undefined || b === null ? a : { AND: [a, b] };

/**
 * The scope rules of one subgraph, compiled against its datamodel: rewrites a Prisma operation's
 * arguments so it returns only visible rows, and finishes its result (to-one rows outside the
 * scope become null). Pure: the Prisma client extension (create-scoped-client.ts) calls it.
 */
export function compileScopeRules<TModel extends string>(datamodel: ScopeDatamodel, scopeRules: ScopeRules<TModel>) {
  const models = datamodel.datamodel.models;
  const rules = scopeRules.rules as Record<string, ScopeRule>;
  const grants = new Set<string>(scopeRules.grants ?? []);

  const field = (model: string, name: string) => models[model]?.fields.find((f) => f.name === name);
  const relation = (model: string, name: string) => {
    const found = field(model, name);
    return found?.kind === 'object' ? found : undefined;
  };

  // Every path must lead through to-one relations to a column: checked once, at start-up.
  for (const [model, rule] of Object.entries(rules)) {
    if (!models[model]) throw new Error(`scope rules: no model ${model}`);
    if (rule === EVERYONE) continue;
    for (const path of rulePaths(rule)) {
      let current = model;
      const segments = path.split('.');
      segments.forEach((segment, i) => {
        const f = field(current, segment);
        const last = i === segments.length - 1;
        if (!f || (last ? f.kind === 'object' : f.kind !== 'object' || f.isList)) {
          throw new Error(`scope rules: ${model} path "${path}" must be to-one relations ending in a column (at "${segment}")`);
        }
        current = f.type;
      });
    }
  }
  for (const model of Object.keys(models)) if (!(model in rules)) throw new Error(`scope rules: no rule for model ${model}`);
  for (const grant of grants) {
    const [model = '', name = ''] = grant.split('.');
    const f = relation(model, name);
    if (!f || f.isList) throw new Error(`scope rules: grant ${grant} is not a to-one relation`);
  }

  const scoped = (model: string): UnitRule | null => {
    const rule = rules[model];
    return rule === undefined || rule === EVERYONE ? null : rule;
  };

  /** The filter `leaf` on the column at the end of a path of to-one relations. */
  function pathWhere(model: string, segments: readonly string[], leaf: object): object {
    const [head = '', ...rest] = segments;
    if (rest.length === 0) return { [head]: leaf };
    return { [head]: { is: pathWhere(relation(model, head)?.type ?? '', rest, leaf) } };
  }

  const ownId = (self: SelfRule, scope: ViewerScope) => (self.is === 'person' ? scope.personId : scope.accountId);

  /** The filter of a model's visible rows, or undefined when every row is visible. */
  function where(model: string, scope: ViewerScope): object | undefined {
    const rule = scoped(model);
    if (!rule) return undefined;
    const clauses: object[] = scope.units.length ? rule.units.map((path) => pathWhere(model, path.split('.'), { in: [...scope.units] })) : [];
    for (const self of selfRules(rule)) {
      const own = ownId(self, scope);
      if (own) clauses.push(pathWhere(model, self.column.split('.'), { equals: own }));
    }
    if (scope.groups?.length) for (const path of rule.groups ?? []) clauses.push(pathWhere(model, path.split('.'), { in: [...scope.groups] }));
    if (clauses.length) return { OR: clauses };
    // A viewer without units or own records sees none of these rows (Prisma reads an empty OR as no filter).
    const [first = ''] = rulePaths(rule);
    return pathWhere(model, first.split('.'), { in: [] });
  }

  function pathValue(row: Row | null | undefined, segments: readonly string[]): unknown {
    let value: unknown = row;
    for (const segment of segments) value = value && typeof value === 'object' ? (value as Row)[segment] : undefined;
    return value;
  }

  /** Whether a loaded row (with the rule's columns selected) is visible. */
  function isVisible(model: string, row: Row, scope: ViewerScope): boolean {
    const rule = scoped(model);
    if (!rule) return true;
    if (rule.units.some((path) => scope.units.includes(pathValue(row, path.split('.')) as string))) return true;
    if ((rule.groups ?? []).some((path) => scope.groups?.includes(pathValue(row, path.split('.')) as string))) return true;
    return selfRules(rule).some((self) => {
      const own = ownId(self, scope);
      return own !== null && pathValue(row, self.column.split('.')) === own;
    });
  }

  /** Adds to a selection what the model's rule reads; returns the keys it added at this level. */
  function requireRuleColumns(model: string, node: Args): string[] {
    const rule = scoped(model);
    if (!rule) return [];
    const added: string[] = [];
    for (const path of rulePaths(rule)) {
      const [head = '', ...rest] = path.split('.');
      if (rest.length === 0) {
        if (node.select && !(node.select as Args)[head]) {
          node.select = { ...(node.select as Args), [head]: true };
          added.push(head);
        }
        continue;
      }
      const key = node.select ? 'select' : 'include';
      const selection = { ...((node[key] as Args | undefined) ?? {}) };
      const target = relation(model, head)?.type ?? '';
      const existing = selection[head];
      const child: Args = existing === undefined ? { select: {} } : existing === true ? {} : { ...(existing as Args) };
      requireRulePath(target, rest, child);
      selection[head] = Object.keys(child).length ? child : true;
      node[key] = selection;
      if (existing === undefined) added.push(head);
    }
    return added;
  }

  function requireRulePath(model: string, segments: readonly string[], node: Args): void {
    const [head = '', ...rest] = segments;
    if (rest.length === 0) {
      if (node.select) node.select = { ...(node.select as Args), [head]: true };
      return;
    }
    const key = node.select ? 'select' : 'include';
    const selection = { ...((node[key] as Args | undefined) ?? {}) };
    const existing = selection[head];
    const child: Args = existing === undefined ? { select: {} } : existing === true ? {} : { ...(existing as Args) };
    requireRulePath(relation(model, head)?.type ?? '', rest, child);
    selection[head] = Object.keys(child).length ? child : true;
    node[key] = selection;
  }

  /** Scopes the relations selected under `node` (a row's select/include), in place on copies. */
  function scopeSelection(model: string, node: Args, scope: ViewerScope): Plan {
    const plan: Plan = { added: [], children: [] };
    const key = node.select ? 'select' : node.include ? 'include' : null;
    if (!key) return plan;
    const selection = { ...(node[key] as Args) };
    node[key] = selection;
    for (const [name, value] of Object.entries(selection)) {
      if (value === false || value === undefined) continue;
      if (name === '_count') {
        selection._count = scopeCounts(model, value, scope);
        continue;
      }
      const rel = relation(model, name);
      if (!rel) continue;
      const child: Args = value === true ? {} : { ...(value as Args) };
      if (rel.isList) {
        const filter = where(rel.type, scope);
        if (filter) child.where = and(filter, child.where);
        plan.children.push({ key: name, list: true, check: null, plan: scopeSelection(rel.type, child, scope) });
      } else {
        const needsCheck = scoped(rel.type) !== null && !grants.has(`${model}.${name}`);
        const childPlan = scopeSelection(rel.type, child, scope);
        if (needsCheck) childPlan.added.push(...requireRuleColumns(rel.type, child));
        if (needsCheck || childPlan.children.length || childPlan.added.length) {
          plan.children.push({ key: name, list: false, check: needsCheck ? rel.type : null, plan: childPlan });
        }
      }
      selection[name] = Object.keys(child).length === 0 ? true : child;
    }
    return plan;
  }

  function scopeCounts(model: string, value: unknown, scope: ViewerScope): unknown {
    const listRelations = models[model]?.fields.filter((f) => f.kind === 'object' && f.isList) ?? [];
    const selected: Args =
      value === true ? Object.fromEntries(listRelations.map((f) => [f.name, true])) : { ...(((value as Args).select as Args) ?? {}) };
    for (const [name, count] of Object.entries(selected)) {
      const rel = relation(model, name);
      const filter = rel && where(rel.type, scope);
      if (!filter || count === false) continue;
      selected[name] = { ...(count === true ? {} : (count as Args)), where: and(filter, count === true ? undefined : (count as Args).where) };
    }
    return { ...(value === true ? {} : (value as Args)), select: selected };
  }

  /** Finishes the relations below a row: each to-one row is checked before what was added for its check goes. */
  function finishChildren(record: Row, plan: Plan, scope: ViewerScope): void {
    for (const child of plan.children) {
      const value = record[child.key];
      const rows = child.list ? (Array.isArray(value) ? (value as Row[]) : []) : value ? [value as Row] : [];
      for (const row of rows) finishChildren(row, child.plan, scope);
      if (!child.list && value && child.check && !isVisible(child.check, value as Row, scope)) record[child.key] = null;
      for (const row of rows) strip(row, child.plan);
    }
  }

  function strip(record: Row, plan: Plan): void {
    for (const key of plan.added) delete record[key];
  }

  /**
   * Rewrites one operation for a viewer's scope. Returns the arguments to run and what to do with
   * the result. Lists and counts are filtered in SQL; a row read by its unique key is checked after
   * loading (so Prisma still batches those reads); writes are the action's business, but the
   * relations they return are scoped like any read.
   */
  function rewrite(model: string, operation: string, args: Args | undefined, scope: ViewerScope) {
    const next: Args = { ...(args ?? {}) };
    const noop = { args: next, finish: (result: unknown) => result };
    if (COUNTS.has(operation)) {
      const filter = where(model, scope);
      return filter ? { args: { ...next, where: and(filter, next.where) }, finish: noop.finish } : noop;
    }
    const listRead = LIST_READS.has(operation);
    const uniqueRead = UNIQUE_READS.has(operation);
    if (!listRead && !uniqueRead && !WRITES_WITH_SELECTION.has(operation)) return noop;
    if (listRead) {
      const filter = where(model, scope);
      if (filter) next.where = and(filter, next.where);
    }
    const plan = scopeSelection(model, next, scope);
    const checkRoot = uniqueRead && scoped(model) !== null;
    if (checkRoot) plan.added.push(...requireRuleColumns(model, next));
    return {
      args: next,
      finish: (result: unknown): unknown => {
        const rows = (Array.isArray(result) ? result : [result]).filter((row): row is Row => Boolean(row) && typeof row === 'object');
        for (const row of rows) finishChildren(row, plan, scope);
        if (checkRoot && result && !isVisible(model, result as Row, scope)) return null;
        for (const row of rows) strip(row, plan);
        return result;
      },
    };
  }

  return { where, isVisible, rewrite };
}

const selfRules = (rule: UnitRule): readonly SelfRule[] => (rule.self === undefined ? [] : 'column' in rule.self ? [rule.self] : rule.self);

/** Every path a rule reads: its unit paths, its own-record paths, its group paths. */
const rulePaths = (rule: UnitRule): string[] => [...rule.units, ...selfRules(rule).map((self) => self.column), ...(rule.groups ?? [])];

export type CompiledScopeRules = ReturnType<typeof compileScopeRules>;
