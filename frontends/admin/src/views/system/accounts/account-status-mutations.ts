import { defineDocument } from '@jiguan/kit';

type StatusResult = { id: string; disabled: boolean };

export const disableUserAccountMutation = defineDocument<{ disableUserAccount: StatusResult }, { id: string }>(`
  mutation DisableUserAccount($id: ID!) { disableUserAccount(id: $id) { id disabled } }
`);

export const enableUserAccountMutation = defineDocument<{ enableUserAccount: StatusResult }, { id: string }>(`
  mutation EnableUserAccount($id: ID!) { enableUserAccount(id: $id) { id disabled } }
`);
