/* "What do I offer next?" (irm_site.assistant): the contact as it stands -> the model's answer.
 *
 * Every answer is the model's, computed by the build for every contact within the bound and shipped in
 * assets/assistant-data.js (window.IRM_ASSISTANT). This script only walks that data: it looks up the
 * node of the contact's events, fills the answer's template with the tools' names and cites each
 * reason's paragraphs as the chosen program cites them (irm_site.assistant.compose_next and
 * compose_review do the same in Python; the tests compare both with `irm next` and `irm review`).
 * No rule of the guidance is written here. Nothing is fetched: the page works from a plain folder. */
(function () {
  "use strict";
  var data = window.IRM_ASSISTANT;
  var form = document.getElementById("irm-assistant");
  if (!data || !form) return;

  var el = function (id) { return document.getElementById(id); };
  var program = el("irm-program"), day = el("irm-date"), requested = el("irm-requested");
  var preference = el("irm-preference"), encouraged = el("irm-encouraged");
  var toolBoxes = Array.prototype.slice.call(form.querySelectorAll("input[name=tool]"));
  var listed = el("irm-listed"), eventsList = el("irm-events"), nextEvent = el("irm-next-event");
  var answer = el("irm-answer"), review = el("irm-review"), record = el("irm-record"), notice = el("irm-notice");
  var chosenTools = [];  // in the order the employee ticked them: the order the model offers them in
  var events = [];  // in order: {kind: "o"|"a"|"h"|"x"|"d", channel: a tool's name, postal mail or null, answer: "A"...}

  function party() { return form.elements.party.value; }
  function exempt() { return requested.value === "return-not-acceptable"; }

  function names() {
    var filled = {};
    chosenTools.forEach(function (name, i) { filled[String(i + 1)] = name; });
    var preferred = preference.value;
    if (preferred && chosenTools.indexOf(preferred) < 0) filled.P = preferred;
    return filled;
  }

  function preferenceSlot() {
    var preferred = preference.value;
    if (!preferred) return "";
    var at = chosenTools.indexOf(preferred);
    return at < 0 ? "P" : String(at + 1);
  }

  function configKey() {
    return [chosenTools.length, preferenceSlot(), party(), exempt() ? 1 : 0, encouraged.checked ? 1 : 0].join("|");
  }

  function children(node) {
    var found = {};
    data.nodes[node][2].split(" ").forEach(function (pair) {
      if (!pair) return;
      var at = pair.indexOf(":");
      found[pair.slice(0, at)] = Number(pair.slice(at + 1));
    });
    return found;
  }

  /* An event as the data's symbol under the tools listed now ("o1", "a1C", "h0", "x", "d", "oM"); null if its
   * tool is no longer listed. */
  function symbolOf(event) {
    var slot = "";
    if (event.channel === data.postal) slot = "M";
    else if (event.channel === null) slot = event.kind === "h" ? "0" : "";
    else if (chosenTools.indexOf(event.channel) < 0) return null;
    else slot = String(chosenTools.indexOf(event.channel) + 1);
    return event.kind + slot + (event.kind === "a" ? event.answer : "");
  }

  function eventOf(symbol, filled) {
    var kind = symbol.charAt(0), rest = symbol.slice(1);
    var channel = null;
    if (kind === "o" || kind === "a") channel = channelName(rest.charAt(0), filled);
    if (kind === "h" && rest !== "0") channel = filled[rest];
    return { kind: kind, channel: channel, answer: kind === "a" ? rest.charAt(1) : null };
  }

  /* How many of the events the data follows under the facts given now, and the node reached. */
  function follow() {
    if (chosenTools.length > data.bound.tools) return { kept: events.length, node: null };
    var node = data.roots[configKey()];
    var kept = 0;
    while (kept < events.length) {
      var symbol = symbolOf(events[kept]);
      var child = symbol === null ? undefined : children(node)[symbol];
      if (child === undefined) break;
      node = child;
      kept += 1;
    }
    return { kept: kept, node: node };
  }

  /* The node of the contact's events, or null when the contact goes beyond the bound. */
  function walk() {
    var reached = follow();
    return reached.kept < events.length ? null : reached.node;
  }

  function fill(text, filled) {
    return text.replace(/\{(\d|P)\}/g, function (whole, slot) { return filled[slot] !== undefined ? filled[slot] : whole; });
  }

  function channelName(symbol, filled) { return symbol === "M" ? data.postal : filled[symbol]; }

  function who() { return party() === "taxpayer" ? "taxpayer" : "representative"; }

  function eventLabel(event) {
    if (event.kind === "o") return "Offered " + event.channel;
    if (event.kind === "a") {
      return "The " + who() + " answered the offer of " + event.channel + ": " + data.answers_named[event.answer];
    }
    if (event.kind === "h") return "The " + who() + " asked for help with " + (event.channel || "the digital tools");
    if (event.kind === "x") return "Explained how to use the digital tools";
    return "Documented the " + who() + "'s choice";
  }

  function recordEvent(event) {
    if (event.kind === "o") return { event: "offered", channel: event.channel };
    if (event.kind === "a") return { event: "answered", channel: event.channel, answer: data.answers_named[event.answer] };
    if (event.kind === "h") return event.channel === null ? { event: "help asked" } : { event: "help asked", tool: event.channel };
    if (event.kind === "x") return { event: "help explained" };
    return { event: "choice documented" };
  }

  /* The contact record in the format `irm next` reads (docs: Contact records). */
  function contactRecord() {
    var chosen = data.programs[Number(program.value)];
    var recorded = events.map(recordEvent);
    if (encouraged.checked) {
      var first = events.findIndex(function (event) { return event.kind === "o"; });
      recorded.splice(first + 1, 0, { event: "encouraged" });
    }
    var contact = { format_version: 1, program: chosen.id, date: day.value, party: party(), tools_available: chosenTools.slice() };
    if (preference.value) contact.preference = preference.value;
    contact.requested = requested.value === "information" ? { what: "information" } :
      { what: "tax return", digital_means_acceptable: !exempt() };
    contact.events = recorded;
    return contact;
  }

  function link(paragraph) {
    var href = data.links[paragraph];
    var a = document.createElement(href ? "a" : "span");
    if (href) a.href = href;
    a.textContent = paragraph;
    return a;
  }

  /* "IRM 5.19.1.2(13) "must offer"; SBSE-05-0126-0020(1) "are required to offer"": once each, paragraphs as links. */
  function appendCites(parent, citations) {
    var seen = {};
    var first = true;
    citations.forEach(function (citation) {
      var key = citation[0] + "\u0000" + (citation[1] || "");
      if (seen[key]) return;
      seen[key] = true;
      if (!first) parent.appendChild(document.createTextNode("; "));
      first = false;
      parent.appendChild(link(citation[0]));
      if (citation[1]) parent.appendChild(document.createTextNode(" \"" + citation[1] + "\""));
    });
  }

  function para(className, text) {
    var p = document.createElement("p");
    if (className) p.className = className;
    if (text !== undefined) p.textContent = text;
    return p;
  }

  function reasonItem(code, text, citation) {
    var li = document.createElement("li");
    li.setAttribute("data-code", code);
    li.appendChild(document.createTextNode(text + " ("));
    appendCites(li, [citation]);
    li.appendChild(document.createTextNode(")"));
    return li;
  }

  function showNext(node, filled, cites) {
    var shown = data.answers[data.nodes[node][0]];
    var step = para("irm-step");
    step.setAttribute("data-irm-step", "");
    var strong = document.createElement("strong");
    strong.textContent = "Next: " + fill(shown.instruction, filled);
    step.appendChild(strong);
    step.appendChild(document.createTextNode(" ("));
    appendCites(step, cites[shown.cites]);
    step.appendChild(document.createTextNode(")."));
    answer.appendChild(step);
    var documented = para("irm-document", fill(shown.document, filled));
    documented.setAttribute("data-irm-document", "");
    answer.appendChild(documented);
    answer.appendChild(para("", "Because:"));
    var list = document.createElement("ul");
    list.setAttribute("data-irm-reasons", "");
    shown.reasons.forEach(function (group) {
      cites[group[0]].forEach(function (citation) { list.appendChild(reasonItem(group[0], fill(group[1], filled), citation)); });
    });
    answer.appendChild(list);
  }

  function showReview(node, filled, chosen) {
    var findings = data.answers[data.nodes[node][1]].filter(function (found) { return chosen.cites[found[0]].length; });
    if (!findings.length) {
      review.appendChild(para("", "The contact meets the guidance: a work review would find nothing."));
      return;
    }
    var list = document.createElement("ul");
    list.setAttribute("data-irm-findings", "");
    findings.forEach(function (found) {
      var li = document.createElement("li");
      li.setAttribute("data-code", found[0]);
      var severity = chosen.severity[found[0]];
      var label = document.createElement("strong");
      label.textContent = (severity === "violation" ? "Violation" : severity === "deviation" ? "Deviation" : "Finding") + ": ";
      li.setAttribute("data-severity", severity || "");
      li.appendChild(label);
      li.appendChild(document.createTextNode(fill(found[1], filled) + " ("));
      appendCites(li, chosen.cites[found[0]]);
      li.appendChild(document.createTextNode(")"));
      list.appendChild(li);
    });
    review.appendChild(list);
  }

  function beyond(text) {
    var p = para("irm-beyond", text + " Run ");
    var code = document.createElement("code");
    code.textContent = "irm next contact.jsonl";
    p.appendChild(code);
    p.appendChild(document.createTextNode(" on the record below: it answers any contact, from the same model."));
    p.setAttribute("data-irm-beyond", "");
    return p;
  }

  function refresh() {
    var filled = names();
    var chosen = data.programs[Number(program.value)];
    listed.textContent = chosenTools.length ? "Listed in this order: " + chosenTools.join(", ") + "." :
      "No digital tool is available and appropriate.";
    var node = walk();
    var line = JSON.stringify(contactRecord());
    record.textContent = line;
    eventsList.innerHTML = "";
    events.forEach(function (event) {
      var li = document.createElement("li");
      li.textContent = eventLabel(event);
      eventsList.appendChild(li);
    });
    if (encouraged.checked) {
      var li = document.createElement("li");
      li.textContent = "Encouraged the " + who() + " to use the digital tools (anywhere in the contact)";
      eventsList.appendChild(li);
    }
    el("irm-remove").disabled = events.length === 0;
    nextEvent.innerHTML = "";
    var moves = node === null ? {} : children(node);
    Object.keys(moves).forEach(function (symbol) {
      var option = document.createElement("option");
      option.value = symbol;
      option.textContent = eventLabel(eventOf(symbol, filled));
      nextEvent.appendChild(option);
    });
    var none = Object.keys(moves).length === 0;
    nextEvent.disabled = none;
    el("irm-add").disabled = none;
    answer.innerHTML = "";
    review.innerHTML = "";
    if (!day.value) {
      answer.appendChild(para("", "Give the day of the contact."));
      return;
    }
    if (day.value < data.days.first || day.value > data.days.last) {
      var outside = fill(day.value < data.days.first ? data.days.before : data.days.after, {}).replace("{date}", day.value);
      var told = para("irm-step", outside);
      told.setAttribute("data-irm-step", "");
      answer.appendChild(told);
      review.appendChild(para("", outside));
      return;
    }
    if (node === null) {
      var why = chosenTools.length > data.bound.tools ?
        "This contact lists more than " + data.bound.tools + " tools available and appropriate: more than this page was checked for." :
        "This contact goes beyond what this page was checked for.";
      answer.appendChild(beyond(why));
      return;
    }
    showNext(node, filled, chosen.cites);
    showReview(node, filled, chosen);
    if (none) {
      answer.appendChild(para("irm-limit", "This page adds up to " + data.bound.events + " events besides " +
        "encouraging, each channel offered and answered once: to go on, run irm next on the record below."));
    }
  }

  /* Re-walk the events under the new facts; drop those the data cannot follow, and say so. */
  function facts() {
    var reached = follow();
    if (reached.node !== null && reached.kept < events.length) {
      notice.textContent = "Removed " + (events.length - reached.kept) + " event(s) that no longer fit the facts given.";
      events = events.slice(0, reached.kept);
    }
    refresh();
  }

  toolBoxes.forEach(function (box) {
    box.addEventListener("change", function () {
      chosenTools = chosenTools.filter(function (name) { return name !== box.value; });
      if (box.checked) chosenTools.push(box.value);
      facts();
    });
  });
  [program, day, requested, preference, encouraged].forEach(function (control) { control.addEventListener("change", facts); });
  Array.prototype.forEach.call(form.elements.party, function (radio) { radio.addEventListener("change", facts); });
  el("irm-add").addEventListener("click", function () {
    if (!nextEvent.value) return;
    events.push(eventOf(nextEvent.value, names()));
    notice.textContent = "";
    refresh();
    nextEvent.focus();
  });
  el("irm-remove").addEventListener("click", function () {
    events.pop();
    notice.textContent = "";
    refresh();
  });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () {
    window.setTimeout(function () {
      chosenTools = [];
      events = [];
      notice.textContent = "";
      day.value = today();
      refresh();
    }, 0);
  });

  function today() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  day.value = today();
  form.hidden = false;
  el("irm-assistant-noscript").hidden = true;
  refresh();
})();
