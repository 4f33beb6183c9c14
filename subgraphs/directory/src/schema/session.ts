import { actingAs, requireViewer } from '@jiguan/shared-schema/context';
import { refreshSession } from '../actions/refresh-session.ts';
import { signIn } from '../actions/sign-in.ts';
import { signOut } from '../actions/sign-out.ts';
import { builder } from '../builder.ts';
import { actAsSignedIn } from '../context.ts';
import { UserAccountRef } from './user-account.ts';

interface LoginResult {
  token: string;
  expiresAt: Date;
  account: { id: string };
}

const LoginPayload = builder.objectRef<LoginResult>('LoginPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Bearer token for the Authorization header' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    account: t.field({ type: UserAccountRef, resolve: (result) => result.account as never }),
  }),
});

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginPayload,
    description: 'Public: exchanges username and password for a signed token',
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_root, args, context) => {
      const result = await signIn(args, context.tokens, context.loginThrottle, context.clientAddress);
      actAsSignedIn(context, result.viewer);
      return result;
    },
  }),
  refreshToken: t.field({
    type: LoginPayload,
    authScopes: { authenticated: true },
    description: 'A new token for a still-valid one, with the account’s current roles',
    resolve: (_root, _args, context) => refreshSession(requireViewer(context), context.tokens),
  }),
  logout: t.boolean({
    authScopes: { authenticated: true },
    description: 'Ends every session of the signed-in account (all its tokens, on every device) within seconds',
    resolve: (_root, _args, context) => signOut(actingAs(context)),
  }),
}));
