export interface Waiting {
  id: number;
  partySize: number;
  /** Arrival number at the gate. */
  seq: number;
}

/**
 * Who moves from the waitlist to confirmed when seats free up. First come, first served: promote from the head of
 * the queue while the head's whole party fits; a party that does not fit blocks those behind it, so nobody overtakes
 * an earlier arrival (the seat gate applies the same rule to newcomers).
 */
export function planPromotions(capacity: number, taken: number, queue: readonly Waiting[]): { promoted: Waiting[]; taken: number } {
  const ordered = [...queue].sort((a, b) => a.seq - b.seq);
  const promoted: Waiting[] = [];
  let seats = taken;
  for (const head of ordered) {
    if (seats + head.partySize > capacity) break;
    promoted.push(head);
    seats += head.partySize;
  }
  return { promoted, taken: seats };
}
