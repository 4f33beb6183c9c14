import { type DataScope, defineDocument, type Role } from '@jiguan/kit';

export interface CreateUserAccountInput {
  username: string;
  password: string;
  personId: string;
  roles: Role[];
  dataScope: DataScope;
}

export const createUserAccountMutation = defineDocument<
  { createUserAccount: { id: string; username: string } },
  { input: CreateUserAccountInput }
>(`
  mutation CreateUserAccount($input: CreateUserAccountInput!) { createUserAccount(input: $input) { id username } }
`);
