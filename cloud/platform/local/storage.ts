import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FileStorage } from '../types';

const NAME = /^[a-f0-9]{32}\.(jpg|jpeg|png|webp|gif)$/;
const MIME_EXT: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
};
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** Files under a data folder, served by the local host at /files/<name>. File ids look like `local:<name>`. */
export class DiskStorage implements FileStorage {
  constructor(readonly dir: string) {}

  /** Stores an uploaded image; returns its file id, or null for a type we do not take. */
  save(body: Buffer, mime: string): string | null {
    const ext = MIME_EXT[mime.split(';')[0].trim().toLowerCase()];
    if (!ext || body.length === 0 || body.length > MAX_UPLOAD_BYTES) return null;
    fs.mkdirSync(this.dir, { recursive: true });
    const name = `${crypto.randomBytes(16).toString('hex')}.${ext}`;
    fs.writeFileSync(path.join(this.dir, name), body);
    return `local:${name}`;
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

  async url(fileId: string): Promise<string> {
    return `/files/${fileId.replace(/^local:/, '')}`;
  }
}
