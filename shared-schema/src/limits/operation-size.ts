import {
  getNamedType,
  getNullableType,
  isListType,
  isInterfaceType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../pagination.ts';

/** What one operation asks for, measured from its document and variables before anything runs. */
export interface OperationSize {
  /** The deepest chain of fields (`a { b { c } }` is 3). */
  depth: number;
  /** Fields written with an alias, fragments included. */
  aliases: number;
  /** Directives written on the operation, its fields and fragments (each spread of a fragment counts its own). */
  directives: number;
  /**
   * Fields the answer can hold at most: each field counts once for every row its enclosing lists
   * can return. A connection's edges hold its `first`/`last` (or the default page), an `_entities`
   * call its representations, any other list `UNBOUNDED_LIST_ROWS`.
   */
  cost: number;
}

/** The rows assumed for a list field that takes no `first` (a building's floors, a unit's children). */
export const UNBOUNDED_LIST_ROWS = 20;

/** Introspection is measured by its own rules (its standard query is deep but bounded by the schema). */
const isIntrospection = (name: string) => name === '__schema' || name === '__type';

function argumentValue(field: FieldNode, name: string, variables: Readonly<Record<string, unknown>>): unknown {
  const argument = field.arguments?.find((a) => a.name.value === name);
  return argument ? valueFromASTUntyped(argument.value, variables) : undefined;
}

/** The page a paginated field (one with `first`/`last`) asks for: its `first`/`last`, else the default page. */
function pageOf(field: FieldNode, definition: GraphQLField<unknown, unknown> | undefined, variables: Readonly<Record<string, unknown>>): number | undefined {
  if (!definition?.args.some((a) => a.name === 'first' || a.name === 'last')) return undefined;
  const size = argumentValue(field, 'first', variables) ?? argumentValue(field, 'last', variables);
  return typeof size === 'number' ? Math.max(1, size) : DEFAULT_PAGE_SIZE;
}

/** Rows of a list field: a connection's edges/nodes hold its page, `_entities` its representations, any other list UNBOUNDED_LIST_ROWS. */
function listRows(field: FieldNode, page: number | undefined, variables: Readonly<Record<string, unknown>>): number {
  const name = field.name.value;
  if (page !== undefined && (name === 'edges' || name === 'nodes')) return page;
  if (name === '_entities') {
    const representations = argumentValue(field, 'representations', variables);
    if (Array.isArray(representations)) return Math.max(1, representations.length);
  }
  return UNBOUNDED_LIST_ROWS;
}

/**
 * Measures an operation against the schema it runs on: depth, aliases and the largest number of
 * fields its answer can hold. Fragments are followed (validation has already refused cycles);
 * a field the schema does not know counts as a leaf.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>> = {},
): OperationSize {
  let aliases = 0;
  let directives = operation.directives?.length ?? 0;
  const rootType = schema.getRootType(operation.operation);

  /** `multiplier`: how many times the selection set can occur in the answer; `page`: the rows of the connection it selects on. */
  const walk = (selectionSet: SelectionSetNode, type: GraphQLNamedType | undefined, multiplier: number, page: number | undefined): { depth: number; cost: number } => {
    let depth = 0;
    let cost = 0;
    for (const selection of selectionSet.selections) {
      directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        if (isIntrospection(selection.name.value)) continue;
        const definition = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[selection.name.value] : undefined;
        cost += multiplier;
        if (selection.selectionSet) {
          const isList = definition !== undefined && isListType(getNullableType(definition.type));
          const rows = isList ? listRows(selection, page, variables) : 1;
          // A connection object occurs once per parent; its page multiplies its edges, not its totalCount.
          const child = walk(selection.selectionSet, definition && getNamedType(definition.type), multiplier * rows, pageOf(selection, definition, variables));
          depth = Math.max(depth, 1 + child.depth);
          cost += child.cost;
        } else {
          depth = Math.max(depth, 1);
        }
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
        if (!fragment) continue;
        if (fragment.kind === Kind.FRAGMENT_DEFINITION) directives += fragment.directives?.length ?? 0;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        const child = walk(fragment.selectionSet, condition ?? type, multiplier, page);
        depth = Math.max(depth, child.depth);
        cost += child.cost;
      }
    }
    return { depth, cost };
  };

  const { depth, cost } = walk(operation.selectionSet, rootType ?? undefined, 1, undefined);
  return { depth, aliases, directives, cost };
}
