import {
  getNamedType,
  getNullableType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The field of a selection set (fragments included) that answers under `responseKey`, with the object type it is selected on. */
interface SelectedField {
  type: GraphQLOutputType;
  selectionSet?: SelectionSetNode | undefined;
}

function selectedField(
  schema: GraphQLSchema,
  parentTypeName: string,
  selectionSet: SelectionSetNode,
  responseKey: string,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): SelectedField | undefined {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if ((selection.alias ?? selection.name).value !== responseKey) continue;
      const parent = schema.getType(parentTypeName);
      const field = isObjectType(parent) ? parent.getFields()[selection.name.value] : undefined;
      if (field) return { type: field.type, selectionSet: selection.selectionSet };
      continue;
    }
    const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
    if (!fragment) continue;
    const typeName = fragment.typeCondition?.name.value ?? parentTypeName;
    const found = selectedField(schema, isObjectType(schema.getType(typeName)) ? typeName : parentTypeName, fragment.selectionSet, responseKey, fragments);
    if (found) return found;
  }
  return undefined;
}

/**
 * Whether the answer at `path` (response keys and list indices) may be null by the schema: the
 * field or list element there is nullable. Unknown paths count as not nullable.
 */
export function isNullablePosition(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, path: readonly (string | number)[]): boolean {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION && (!operationName || definition.name?.value === operationName),
  );
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root || path.length === 0) return false;
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  let type: GraphQLOutputType | undefined;
  let selectionSet: SelectionSetNode | undefined = operation.selectionSet;
  let parentTypeName = root.name;
  for (const segment of path) {
    if (typeof segment === 'number') {
      const list = type && getNullableType(type);
      if (!list || !isListType(list)) return false;
      type = list.ofType as GraphQLOutputType;
      continue;
    }
    if (type) parentTypeName = getNamedType(type).name;
    const field: SelectedField | undefined = selectionSet && selectedField(schema, parentTypeName, selectionSet, segment, fragments);
    if (!field) return false;
    type = field.type;
    selectionSet = field.selectionSet;
  }
  return type !== undefined && !isNonNullType(type);
}
