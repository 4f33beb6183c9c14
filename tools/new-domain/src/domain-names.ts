/** The names one domain goes by in the files the generator writes. */
export interface DomainNames {
  /** `services`: folder, package suffix, PostgreSQL schema, subgraph name, route prefix. */
  name: string;
  /** `Services`: the GraphQL type prefix (`ServicesAuditRecord`). */
  typePrefix: string;
  /** `SERVICES`: constants (`SERVICES_READERS`) and the remote's URL variable (`SERVICES_REMOTE_URL`). */
  constant: string;
  /** The subgraph's port (4003 …) and the remote's (4103 …). */
  port: number;
  remotePort: number;
  /** Roles that write the domain, e.g. SERVICES_STAFF; admins always may. */
  writers: string[];
  /** The remote's title. */
  title: { 'zh-CN': string; en: string };
}

const pascal = (name: string) => name.split('-').map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join('');

export function domainNames(options: { name: string; port: number; writers: string[]; title: DomainNames['title'] }): DomainNames {
  return {
    name: options.name,
    typePrefix: pascal(options.name),
    constant: options.name.replaceAll('-', '_').toUpperCase(),
    port: options.port,
    remotePort: options.port + 100,
    writers: options.writers,
    title: options.title,
  };
}
