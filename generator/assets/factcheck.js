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

  // A year or month (a heading and what follows it, up to the next heading of its level or
  // higher) with no event left shown is hidden, and so is its entry in the table of contents:
  // a timeline of hundreds of events filtered to one speaker is not a page of empty months.
  function hideEmptySections(container) {
    var stack = [], sections = [];
    for (var el = container.nextElementSibling; el; el = el.nextElementSibling) {
      var heading = /^H([1-6])$/.exec(el.tagName);
      if (heading) {
        var level = Number(heading[1]);
        while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
        var section = { level: level, elements: [el], shown: false };
        stack.push(section);
        sections.push(section);
      } else if (stack.length) {
        stack[stack.length - 1].elements.push(el);
        if (el.matches(".fc-timeline") && el.querySelector("li.fc-event:not([hidden])")) {
          stack.forEach(function (open) { open.shown = true; });
        }
      }
    }
    sections.forEach(function (section) {
      section.elements.forEach(function (el) { el.hidden = !section.shown; });
      var id = section.elements[0].id;
      if (!id) return;
      document.querySelectorAll('.md-nav--secondary a[href="#' + CSS.escape(id) + '"]')
        .forEach(function (link) { link.parentElement.hidden = !section.shown; });
    });
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
      hideEmptySections(container);
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
