import type { Component } from 'vue';
import { federation } from './federation';

/** Loads the `./App` a remote exposes: the component that renders the remote's pages. */
export async function loadRemoteApp(remoteName: string): Promise<Component> {
  const module = await federation.loadRemote<{ default: Component }>(`${remoteName}/App`);
  if (!module?.default) throw new Error(`Remote "${remoteName}" exposes no ./App component`);
  return module.default;
}
