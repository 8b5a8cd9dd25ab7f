/**
 * The fact table's revision: a short hash of every fact file's path and content. The core stamps
 * it on every answer; /healthz and /metrics show it; the same files give the same revision on
 * every instance.
 */
import { createHash } from "node:crypto";

export const REVISION_LENGTH = 12;

/** sha256 of one file's content (a Buffer or its text), as the revision is made of. */
export function fileDigest(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

/** The revision of files given by path (relative to the facts directory) and digest, in any order. */
export function tableRevision(files: Array<{ path: string; digest: string }>): string {
  const hash = createHash("sha256");
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(`${f.path}\0${f.digest}\n`);
  return hash.digest("hex").slice(0, REVISION_LENGTH);
}
