// One walk over stored events in sequence order (PRODUCT.md rule 8), shared by every reader of
// the chain — Prisma pages, a COPY stream, and each range of a parallel verification
// (verify-worker.ts) — so the first broken link is named the same way whoever reads.
import { computeAuditHash, type THashedFields } from "./hash";

/** A stored event as verification reads it: the hashed fields (hash.ts), text columns, the payload parsed. */
export type TStoredEvent = Omit<THashedFields, "createdAt"> & {
  /** bigint through Prisma, decimal text through pg and COPY */
  seq: bigint | string;
  /** ISO 8601 in UTC with milliseconds, formatted by Postgres: no Date is parsed per row */
  createdAt: string;
  prevHash: string;
  hash: string;
};

/** The first broken link, as verification reports it. */
export type TChainBreak = { brokenAtSeq: bigint; reason: string; expectedHash: string; foundHash: string | null };

/** An event whose previous-hash is not its predecessor's hash: removed, inserted or moved. */
export function linkBreak(seq: bigint, lastSeq: bigint | null, expectedHash: string, foundHash: string): TChainBreak {
  const gap = lastSeq !== null && seq > lastSeq + 1n ? ` (no event between #${lastSeq} and #${seq}: removed?)` : "";
  const reason = lastSeq === null ? `its previous-hash is not the genesis hash${gap}` : `its previous-hash does not match event #${lastSeq}${gap}`;
  return { brokenAtSeq: seq, reason, expectedHash, foundHash };
}

/**
 * Walks events in sequence order: each must name its predecessor's hash and give its own hash.
 * `prevHash` null: the first event's link is taken as it stands and checked by the caller against
 * the range before (a parallel verification's boundary); `first` keeps what it needs.
 */
export class ChainWalk {
  checked = 0;
  broken: TChainBreak | null = null;
  /** the first event walked: its sequence and the link it names */
  first: { seq: bigint; prevHash: string } | null = null;
  private lastSeq: bigint | string | null;
  private prevHash: string | null;

  constructor(start: { seq: bigint; hash: string } | null, prevHash: string | null) {
    this.lastSeq = start?.seq ?? null;
    this.prevHash = prevHash;
  }

  /** The newest event walked intact (or the start point), null when there is none. */
  get last(): { seq: bigint; hash: string } | null {
    return this.lastSeq === null || this.prevHash === null ? null : { seq: BigInt(this.lastSeq), hash: this.prevHash };
  }

  /** Walks one event; false once the chain is broken (`broken` says where and why). */
  step(row: TStoredEvent): boolean {
    if (this.first === null) this.first = { seq: BigInt(row.seq), prevHash: row.prevHash };
    const prevHash = this.prevHash ?? row.prevHash;
    if (row.prevHash !== prevHash) {
      this.broken = linkBreak(BigInt(row.seq), this.lastSeq === null ? null : BigInt(this.lastSeq), prevHash, row.prevHash);
      return false;
    }
    const expected = computeAuditHash(prevHash, row);
    if (expected !== row.hash) {
      this.broken = { brokenAtSeq: BigInt(row.seq), reason: "its content does not match its hash (edited)", expectedHash: expected, foundHash: row.hash };
      return false;
    }
    this.prevHash = row.hash;
    this.lastSeq = row.seq;
    this.checked += 1;
    return true;
  }
}
