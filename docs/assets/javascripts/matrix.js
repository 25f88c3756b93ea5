/* Filters of the traceability matrix (docs/traceability.md): by IRM, by tool named, by status and
 * by policy review. Rows carry data-program, data-tools, data-status and data-review
 * (irm_site.render.matrix). The choice is kept in the address (?program=...&tool=...&status=...
 * &review=...) so a filtered view can be shared. Without scripts the form stays hidden and the
 * whole table shows, its "Policy review" column in words. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-irm-filter]");
  var table = document.querySelector("table.irm-matrix");
  if (!form || !table) return;
  var names = ["program", "tool", "status", "review"].filter(function (name) { return form.elements[name]; });
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var count = form.querySelector("[data-irm-count]");

  function matches(row, chosen) {
    return (!chosen.program || row.getAttribute("data-program") === chosen.program) &&
      (!chosen.tool || row.getAttribute("data-tools").split(" ").indexOf(chosen.tool) >= 0) &&
      (!chosen.status || row.getAttribute("data-status") === chosen.status) &&
      (!chosen.review || row.getAttribute("data-review") === chosen.review);
  }

  function apply() {
    var chosen = {};
    var query = new URLSearchParams(window.location.search);
    names.forEach(function (name) {
      chosen[name] = form.elements[name].value;
      if (chosen[name]) query.set(name, chosen[name]); else query.delete(name);
    });
    var shown = 0;
    rows.forEach(function (row) {
      row.hidden = !matches(row, chosen);
      if (!row.hidden) shown += 1;
    });
    count.textContent = shown + " of " + rows.length + " paragraphs shown";
    var search = query.toString();
    try {
      window.history.replaceState(window.history.state, "",
        window.location.pathname + (search ? "?" + search : "") + window.location.hash);
    } catch (error) {
      /* some browsers refuse to change the address of a page opened from a folder: filters still work */
    }
  }

  var given = new URLSearchParams(window.location.search);
  names.forEach(function (name) {
    var select = form.elements[name];
    var value = given.get(name);
    if (value !== null && Array.prototype.some.call(select.options, function (o) { return o.value === value; })) {
      select.value = value;
    }
  });
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
})();

/* Sorting the traceability matrix: each header marked data-sort (paragraph, status, scenarios)
 * becomes a button; pressing it sorts the rows by that key, ascending, then descending on a second
 * press. Rows carry their keys as data-sort-<key> (irm_site.render.matrix); the paragraph key is
 * the manual's order. The header says how the table is sorted (aria-sort) and a status line says
 * it in words. Without scripts the headers stay plain text in the manual's order. */
(function () {
  "use strict";
  var table = document.querySelector("table.irm-matrix");
  if (!table) return;
  var body = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.querySelectorAll("thead th[data-sort]"));
  if (!headers.length) return;
  var said = document.createElement("p");
  said.className = "irm-sort-status";
  said.setAttribute("role", "status");
  said.setAttribute("aria-live", "polite");
  table.parentNode.insertBefore(said, table);

  function sort(key, direction) {
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = Number(a.getAttribute("data-sort-" + key));
      var y = Number(b.getAttribute("data-sort-" + key));
      var order = direction === "descending" ? y - x : x - y;
      return order || Number(a.getAttribute("data-sort-paragraph")) - Number(b.getAttribute("data-sort-paragraph"));
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  headers.forEach(function (header) {
    var key = header.getAttribute("data-sort");
    var label = header.textContent.trim();
    var button = document.createElement("button");
    button.type = "button";
    button.className = "irm-sort";
    button.textContent = label;
    var arrow = document.createElement("span");
    arrow.setAttribute("aria-hidden", "true");
    arrow.className = "irm-sort__arrow";
    button.appendChild(arrow);
    header.textContent = "";
    header.appendChild(button);
    button.addEventListener("click", function () {
      var now = header.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
      headers.forEach(function (other) {
        other.removeAttribute("aria-sort");
        other.querySelector(".irm-sort__arrow").textContent = "";
      });
      header.setAttribute("aria-sort", now);
      arrow.textContent = now === "ascending" ? " ▲" : " ▼";
      sort(key, now);
      said.textContent = "Sorted by " + label.toLowerCase() + ", " + now + ".";
    });
  });
  headers[0].setAttribute("aria-sort", "ascending");
  headers[0].querySelector(".irm-sort__arrow").textContent = " ▲";
})();
