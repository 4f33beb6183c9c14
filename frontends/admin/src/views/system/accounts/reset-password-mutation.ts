import { defineDocument } from '@jiguan/kit';

export const resetUserAccountPasswordMutation = defineDocument<
  { resetUserAccountPassword: { id: string } },
  { id: string; newPassword: string }
>(`
  mutation ResetUserAccountPassword($id: ID!, $newPassword: String!) {
    resetUserAccountPassword(id: $id, newPassword: $newPassword) { id }
  }
`);
