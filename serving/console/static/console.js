// Keyboard shortcuts on a return's page: "a" accepts the suggested reason, "n" opens the next
// return. Ignored while typing in a field, so replies and notes can contain those letters.
(function () {
  "use strict";
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
