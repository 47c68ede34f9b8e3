/* The open case's presence poll (_case_panel.html) tells colleagues whether this person is
   writing a reply. The element names the reply box in data-composing-from; the poll then sends
   composing=1 while that box holds text. A static file rather than hx-vals="js:...", which htmx
   would have to eval: the Content-Security-Policy allows no eval and no inline script. */
(function () {
  "use strict";

  document.addEventListener("htmx:configRequest", function (event) {
    var source = event.detail && event.detail.elt;
    var boxId = source && source.dataset && source.dataset.composingFrom;
    if (!boxId) return;
    var box = document.getElementById(boxId);
    event.detail.parameters.set("composing", box && box.value ? "1" : "0");
  });
})();
