/* Filters of the traceability matrix (docs/traceability.md): by IRM, by tool named and by status.
 * Rows carry data-program, data-tools and data-status (irm_site.render.matrix). The choice is kept
 * in the address (?program=...&tool=...&status=...) so a filtered view can be shared. Without
 * scripts the form stays hidden and the whole table shows. */
(function () {
  "use strict";
  var form = document.querySelector("form[data-irm-filter]");
  var table = document.querySelector("table.irm-matrix");
  if (!form || !table) return;
  var names = ["program", "tool", "status"];
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var count = form.querySelector("[data-irm-count]");

  function matches(row, chosen) {
    return (!chosen.program || row.getAttribute("data-program") === chosen.program) &&
      (!chosen.tool || row.getAttribute("data-tools").split(" ").indexOf(chosen.tool) >= 0) &&
      (!chosen.status || row.getAttribute("data-status") === chosen.status);
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
