/** registry.ValidateIndexName: dockerd's error for a registry name with a leading or trailing "-", else undefined. */
export function indexNameError(value: string): string | undefined {
  const name = value === 'index.docker.io' ? 'docker.io' : value;
  if (!name.startsWith('-') && !name.endsWith('-')) return undefined;
  return `invalid index name (${name}). Cannot begin or end with a hyphen`;
}
