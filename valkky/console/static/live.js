// The Live page updates itself: the server sends the panel again whenever a session
// changes (Server-Sent Events). Focus stays on the control that had it, so a keyboard
// user is not thrown to the top of the page by an update; a screen reader hears a
// robot's two newest turns when they change (a polite live region: the verdict of the
// last answer and the next question), not the whole panel.
(function () {
  "use strict";
  var panel = document.getElementById("live-panel");
  if (!panel || !window.EventSource) { return; }
  var news = document.getElementById("live-news");
  var source = new EventSource(panel.getAttribute("data-stream"));
  function turns() {
    var found = [];
    panel.querySelectorAll("[data-announce]").forEach(function (row) {
      found.push(row.getAttribute("data-announce").replace(/\s+/g, " ").trim());
    });
    return found;
  }
  source.addEventListener("panel", function (event) {
    var focused = document.activeElement && panel.contains(document.activeElement)
      ? document.activeElement.id : null;
    var before = turns();
    panel.innerHTML = event.data;
    var changed = turns().filter(function (line) { return before.indexOf(line) < 0; });
    if (news && changed.length) { news.textContent = changed.reverse().join(". "); }
    if (focused) {
      var again = document.getElementById(focused);
      if (again) { again.focus(); }
    }
  });
}());
