// Keyboard for the review desk: c / x choose a verdict, j / k step through the queue, ? shows the keys.
// Everything here is a shortcut to a link or form that also works without JavaScript.
(function () {
  "use strict";

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  function choose(id) {
    var radio = document.getElementById(id);
    var rationale = document.getElementById("rationale");
    if (!radio || !rationale) return;
    radio.checked = true;
    rationale.focus();
  }

  function follow(id) {
    var link = document.getElementById(id);
    if (link) window.location.href = link.href;
  }

  function toggleHelp() {
    var help = document.getElementById("keys-help");
    if (!help) return;
    if (help.open) help.close(); else help.showModal();
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && typing(event.target) && event.target.form) {
      event.preventDefault();
      event.target.form.requestSubmit();
      return;
    }
    if (typing(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
    switch (event.key) {
      case "c": event.preventDefault(); choose("verdict-corroborated"); break;
      case "x": event.preventDefault(); choose("verdict-contested"); break;
      case "j": follow("queue-next"); break;
      case "k": follow("queue-prev"); break;
      case "?": toggleHelp(); break;
      default: return;
    }
  });

  document.addEventListener("click", function (event) {
    if (event.target && event.target.id === "keys-close") document.getElementById("keys-help").close();
  });

  // htmx posts forms with the CSRF token the form already carries; after a swap, keep focus in the panel.
  document.addEventListener("htmx:afterSwap", function (event) {
    var status = document.querySelector("#review-panel .status-line");
    if (status) status.setAttribute("tabindex", "-1");
    if (status && event.detail.target.id === "review-panel") status.focus();
  });
})();
