import { createHash } from 'node:crypto';

/** The content hash an article file carries in its front-matter: SHA-256 of everything after that line. */
export function contentHash(body: string): string {
  return createHash('sha256').update(body).digest('hex');
}
