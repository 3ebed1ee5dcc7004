/* verify provenance report: claim filters (corpus page) and number popovers (document pages).
   Inlined into every page; the page's CSP allows this script by hash and nothing else.
   Works from file://: no fetch, no storage, only the DOM of the page. */
(function () {
  "use strict";

  /* --- filters over the claim groups' data attributes -------------------------------- */
  var table = document.getElementById("claims-table");
  var form = document.getElementById("filters");
  if (table && form) {
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var parsed = rows.map(function (row) {
      return {
        row: row,
        status: row.getAttribute("data-status"),
        sources: JSON.parse(row.getAttribute("data-sources") || "[]"),
        reviews: JSON.parse(row.getAttribute("data-reviews") || "[]")
      };
    });
    var byStatus = document.getElementById("filter-status");
    var bySource = document.getElementById("filter-source");
    var byReview = document.getElementById("filter-review");
    var count = document.getElementById("filter-count");
    var state = document.getElementById("filter-state");
    var empty = document.getElementById("filter-empty");
    var chips = document.querySelectorAll("[data-set-status]");

    var apply = function () {
      var status = byStatus.value, source = bySource.value, review = byReview ? byReview.value : "";
      var shown = 0;
      parsed.forEach(function (item) {
        var keep = (!status || item.status === status) &&
                   (!source || item.sources.indexOf(source) >= 0) &&
                   (!review || item.reviews.indexOf(review) >= 0);
        item.row.hidden = !keep;
        if (keep) { shown += 1; }
      });
      count.textContent = shown === parsed.length ?
        parsed.length + " claim group" + (parsed.length === 1 ? "" : "s") :
        shown + " of " + parsed.length + " claim groups";
      var active = [];
      if (status) { active.push("status " + status); }
      if (source) { active.push("source " + bySource.options[bySource.selectedIndex].text); }
      if (review) { active.push("review " + review); }
      state.textContent = active.length ? "Showing " + count.textContent + " with " + active.join(", ") + "." : "";
      state.hidden = !active.length;
      if (empty) { empty.hidden = shown !== 0; }
      Array.prototype.forEach.call(chips, function (chip) {
        chip.setAttribute("aria-pressed", String(chip.getAttribute("data-set-status") === status));
      });
    };
    var choose = function (select, value) {
      select.value = select.value === value ? "" : value;
      apply();
      document.getElementById("claims").scrollIntoView();
    };
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    Array.prototype.forEach.call(chips, function (chip) {
      chip.addEventListener("click", function () { choose(byStatus, chip.getAttribute("data-set-status")); });
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-set-source]"), function (button) {
      button.addEventListener("click", function () {
        bySource.value = "";
        choose(bySource, button.getAttribute("data-set-source"));
      });
    });
    window.addEventListener("pageshow", apply);  /* the browser may restore the selects on Back */
    apply();
  }

  /* --- popovers: a number's <template> cloned into #popover on hover or focus --------- */
  var popover = document.getElementById("popover");
  var current = null, hideTimer = null;

  var place = function (target) {
    var box = target.getBoundingClientRect();
    popover.style.left = "0px";
    popover.style.top = "0px";
    var width = popover.offsetWidth, height = popover.offsetHeight;
    var left = Math.min(Math.max(8, box.left), document.documentElement.clientWidth - width - 8);
    var top = box.bottom + 6;
    if (top + height > window.innerHeight && box.top - height - 6 > 0) { top = box.top - height - 6; }
    popover.style.left = (left + window.scrollX) + "px";
    popover.style.top = (top + window.scrollY) + "px";
  };
  var show = function (target) {
    var template = document.getElementById(target.getAttribute("data-tip") || "");
    if (!template || !popover) { return; }
    window.clearTimeout(hideTimer);
    if (current === target && !popover.hidden) { return; }
    if (current) { current.removeAttribute("aria-describedby"); }
    popover.replaceChildren(template.content.cloneNode(true));
    popover.hidden = false;
    current = target;
    target.setAttribute("aria-describedby", "popover");
    place(target);
  };
  var hide = function () {
    window.clearTimeout(hideTimer);
    if (current) { current.removeAttribute("aria-describedby"); }
    current = null;
    if (popover) { popover.hidden = true; popover.replaceChildren(); }
  };
  var hideSoon = function () {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 250);
  };
  var numberOf = function (node) {
    return node && node.closest ? node.closest("mark.num[data-tip]") : null;
  };
  if (popover && document.querySelector("mark.num[data-tip]")) {
    document.addEventListener("focusin", function (event) {
      var target = numberOf(event.target);
      if (target) { show(target); } else if (!popover.contains(event.target)) { hide(); }
    });
    document.addEventListener("mouseover", function (event) {
      var target = numberOf(event.target);
      if (target) { show(target); } else if (popover.contains(event.target)) { window.clearTimeout(hideTimer); }
    });
    document.addEventListener("mouseout", function (event) {
      if (numberOf(event.target) || popover.contains(event.target)) { hideSoon(); }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && current) {
        var target = current;
        hide();
        target.focus();
      }
    });
    window.addEventListener("resize", function () { if (current) { place(current); } });
  }

  /* --- printing: open every "why" so the paper shows it ------------------------------ */
  var closed = [];
  window.addEventListener("beforeprint", function () {
    hide();
    closed = Array.prototype.filter.call(document.querySelectorAll("details"), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () {
    closed.forEach(function (d) { d.open = false; });
    closed = [];
  });
})();
