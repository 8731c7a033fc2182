/* mkdocs-stay-tuned: "Where was I?" for series.
   Remembers, in this browser only (localStorage: no cookie, no request), which parts of
   a series the reader has opened; marks them as read in the series box and on the
   series page, and there offers "Continue with Part N" when some but not all published
   parts have been read. Without JavaScript, or when storage is unavailable or throws,
   nothing is stored and the page stays exactly as built. Labels come from the page's
   data-st-* attributes (the site's language). Works with Material's instant
   navigation (document$), else on DOMContentLoaded. */
(function () {
  "use strict";

  if (window.__stayTunedRead) {
    // Instant navigation runs this file again on each page that links it: the first
    // run's subscription to document$ handles the new page; run again, harmlessly.
    window.__stayTunedRead();
    return;
  }

  var PREFIX = "stay-tuned:read:";
  var script = document.currentScript;
  // The site's root, from this file's own URL (<root>/assets/stay_tuned/series-read.js):
  // two sites on one origin keep their marks apart.
  var root = "/";
  try {
    root = new URL("../../", script && script.src ? script.src : location.href).pathname;
  } catch (error) {
    root = "/";
  }

  function storageKey(element) {
    return PREFIX + root + element.getAttribute("data-st-series");
  }

  /* The part numbers read so far, or null when storage cannot be used. */
  function load(key) {
    try {
      var raw = window.localStorage.getItem(key);
      var list = raw ? JSON.parse(raw) : [];
      if (!Array.isArray(list)) {
        return [];
      }
      return list.filter(function (n) {
        return typeof n === "number" && Math.floor(n) === n;
      });
    } catch (error) {
      return null;
    }
  }

  function save(key, list) {
    try {
      window.localStorage.setItem(key, JSON.stringify(list));
      return true;
    } catch (error) {
      return false;
    }
  }

  function number(element) {
    return parseInt(element.getAttribute("data-st-part"), 10);
  }

  function published(container) {
    return Array.prototype.slice.call(
      container.querySelectorAll("li.st-series-part--published[data-st-part]")
    );
  }

  function mark(container, read) {
    var label = container.getAttribute("data-st-label-read") || "";
    published(container).forEach(function (item) {
      if (
        read.indexOf(number(item)) < 0 ||
        item.classList.contains("st-series-part--read") ||
        item.classList.contains("st-series-part--current")
      ) {
        return;
      }
      item.classList.add("st-series-part--read");
      var mark = document.createElement("span");
      mark.className = "st-series-part__read";
      mark.textContent = label;
      var title = item.querySelector(".st-series-part__title");
      if (title && title.nextSibling) {
        item.insertBefore(mark, title.nextSibling);
      } else {
        item.appendChild(mark);
      }
    });
  }

  function offerContinue(page, read) {
    var parts = published(page);
    var unread = parts.filter(function (item) {
      return read.indexOf(number(item)) < 0;
    });
    if (unread.length === 0 || unread.length === parts.length) {
      return;
    }
    var last = Math.max.apply(null, read);
    var next =
      unread.filter(function (item) {
        return number(item) > last;
      })[0] || unread[0];
    var link = next.querySelector("a.st-series-part__title");
    if (!link || page.querySelector(".st-series-page__continue")) {
      return;
    }
    var paragraph = document.createElement("p");
    paragraph.className = "st-series-page__continue";
    var anchor = document.createElement("a");
    anchor.className = "md-button md-button--primary";
    anchor.href = link.href;
    anchor.textContent = next.getAttribute("data-st-continue") || link.textContent;
    paragraph.appendChild(anchor);
    var list = page.querySelector(".st-series-page__parts");
    list.parentNode.insertBefore(paragraph, list);
  }

  function run() {
    var box = document.querySelector(".st-series-box[data-st-series][data-st-part]");
    if (box) {
      var key = storageKey(box);
      var read = load(key);
      if (read !== null) {
        var part = number(box);
        if (read.indexOf(part) < 0) {
          read.push(part);
          read.sort(function (a, b) {
            return a - b;
          });
          if (!save(key, read)) {
            read = null;
          }
        }
        if (read !== null) {
          mark(box, read);
        }
      }
    }
    var page = document.querySelector(".st-series-page[data-st-series]");
    if (page) {
      var marks = load(storageKey(page));
      if (marks && marks.length) {
        mark(page, marks);
        offerContinue(page, marks);
      }
    }
  }

  window.__stayTunedRead = run;
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () {
      run();
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", run);
  } else {
    run();
  }
})();
