// Keyboard shortcuts: on a return's page "a" accepts the suggested reason and "n" opens the next
// return; on the queue "n" opens the first. Ignored while typing in a field, so replies and notes can
// contain those letters.
(function () {
  "use strict";
  // A form shown again in answer to a POST (stale token, or kept through a sign-in): the address bar gets
  // the page's own address, so a reload opens the page instead of posting the form (or the sign-in) again.
  var stale = document.getElementById("stale-form");
  if (stale && stale.dataset.pageUrl) window.history.replaceState(null, "", stale.dataset.pageUrl);
  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (event.key === "a") {
      var accept = document.getElementById("accept-form");
      if (accept) { event.preventDefault(); accept.submit(); }
    } else if (event.key === "n") {
      var next = document.getElementById("next-return");
      if (next) { event.preventDefault(); window.location.href = next.href; }
    }
  });
})();
