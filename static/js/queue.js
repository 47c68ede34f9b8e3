/* The queue's keyboard shortcuts, row selection and bulk bar. No framework: htmx does the
   fetching; this file only moves focus, ticks boxes and shows or hides things.

   The case pane (CASE's fragment) may mark its controls with data-shortcut="reply", "assign",
   "route" or "close"; the shortcuts r, a, t and e use those, with a few plain fallbacks. */
(function () {
  "use strict";

  var FALLBACKS = {
    reply: ["#reply-text", 'textarea[name="reply-text"]'],
    assign: ['select[name="assign-assignee"]', 'select[name$="assignee"]'],
    route: ['select[name="route-department"]', 'select[name$="department"]'],
    close: ['button[data-action="close"]'],
  };

  function rows() {
    // Rows folded under their incident are skipped until it is unfolded.
    return Array.prototype.slice.call(
      document.querySelectorAll("#queue-rows > li.case-row:not([hidden])")
    );
  }

  // An incident's row shows or hides its cases on this page.
  document.addEventListener("click", function (event) {
    var toggle = event.target.closest ? event.target.closest("#queue-rows .fold-toggle") : null;
    if (!toggle) return;
    var open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
    toggle.textContent = open ? toggle.dataset.hide : toggle.dataset.show;
    document
      .querySelectorAll('#queue-rows > li.case-row[data-incident="' + toggle.dataset.incident + '"]')
      .forEach(function (row) {
        row.hidden = !open;
      });
  });

  function currentRow() {
    return document.querySelector("#queue-rows > li.case-row.is-current");
  }

  var currentId = null;

  function setCurrent(row, focus) {
    if (row) currentId = row.dataset.caseId;
    rows().forEach(function (r) {
      r.classList.toggle("is-current", r === row);
    });
    if (!row) return;
    var link = row.querySelector(".row-text");
    if (focus && link) link.focus({ preventScroll: true });
    row.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    var all = rows();
    if (!all.length) return;
    var index = all.indexOf(currentRow());
    var next = index < 0 ? 0 : Math.min(Math.max(index + step, 0), all.length - 1);
    setCurrent(all[next], true);
  }

  function openRow(row) {
    if (!row) return;
    var link = row.querySelector(".row-text");
    if (link) link.click();
  }

  function selected() {
    return Array.prototype.slice.call(
      document.querySelectorAll('#queue-rows input.select[name="case"]:checked')
    );
  }

  function updateBulkBar() {
    var bar = document.getElementById("bulk-bar");
    if (!bar) return;
    var count = selected().length;
    bar.hidden = count === 0;
    var label = document.getElementById("bulk-count");
    if (label) {
      var template = count === 1 ? bar.dataset.one : bar.dataset.many;
      label.textContent = (template || "{n}").replace("{n}", String(count));
    }
    rows().forEach(function (row) {
      var box = row.querySelector("input.select");
      row.classList.toggle("is-selected", !!(box && box.checked));
    });
  }

  function toggleSelection(row) {
    var box = row && row.querySelector("input.select");
    if (!box) return;
    box.checked = !box.checked;
    updateBulkBar();
  }

  function inCasePane(name) {
    var pane = document.getElementById("case-pane");
    if (!pane) return null;
    var marked = pane.querySelector('[data-shortcut="' + name + '"]');
    if (marked) return marked;
    var selectors = FALLBACKS[name] || [];
    for (var i = 0; i < selectors.length; i++) {
      var found = pane.querySelector(selectors[i]);
      if (found) return found;
    }
    return null;
  }

  function activate(element) {
    if (!element) return false;
    var tag = element.tagName;
    if (tag === "BUTTON" || tag === "A" || tag === "SUMMARY") {
      element.click();
    }
    element.focus();
    return true;
  }

  /* r, a, t, e act on the ticked rows when there are any (the bulk bar), else on the case
     beside the list, opening the current row's case first when it is not open yet. */
  function caseAction(name) {
    var bar = document.getElementById("bulk-bar");
    if (selected().length && bar && name !== "reply") {
      var target = {
        assign: "#id_bulk_assignee",
        route: "#id_bulk_department",
        close: 'button[value="close"]',
      }[name];
      var control = bar.querySelector(target);
      if (control) control.focus();
      return;
    }
    var row = currentRow();
    var pane = document.getElementById("case-pane");
    var openId = pane && pane.dataset.openCase;
    if (row && openId !== row.dataset.caseId) {
      pending = name;
      openRow(row);
      return;
    }
    activate(inCasePane(name));
  }

  var pending = null;

  /* The help is a modal dialog: while it is open Tab cycles inside it, and closing it (Escape,
     ?, its button or a click outside) puts the focus back where it was. */
  var helpReturnFocus = null;

  function toggleHelp(show) {
    var help = document.getElementById("shortcut-help");
    if (!help) return;
    var visible = show === undefined ? help.hidden : show;
    if (visible === !help.hidden) return;
    if (visible) {
      helpReturnFocus = document.activeElement;
      help.hidden = false;
      var close = help.querySelector("[data-close-help]");
      if (close) close.focus();
      return;
    }
    help.hidden = true;
    var back = helpReturnFocus;
    helpReturnFocus = null;
    if (back && back !== document.body && document.contains(back)) {
      back.focus({ preventScroll: true });
    } else {
      // What had the focus was redrawn meanwhile: fall back to the current row.
      var row = currentRow();
      var link = row && row.querySelector(".row-text");
      if (link) link.focus({ preventScroll: true });
    }
  }

  function focusables(container) {
    return Array.prototype.slice
      .call(
        container.querySelectorAll(
          'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), ' +
            'textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])'
        )
      )
      .filter(function (element) {
        return !element.hidden && element.getClientRects().length > 0;
      });
  }

  function trapTab(event, help) {
    var inside = focusables(help);
    if (!inside.length) {
      event.preventDefault();
      return;
    }
    var first = inside[0];
    var last = inside[inside.length - 1];
    var active = document.activeElement;
    if (!help.contains(active)) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    } else if (event.shiftKey && active === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first.focus();
    }
  }

  function isTyping(target) {
    if (!target) return false;
    var tag = target.tagName;
    if (tag === "INPUT") {
      // A ticked row's checkbox keeps the focus; the shortcuts must still work there.
      return !/^(checkbox|radio|button|submit|reset)$/.test(target.type);
    }
    return target.isContentEditable || tag === "TEXTAREA" || tag === "SELECT";
  }

  document.addEventListener("keydown", function (event) {
    var help = document.getElementById("shortcut-help");
    if (event.key === "Tab" && help && !help.hidden) {
      trapTab(event, help);
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape") {
      if (help && !help.hidden) {
        toggleHelp(false);
        event.preventDefault();
      } else if (isTyping(event.target)) {
        event.target.blur();
      }
      return;
    }
    if (isTyping(event.target)) return;
    if (!document.getElementById("queue-rows")) return;
    // While the help is open only ? (and Escape, above) do anything.
    if (help && !help.hidden && event.key !== "?") return;
    var handled = true;
    switch (event.key) {
      case "j":
        move(1);
        break;
      case "k":
        move(-1);
        break;
      case "Enter":
        // On a link or button Enter already does what it says.
        if (event.target.closest("a, button, summary")) return;
        // On a row's checkbox Enter would submit the bulk form: open the row instead.
        var own = event.target.closest && event.target.closest("li.case-row");
        if (own) setCurrent(own, false);
        openRow(currentRow());
        break;
      case "x":
        toggleSelection(currentRow());
        break;
      case "r":
        caseAction("reply");
        break;
      case "a":
        caseAction("assign");
        break;
      case "t":
        caseAction("route");
        break;
      case "e":
        caseAction("close");
        break;
      case "/":
        var search = document.getElementById("id_q");
        if (search) {
          search.focus();
          search.select();
        }
        break;
      case "?":
        toggleHelp();
        break;
      default:
        handled = false;
    }
    if (handled) event.preventDefault();
  });

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target.closest("[data-close-help]")) {
      toggleHelp(false);
      return;
    }
    if (target.closest("[data-clear-selection]")) {
      selected().forEach(function (box) {
        box.checked = false;
      });
      updateBulkBar();
      return;
    }
    var help = document.getElementById("shortcut-help");
    if (help && !help.hidden && target === help) toggleHelp(false);
    var inRow = target.closest("#queue-rows li.case-row");
    if (inRow) setCurrent(inRow, false);
  });

  document.addEventListener("change", function (event) {
    if (event.target.matches && event.target.matches("#queue-rows input.select")) {
      updateBulkBar();
    }
  });

  /* Under 900 px the panes are one column (app.css) and there is no room beside the list: a case
     opens as its own page instead, which has "Back to the queue" and works with the phone's back
     button. The link's href is that page. */
  var ONE_COLUMN = window.matchMedia("(max-width: 900px)");

  document.body.addEventListener("htmx:beforeRequest", function (event) {
    var detail = event.detail || {};
    var link = detail.elt;
    if (!ONE_COLUMN.matches || !detail.target || detail.target.id !== "case-pane") return;
    if (!link || !link.getAttribute || !link.getAttribute("href")) return;
    event.preventDefault();
    window.location.assign(link.getAttribute("href"));
  });

  // A case opened beside the list: remember which, mark its row, run a waiting shortcut.
  document.body.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail && event.detail.target;
    if (!target) return;
    if (target.id === "case-pane") {
      var source = event.detail.requestConfig && event.detail.requestConfig.elt;
      var row = source && source.closest && source.closest("li.case-row");
      target.dataset.openCase = row ? row.dataset.caseId : "";
      rows().forEach(function (r) {
        r.classList.toggle("is-open", r === row);
      });
      if (pending) {
        var name = pending;
        pending = null;
        activate(inCasePane(name));
      }
    }
    // The list was redrawn (a filter, a bulk action, a change in the case): keep the place.
    if (target.id === "queue-results" && currentId && !currentRow()) {
      var again = document.getElementById("case-row-" + currentId);
      var lostFocus = document.activeElement === document.body || !document.activeElement;
      if (again) setCurrent(again, lostFocus);
      var openId = document.getElementById("case-pane").dataset.openCase;
      var open = openId && document.getElementById("case-row-" + openId);
      if (open) open.classList.add("is-open");
    }
    updateBulkBar();
  });

  // Focus that leaves the open help some other way (a screen reader's virtual cursor, a
  // programmatic focus from an htmx swap) is brought back into it.
  document.addEventListener("focusin", function (event) {
    var help = document.getElementById("shortcut-help");
    if (!help || help.hidden || help.contains(event.target)) return;
    var inside = focusables(help);
    if (inside.length) inside[0].focus();
  });

  document.addEventListener("DOMContentLoaded", updateBulkBar);
})();
