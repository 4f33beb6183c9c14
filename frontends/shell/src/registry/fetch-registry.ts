import type { RegistryEntry } from './registry-entry';

/** Reads the registry through the shell's own origin (the static server proxies it to the gateway). */
export async function fetchRegistry(): Promise<RegistryEntry[]> {
  const response = await fetch('/registry.json');
  if (!response.ok) throw new Error(`GET /registry.json answered ${response.status}`);
  return (await response.json()) as RegistryEntry[];
}
