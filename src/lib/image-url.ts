/** Local files live behind the local host; cloud:// ids render directly in WeChat. */

/** Something an <Image> can show for a file id. */
export function imageUrl(fileId: string): string {
  if (fileId.startsWith('local:')) return `${NUANXIN_API_BASE}/files/${fileId.slice('local:'.length)}`;
  return fileId; // cloud:// ids render directly in WeChat; http(s) URLs as they are
}
