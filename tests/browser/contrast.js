// WCAG contrast of every visible text element under the given selectors: the text
// colour composited over its effective background (own and ancestors' background
// colours), against AA (4.5:1, 3:1 for large text). Returns how many elements were
// checked under each selector (an element under two selectors counts for both) and the
// failures, each element reported once. Used by tests/browser/site.py.
(selectors) => {
  const parse = (value) => {
    let m = value.match(/^rgba?\(([^)]+)\)$/);
    if (m) {
      const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(parseFloat);
      return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
    }
    m = value.match(/^color\(srgb ([^)]+)\)$/);
    if (m) {
      const p = m[1].split(/[\s\/]+/).filter(Boolean).map(parseFloat);
      return [p[0] * 255, p[1] * 255, p[2] * 255, p.length > 3 ? p[3] : 1];
    }
    return null;
  };
  // Alpha compositing of `top` over `bottom`.
  const over = (top, bottom) => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  // The colour behind an element: its own and its ancestors' backgrounds, composited
  // from the first opaque one (or the white canvas) up.
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) {
        layers.push(c);
        if (c[3] >= 1) break;
      }
    }
    let color = [255, 255, 255, 1];
    for (let i = layers.length - 1; i >= 0; i--) color = over(layers[i], color);
    return color;
  };
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      v /= 255;
      return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const opacity = (el) => {
    let o = 1;
    for (let e = el; e; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity);
    return o;
  };
  const ownText = (el) => [...el.childNodes].some(
    (n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== "");
  const measured = new Map();  // element -> whether it is visible text; measured once
  const failures = [];
  const checked = {};
  for (const selector of selectors) {
    checked[selector] = 0;
    const counted = new Set();
    for (const root of document.querySelectorAll(selector)) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        if (counted.has(el) || !ownText(el)) continue;
        counted.add(el);
        if (measured.has(el)) {
          if (measured.get(el) !== false) checked[selector] += 1;
          continue;
        }
        measured.set(el, false);
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        const alpha = opacity(el);
        if (rect.width === 0 || rect.height === 0 || style.visibility !== 'visible' || alpha === 0) continue;
        const fg = parse(style.color);
        const bg = background(el);
        measured.set(el, true);
        checked[selector] += 1;
        if (!fg) {
          failures.push({selector, text: el.textContent.trim().slice(0, 60), error: `colour ${style.color}`});
          continue;
        }
        const text = over([fg[0], fg[1], fg[2], fg[3] * alpha], bg);
        const [hi, lo] = [luminance(text), luminance(bg)].sort((a, b) => b - a);
        const ratio = (hi + 0.05) / (lo + 0.05);
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (parseInt(style.fontWeight, 10) >= 700 && size >= 18.66);
        const need = large ? 3 : 4.5;
        if (ratio < need) {
          failures.push({
            selector, tag: el.tagName.toLowerCase(), text: el.textContent.trim().slice(0, 60),
            ratio: Math.round(ratio * 100) / 100, need, color: style.color,
            background: `rgb(${bg.slice(0, 3).map(Math.round).join(', ')})`,
          });
        }
      }
    }
  }
  return {checked, failures};
}
