/* factcheck: optional filter of timeline events by speaker and article.
 * The timeline is a plain list that works without JavaScript; this only hides entries.
 * Values are read from data attributes and set with textContent (never innerHTML). */
(function () {
  "use strict";

  function options(events, read) {
    var seen = new Map();
    events.forEach(function (event) {
      read(event).forEach(function (pair) {
        if (pair[0] && !seen.has(pair[0])) seen.set(pair[0], pair[1]);
      });
    });
    return Array.from(seen.entries()).sort(function (a, b) {
      return a[1].localeCompare(b[1]);
    });
  }

  function select(id, label, entries) {
    var wrapper = document.createElement("label");
    wrapper.htmlFor = id;
    wrapper.textContent = label + " ";
    var box = document.createElement("select");
    box.id = id;
    var all = document.createElement("option");
    all.value = "";
    all.textContent = "All";
    box.appendChild(all);
    entries.forEach(function (entry) {
      var option = document.createElement("option");
      option.value = entry[0];
      option.textContent = entry[1];
      box.appendChild(option);
    });
    wrapper.appendChild(box);
    return { label: wrapper, box: box };
  }

  // [[id, title], ...]: every article that tells the event (one entry for an event that
  // several articles tell); a page built before data-articles has data-article only.
  function articlesOf(event) {
    try {
      var pairs = JSON.parse(event.dataset.articles || "[]");
      if (Array.isArray(pairs) && pairs.length) return pairs;
    } catch (error) { /* fall back to the first article */ }
    return [[event.dataset.article, event.dataset.articleTitle || event.dataset.article]];
  }

  function speakersOf(event) {
    var names = event.dataset.speakers || "";
    return names ? names.split("|") : [];
  }

  function setUp(container) {
    var events = Array.from(document.querySelectorAll("li.fc-event"));
    if (!events.length) return;
    var speaker = select("fc-filter-speaker", "Speaker or participant", options(events, function (e) {
      return speakersOf(e).map(function (name) { return [name, name]; });
    }));
    var article = select("fc-filter-article", "Article", options(events, articlesOf));
    var status = document.createElement("p");
    status.setAttribute("role", "status");
    function apply() {
      var shown = 0;
      events.forEach(function (event) {
        var ok = (!speaker.box.value || speakersOf(event).indexOf(speaker.box.value) >= 0) &&
          (!article.box.value || articlesOf(event).some(function (pair) {
            return pair[0] === article.box.value;
          }));
        event.hidden = !ok;
        if (ok) shown += 1;
      });
      status.textContent = shown + " of " + events.length + " events shown";
    }
    speaker.box.addEventListener("change", apply);
    article.box.addEventListener("change", apply);
    container.append(speaker.label, article.label, status);
    container.hidden = false;
    apply();
  }

  function init() {
    document.querySelectorAll("[data-fc-filter]:not([data-fc-ready])").forEach(function (el) {
      el.setAttribute("data-fc-ready", "");
      setUp(el);
    });
  }

  // With Material's instant navigation pages are swapped without a reload: document$ emits
  // on every page. Without it, run once when the document is ready.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
