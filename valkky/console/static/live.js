// The Live page updates itself: the server sends the panel again whenever a session
// changes (Server-Sent Events). Focus stays on the control that had it, so a keyboard
// user is not thrown to the top of the page by an update.
(function () {
  "use strict";
  var panel = document.getElementById("live-panel");
  if (!panel || !window.EventSource) { return; }
  var source = new EventSource(panel.getAttribute("data-stream"));
  source.addEventListener("panel", function (event) {
    var focused = document.activeElement && panel.contains(document.activeElement)
      ? document.activeElement.id : null;
    panel.innerHTML = event.data;
    if (focused) {
      var again = document.getElementById(focused);
      if (again) { again.focus(); }
    }
  });
}());
