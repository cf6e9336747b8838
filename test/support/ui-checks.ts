import type { Page } from 'playwright-core';

/**
 * What a screen must meet at 375 px, measured from the browser's own layout boxes and computed styles
 * (MIIT 《移动互联网应用（App）适老化通用设计规范》 2021 and WeChat's 小程序适老化设计指南, UI.md):
 * - layout: nothing sticks out past the screen's width unless a scroller or clip inside the page holds it, and no two
 *   texts overlap (texts of elements neither of which contains the other, in the same scrolling layer, fixed bars
 *   apart, intersecting by more than 2 px);
 * - style: text contrast ≥ 4.5:1, line height ≥ 1.3, text ≥ 18 px in 关怀模式 (≥ 12 px otherwise) except the scale's
 *   smallest step, which the theme keeps for marks beside main text (tags, counters, the calendar's day words),
 *   and tap targets ≥ 60 × 60 px in 关怀模式, ≥ 44 × 44 px otherwise;
 * - screen readers: a control that is only an icon or a mark (✕ ‹ + ▾) has a spoken label (aria-label), and every
 *   typed field has its label tied to it (aria-label, aria-labelledby or a <label>), not only a placeholder.
 * Each finding names the element (tag.class “text”) so a failure says where to look.
 */
export interface UiLimits {
  care: boolean;
  /** Tap targets exempt from the size rule, each with the reason it cannot be that large (selector → reason). */
  denseTargets?: Record<string, string>;
}

export interface UiFindings {
  overflow: string[];
  overlap: string[];
  fontSize: string[];
  contrast: string[];
  lineHeight: string[];
  tapTarget: string[];
  label: string[];
}

/** Runs every check on what the page shows now. */
export async function checkScreen(page: Page, limits: UiLimits): Promise<UiFindings> {
  return page.evaluate(measure, { care: limits.care, dense: Object.keys(limits.denseTargets ?? {}) });
}

/** The findings as one readable list (empty when the screen passes). */
export function problemsOf(f: UiFindings): string[] {
  return (Object.keys(f) as (keyof UiFindings)[]).flatMap((k) => f[k].map((p) => `${k}: ${p}`));
}

