/** Lists (photos, tags, categories) are stored as JSON text on both dialects. */
export function parseList(text: string | null | undefined): string[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export const listText = (list: readonly string[]) => JSON.stringify(list);
