// Keyboard shortcuts: on a return's page "a" accepts the suggested reason, "1" and "2" correct it to the
// model's next readings, "r" puts the cursor in the reply (twenty Tab presses down the page) and "n" opens the
// next return; on the queue "n" opens the first. Ignored while typing in a field, so replies and notes can
// contain those keys.
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
    } else if (event.key === "r") {
      var reply = document.getElementById("reply-text");
      if (reply) { event.preventDefault(); reply.focus(); }
    } else if (event.key === "n") {
      var next = document.getElementById("next-return");
      if (next) { event.preventDefault(); window.location.href = next.href; }
    } else {
      var button = document.querySelector('button[data-shortcut="' + event.key.replace(/["\\]/g, "") + '"]');
      if (button) { event.preventDefault(); button.form.submit(); }
    }
  });

  // Sessions end a fixed time after sign-in: the agent is told before, while typing a long reply, rather
  // than on the sign-in page. The time left is the server's, counted here from when the page loaded, so a
  // wrong clock on the agent's machine does not move it.
  var ends = document.getElementById("session-ends");
  if (!ends) return;
  var text = document.getElementById("session-ends-text");
  var extend = document.getElementById("extend-session");
  var deadline = Date.now() + Number(ends.dataset.secondsLeft) * 1000;
  var warnFrom = Number(ends.dataset.warnSeconds) * 1000;
  function tell() {
    var left = deadline - Date.now();
    if (left > warnFrom) { ends.hidden = true; return; }
    var minutes = Math.max(1, Math.ceil(left / 60000));
    text.textContent = left > 0
      ? "Your session ends at " + ends.dataset.endsAt + ", in " + minutes + " minute" + (minutes > 1 ? "s" : "") +
        ": stay signed in, or send what you are typing before then. If it ends first, sending takes you to the " +
        "sign-in page and what you typed comes back once you have signed in again."
      : "Your session has ended: sending takes you to the sign-in page, and what you typed comes back once you " +
        "have signed in again.";
    extend.hidden = left <= 0;
    ends.hidden = false;
  }
  // Posted in the background: a page holding a half-typed reply is not left or reloaded.
  extend.addEventListener("submit", function (event) {
    event.preventDefault();
    var button = extend.querySelector("button");
    button.disabled = true;
    fetch(extend.action, {
      method: "POST", body: new URLSearchParams(new FormData(extend)), credentials: "same-origin", redirect: "manual"
    }).then(function (response) {
      if (response.type === "opaqueredirect") throw new Error("Your session has already ended.");
      // A refusal may be a page, not JSON (a stale-token 403, a 503 in front of the console): its text would
      // read "Unexpected token '<'".
      var json = /^application\/json\b/.test(response.headers.get("Content-Type") || "");
      if (!json) {
        throw new Error(response.ok ? "The session could not be extended." :
          "The session could not be extended (the server answered " + response.status + ").");
      }
      return response.json().then(function (answer) {
        if (!response.ok) throw new Error(answer.error || "The session could not be extended.");
        deadline = Date.now() + answer.seconds_left * 1000;
        ends.dataset.endsAt = answer.ends_at;
        tell();
      });
    }).catch(function (error) {
      text.textContent = error.message + " Send what you are typing now, or copy it.";
      extend.hidden = true;
    }).finally(function () { button.disabled = false; });
  });
  tell();
  window.setInterval(tell, 15000);
  document.addEventListener("visibilitychange", tell);  // a background tab's timers are slowed
})();