// Runs inside the page: self-contained (Playwright sends its source text), plain DOM only.
function measure(opts: { care: boolean; dense: string[] }): UiFindings {
  const W = window.innerWidth;
  const found: UiFindings = { overflow: [], overlap: [], fontSize: [], contrast: [], lineHeight: [], tapTarget: [], label: [] };
  const root: Element = document.querySelector('.taro_page.taro_page_stationed:not([style*="display: none"])') ?? document.body;
  const pageRoots = Array.from(document.querySelectorAll('.taro_page')).filter((p) => getComputedStyle(p).display !== 'none');
  const scope = pageRoots.length ? pageRoots[pageRoots.length - 1] : root;
  const tabbar = document.querySelector('.taro-tabbar__tabbar');

  const name = (el: Element) => {
    const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).filter(Boolean).slice(0, 2).join('.') : '';
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
    return `${el.tagName.toLowerCase()}${cls ? '.' + cls : ''}${text ? ` “${text}”` : ''}`;
  };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    return el.checkVisibility({ opacityProperty: true, visibilityProperty: true } as CheckVisibilityOptions);
  };
  const all = Array.from(scope.querySelectorAll('*')).concat(tabbar ? Array.from(tabbar.querySelectorAll('*')) : []);
  const shown = all.filter(visible);

  // Ancestors between an element and the page root (framework containers above the page are not ours).
  const ancestors = (el: Element): Element[] => {
    const out: Element[] = [];
    for (let p = el.parentElement; p && p !== scope && p !== document.body; p = p.parentElement) out.push(p);
    return out;
  };
  const outer = (el: Element): Element[] => {
    const out: Element[] = [];
    for (let p = el.parentElement; p; p = p.parentElement) out.push(p);
    return out;
  };
  const clips = (el: Element, axis: 'x' | 'y') => {
    const s = getComputedStyle(el);
    return (axis === 'x' ? s.overflowX : s.overflowY) !== 'visible';
  };
  const scrolls = (el: Element) => {
    const s = getComputedStyle(el);
    return /auto|scroll/.test(s.overflowX + s.overflowY);
  };
  const pinned = (el: Element) => /fixed|sticky/.test(getComputedStyle(el).position);

  // Overflow past the screen's width.
  for (const el of shown) {
    const r = el.getBoundingClientRect();
    if (r.right <= W + 0.5 && r.left >= -0.5) continue;
    const holder = ancestors(el).find((a) => clips(a, 'x') && a.getBoundingClientRect().right <= W + 0.5 && a.getBoundingClientRect().left >= -0.5);
    if (!holder) found.overflow.push(`${name(el)} spans ${Math.round(r.left)}…${Math.round(r.right)} px of ${W}`);
  }
  const docWidth = document.documentElement.scrollWidth;
  if (docWidth > W + 0.5) found.overflow.push(`the document scrolls sideways (${docWidth} px of ${W})`);

  // Texts: elements with text of their own, the box of that text (clipped by what clips it), and their layer.
  interface TextBox { el: Element; box: DOMRect; layer: Element | null }
  const texts: TextBox[] = [];
  for (const el of shown) {
    const own = Array.from(el.childNodes).filter((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (own.length === 0) continue;
    // A line's box is as tall as the font's ascent and descent (1.45 em for Noto CJK); the glyphs fill the em square
    // around its middle, so that is what counts as the text.
    const em = parseFloat(getComputedStyle(el).fontSize);
    let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    for (const node of own) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) {
        if (r.width < 0.5 || r.height < 0.5) continue;
        const mid = (r.top + r.bottom) / 2;
        left = Math.min(left, r.left); top = Math.min(top, mid - em / 2); right = Math.max(right, r.right); bottom = Math.max(bottom, mid + em / 2);
      }
    }
    if (!(right > left && bottom > top)) continue;
    const chain = ancestors(el);
    for (const a of chain) {
      if (!clips(a, 'x') && !clips(a, 'y')) continue;
      const c = a.getBoundingClientRect();
      if (clips(a, 'x')) { left = Math.max(left, c.left); right = Math.min(right, c.right); }
      if (clips(a, 'y')) { top = Math.max(top, c.top); bottom = Math.min(bottom, c.bottom); }
    }
    if (!(right > left && bottom > top)) continue;
    // The page itself scrolls (Taro's .taro_page), the tab bar does not: look above the page for the layer too.
    const layer = [el, ...chain, ...outer(chain[chain.length - 1] ?? el)].find((a) => pinned(a) || (a !== el && scrolls(a))) ?? null;
    texts.push({ el, box: new DOMRect(left, top, right - left, bottom - top), layer });
  }

  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i], b = texts[j];
      if (a.layer !== b.layer || a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
      const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
      if (w > 2 && h > 2) found.overlap.push(`${name(a.el)} and ${name(b.el)} overlap by ${Math.round(w)}×${Math.round(h)} px`);
    }
  }

  // Colours: the text's colour over the first background behind it (gradients: every stop, the worst counts).
  const parse = (c: string): number[][] =>
    Array.from(c.matchAll(/rgba?\(([^)]+)\)/g)).map((m) => {
      const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    });
  const over = (fg: number[], bg: number[]) => [0, 1, 2].map((i) => fg[i] * fg[3] + bg[i] * (1 - fg[3])).concat(1);
  const lum = (c: number[]) => {
    const f = (v: number) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2]);
  };
  const ratio = (a: number[], b: number[]) => { const x = lum(a), y = lum(b); return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
  const backgrounds = (el: Element): number[][] => {
    let layers: number[][] = [];
    for (let p: Element | null = el; p; p = p.parentElement) {
      const s = getComputedStyle(p);
      const grad = s.backgroundImage !== 'none' ? parse(s.backgroundImage) : [];
      if (grad.length) return grad.map((g) => layers.reduceRight((acc, l) => over(l, acc), over(g, [255, 255, 255, 1])));
      const bg = parse(s.backgroundColor)[0];
      if (bg && bg[3] > 0) {
        layers.push(bg);
        if (bg[3] >= 1) break;
      }
    }
    layers = layers.length ? layers : [[255, 255, 255, 1]];
    return [layers.reduceRight((acc, l) => over(l, acc), [255, 255, 255, 1])];
  };
  const exempt = (el: Element) =>
    [el, ...ancestors(el)].some((a) => a.getAttribute('aria-hidden') === 'true' || a.getAttribute('aria-disabled') === 'true' || a.hasAttribute('disabled'));

  const probe = document.createElement('span');
  probe.style.fontSize = 'var(--nx-font-xs)';
  (scope.querySelector('.nx-page') ?? scope).appendChild(probe);
  const auxSize = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  const minFont = opts.care ? 18 : 12;

  for (const { el } of texts) {
    const s = getComputedStyle(el);
    const size = parseFloat(s.fontSize);
    // The tab bar is WeChat's own (app.config.ts tabBar): its type is the platform's, its colours are ours.
    const native = tabbar != null && tabbar.contains(el);
    if (!native && size < minFont - 0.01 && !(Math.abs(size - auxSize) < 0.01 && size >= minFont * 0.75)) {
      found.fontSize.push(`${name(el)} is ${size} px (at least ${minFont})`);
    }
    if (s.lineHeight !== 'normal' && parseFloat(s.lineHeight) < 1.3 * size - 0.01 && el.getBoundingClientRect().height > parseFloat(s.lineHeight) * 1.5) {
      found.lineHeight.push(`${name(el)}: ${s.lineHeight} for ${size} px text over several lines`);
    }
    if (exempt(el)) continue;
    const fg = parse(s.color)[0];
    const bgs = backgrounds(el);
    const worst = Math.min(...bgs.map((bg) => ratio(over(fg, bg), bg)));
    if (worst < 4.5) found.contrast.push(`${name(el)}: ${worst.toFixed(2)}:1 (${s.color} on ${bgs.map((b) => `rgb(${b.slice(0, 3).map(Math.round).join(',')})`).join(' / ')})`);
  }

  // Tap targets: whatever listens for a tap, and Taro's own controls.
  const controls = 'taro-button-core, taro-switch-core, taro-checkbox-core, taro-radio-core, taro-picker-core, taro-input-core, taro-textarea-core';
  const tappable = (el: Element) => {
    if (el.matches(controls)) return true;
    // Taro H5 keeps an element's listeners (onClick / onTap) in its own `__events`.
    const events = (el as unknown as { __events?: Record<string, unknown> }).__events;
    return !!events && typeof events.click === 'function';
  };
  const side = opts.care ? 60 : 44;
  const named = (el: Element) => !!(el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'));
  for (const el of shown) {
    if (!tappable(el)) continue;
    // Words (Chinese, letters, digits) speak for themselves; marks alone do not.
    const words = /[\p{L}\p{N}]/u.test(el.textContent ?? '') || el.querySelector('input, textarea, img[alt]:not([alt=""])');
    if (!words && !named(el) && !el.matches(controls)) found.label.push(`${name(el)}: a control without words needs an aria-label`);
    if (exempt(el)) continue;
    if (opts.dense.some((sel) => el.matches(sel))) continue;
    const r = el.getBoundingClientRect();
    if (r.width >= side - 0.5 && r.height >= side - 0.5) continue;
    found.tapTarget.push(`${name(el)} is ${Math.round(r.width)}×${Math.round(r.height)} px (at least ${side}×${side})`);
  }
  for (const field of Array.from(scope.querySelectorAll('input:not([type="hidden"]):not([type="checkbox"]), textarea')).filter(visible)) {
    const labelled = named(field) || (field.id && document.querySelector(`label[for="${field.id}"]`)) || field.closest('label');
    if (!labelled) found.label.push(`${name(field.closest('taro-input-core, taro-textarea-core') ?? field)} (placeholder “${field.getAttribute('placeholder') ?? ''}”) has no label tied to it`);
  }
  return found;
}
