// Where an anchor's target landed after following a link: its element (by id, the
// unquoted URL fragment) against the viewport and the bottom of Material's sticky
// header, and the URL's hash. Used by tests/browser/site.py.
(fragment) => {
  const target = document.getElementById(fragment);
  const header = document.querySelector(".md-header");
  const rect = target ? target.getBoundingClientRect() : null;
  return {
    found: target !== null,
    hash: decodeURIComponent(location.hash.slice(1)),
    top: rect ? Math.round(rect.top) : null,
    headerBottom: header ? Math.round(header.getBoundingClientRect().bottom) : 0,
    viewportHeight: window.innerHeight,
    scrollY: Math.round(window.scrollY),
  };
}
