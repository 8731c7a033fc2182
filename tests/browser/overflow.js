// Horizontal scrolling: the document's widths and the elements sticking out to the
// right of the viewport. Used by tests/browser/site.py.
() => {
  const root = document.documentElement;
  const limit = root.clientWidth;
  const wide = [];
  for (const el of document.body.querySelectorAll("*")) {
    const rect = el.getBoundingClientRect();
    if (rect.width > 0 && rect.right > limit + 1 && getComputedStyle(el).position !== "fixed") {
      const classes = [...el.classList].join(".");
      wide.push(`${el.tagName.toLowerCase()}.${classes} right=${Math.round(rect.right)}`);
    }
  }
  return { scrollWidth: root.scrollWidth, clientWidth: limit, wide: wide.slice(0, 10) };
}
