/** 13847701234 → 138****1234. Shown to everyone but the number's owner (and a request's assigned handler). */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone ? '****' : '';
}
