import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  Kind,
  valueFromASTUntyped,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { BadUserInputError } from '../errors.ts';
import { MAX_PAGE_SIZE } from '../pagination.ts';

/** The most items any list argument or list in an input may hold (a page of rows, problems of one inspection …). */
export const MAX_INPUT_LIST_LENGTH = 500;

const PAGE_ARGUMENTS = new Set(['first', 'last']);
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The first problem of one argument value, checked against its input type; `path` names it (`input.problems.description`). */
function problemOf(value: unknown, type: GraphQLInputType, path: string, maxItems = MAX_INPUT_LIST_LENGTH): BadUserInputError | undefined {
  if (value === null || value === undefined) return undefined;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    if (items.length > maxItems) {
      return new BadUserInputError(`${path} 最多 ${maxItems} 项，收到 ${items.length} 项`, path, { reason: 'LIST_TOO_LONG', params: { max: maxItems } });
    }
    for (const item of items) {
      const problem = problemOf(item, nullable.ofType, path);
      if (problem) return problem;
    }
    return undefined;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return undefined;
    for (const field of Object.values(nullable.getFields())) {
      const problem = problemOf((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  // PostgreSQL cannot store U+0000 in text (22021), and a lone surrogate is not text at all.
  if (value.includes('\u0000')) return new BadUserInputError(`${path} 含有不允许的空字符（U+0000）`, path, { reason: 'NUL_CHARACTER' });
  if (LONE_SURROGATE.test(value)) return new BadUserInputError(`${path} 含有无法识别的字符（不成对的代理项）`, path, { reason: 'MALFORMED_TEXT' });
  if (isScalarType(nullable) && nullable.name === 'ID' && value.trim() === '') return new BadUserInputError(`${path} 不能为空`, path, { reason: 'EMPTY_ID' });
  return undefined;
}

/** A page argument outside 1–MAX_PAGE_SIZE. */
function pageProblem(name: string, value: unknown): BadUserInputError | undefined {
  if (!PAGE_ARGUMENTS.has(name) || value === null || value === undefined) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_PAGE_SIZE) return undefined;
  return new BadUserInputError(`${name} 需在 1–${MAX_PAGE_SIZE} 之间`, name, { reason: 'PAGE_SIZE_OUT_OF_RANGE', params: { min: 1, max: MAX_PAGE_SIZE } });
}

/**
 * Input hygiene for every String and ID of an operation, whether written in the document or sent
 * as a variable: no NUL character, no lone surrogate, no blank ID; lists at most
 * MAX_INPUT_LIST_LENGTH items; pages of 1–MAX_PAGE_SIZE rows. Returns the first problem as the
 * BAD_USER_INPUT a client gets (naming the argument path), before anything has run.
 */
export function inputProblem(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>>,
): BadUserInputError | undefined {
  const check = (selectionSet: SelectionSetNode, type: GraphQLNamedType | undefined): BadUserInputError | undefined => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const definition = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[selection.name.value] : undefined;
        for (const argument of selection.arguments ?? []) {
          const argumentDefinition = definition?.args.find((a) => a.name === argument.name.value);
          if (!argumentDefinition) continue;
          const value = valueFromASTUntyped(argument.value, variables);
          // The gateway sends every entity of a plan step in one _entities call; the cost limit bounds how many.
          const maxItems = selection.name.value === '_entities' ? Infinity : MAX_INPUT_LIST_LENGTH;
          const problem = pageProblem(argument.name.value, value) ?? problemOf(value, argumentDefinition.type, argument.name.value, maxItems);
          if (problem) return problem;
        }
        if (selection.selectionSet && definition) {
          const problem = check(selection.selectionSet, getNamedType(definition.type));
          if (problem) return problem;
        }
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
        if (!fragment) continue;
        const problem = check(fragment.selectionSet, fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type);
        if (problem) return problem;
      }
    }
    return undefined;
  };
  return check(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}
