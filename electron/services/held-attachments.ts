/**
 * Attachments a running job still reads (a backup being written). Garbage collection skips them,
 * so a file a record no longer references cannot vanish from under a backup that includes it.
 * Counted, because two backups may hold the same file.
 */
export type HeldAttachments = {
  /** Holds the hashes until the returned function is called (once; later calls do nothing). */
  hold(sha256s: Iterable<string>): () => void;
  isHeld(sha256: string): boolean;
};

export function createHeldAttachments(): HeldAttachments {
  const counts = new Map<string, number>();
  return {
    hold(sha256s) {
      const held = [...new Set(sha256s)];
      for (const sha of held) counts.set(sha, (counts.get(sha) ?? 0) + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        for (const sha of held) {
          const remaining = (counts.get(sha) ?? 1) - 1;
          if (remaining > 0) counts.set(sha, remaining);
          else counts.delete(sha);
        }
      };
    },
    isHeld: (sha256) => counts.has(sha256),
  };
}
