import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FileStorage } from '../types';

export type ImageKind = 'jpg' | 'png' | 'webp' | 'gif';

const NAME = /^[a-f0-9]{32}\.(jpg|jpeg|png|webp|gif)$/;
const MIME_KIND: Record<string, ImageKind> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
/** Bytes an image of each kind starts with; `null` matches any byte (the RIFF chunk size of WebP). */
const SIGNATURES: [ImageKind, (number | null)[]][] = [
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpg', [0xff, 0xd8, 0xff]],
  ['gif', ascii('GIF87a')],
  ['gif', ascii('GIF89a')],
  ['webp', [...ascii('RIFF'), null, null, null, null, ...ascii('WEBP')]],
];

/** What the body is by its magic bytes: one of the four image kinds we take, or null. */
export function imageKindOf(body: Uint8Array): ImageKind | null {
  for (const [kind, sig] of SIGNATURES) {
    if (body.length >= sig.length && sig.every((b, i) => b === null || body[i] === b)) return kind;
  }
  return null;
}

export type ImageCheck = { ok: true; kind: ImageKind } | { ok: false; reason: 'type' | 'size' | 'content' };

/** Whether a body may be stored as the image type it was declared as: a type we take, a size, and bytes that agree. */
export function checkImage(body: Uint8Array, mime: string): ImageCheck {
  const declared = MIME_KIND[mime.split(';')[0].trim().toLowerCase()];
  if (!declared) return { ok: false, reason: 'type' };
  if (body.length === 0 || body.length > MAX_UPLOAD_BYTES) return { ok: false, reason: 'size' };
  if (imageKindOf(body) !== declared) return { ok: false, reason: 'content' };
  return { ok: true, kind: declared };
}

/** Files under a data folder, served by the local host at /files/<name>. File ids look like `local:<name>`. */
export class DiskStorage implements FileStorage {
  constructor(readonly dir: string) {}

  /** Stores an uploaded image; returns its file id, or null for a body that is not the image it claims to be. */
  save(body: Buffer, mime: string): string | null {
    const checked = checkImage(body, mime);
    if (!checked.ok) return null;
    const name = this.newName(checked.kind);
    this.write(name, body);
    return `local:${name}`;
  }

  /** A fresh file name for an image of this kind. */
  newName(kind: ImageKind): string {
    return `${crypto.randomBytes(16).toString('hex')}.${kind}`;
  }

  /** Writes a checked image under a name from newName(); the file id is `local:<name>`. */
  write(name: string, body: Buffer): void {
    if (!NAME.test(name)) throw new Error(`not a storage name: ${name}`);
    fs.mkdirSync(this.dir, { recursive: true });
    fs.writeFileSync(path.join(this.dir, name), body, { flag: 'wx' });
  }

  /** Path of a stored file for the host to serve, or null. */
  pathOf(name: string): string | null {
    return NAME.test(name) ? path.join(this.dir, name) : null;
  }

  async exists(fileId: string): Promise<boolean> {
    const name = fileId.startsWith('local:') ? fileId.slice(6) : '';
    const file = this.pathOf(name);
    return !!file && fs.existsSync(file);
  }

  async remove(fileIds: readonly string[]): Promise<void> {
    for (const id of fileIds) {
      const file = this.pathOf(id.startsWith('local:') ? id.slice(6) : '');
      if (file) fs.rmSync(file, { force: true });
    }
  }

  async url(fileId: string): Promise<string> {
    return `/files/${fileId.replace(/^local:/, '')}`;
  }
}
