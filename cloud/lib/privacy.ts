/** 13847701234 → 138****1234. Shown to everyone but the number's owner (and a request's assigned handler). */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : phone ? '****' : '';
}

const FULL_WIDTH = /[０-９Ａ-Ｚａ-ｚ－]/g;
const NUMERAL = '0-9零〇一二三四五六七八九十两';
/**
 * Where the part that finds a household starts: a unit, floor, room, door or household number (2单元, 3层, 301室,
 * 2门, 第3户), dashed numbers (7-2-301), or a number of three digits or more that is not a building's (501).
 */
const FINE = new RegExp(`[${NUMERAL}]+\\s*(?:单元|层|室|户|门|号房)|\\d+\\s*[-—–]\\s*\\d+|\\d{3,}(?!\\d|\\s*(?:号楼|栋|幢|座))`);
/** Words that end a place shared by many households: a district, a street, a 小区 and its phase, a building. */
const COARSE = /(?:小区|花园|家园|公寓|新村|社区|大厦|广场|街道|号楼|苑|园|府|城|湾|庭|院|村|区|栋|幢|座|期)/g;

/**
 * The 小区 and building of an address, without unit, floor, room or door: 「康和小区7号楼2单元301」 → 「康和小区7号楼」.
 * What is kept ends at a word that names a place many households share; anything after the last such word (a
 * landmark, a note) and everything from the first household-level number on is dropped. Null when nothing shared is
 * left to show (幸福巷12号 is one household's door).
 */
export function areaOf(address: string): string | null {
  const text = address.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
  const fine = FINE.exec(text);
  const coarsePart = fine ? text.slice(0, fine.index) : text;
  let end = 0;
  for (const m of coarsePart.matchAll(COARSE)) end = m.index + m[0].length;
  const area = coarsePart.slice(0, end).trim();
  return area || null;
}

/** A building at the end of an area: 7号楼, 3栋, 12幢, B座, 2期. */
const BUILDING = /[0-9A-Za-z零〇一二三四五六七八九十两]+\s*(?:号楼|栋|幢|座|期|号)$/;

/**
 * The 小区 of an address (what 附议 groups by): its area (areaOf) without the building — 「康和小区7号楼2单元301」 →
 * 「康和小区」. Null when the address names no place many households share.
 */
export function estateOf(address: string): string | null {
  let area = areaOf(address);
  for (let i = 0; area && i < 2 && BUILDING.test(area); i++) area = area.replace(BUILDING, '').trim();
  return area ? area.slice(0, 40) : null;
}
