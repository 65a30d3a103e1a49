// A link to a fact's place in the article text ("¶3" beside a quote or a timeline row) points
// into the collapsed article-text block: open the block, bring the marked words into view and
// highlight them. Without this script the links still land on the right paragraph once the
// block is open; nothing on the page depends on it.
(function () {
  function reveal() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (!target) return;
    var block = target.closest("details");
    if (block && !block.open) block.open = true;
    document.querySelectorAll(".src--current").forEach(function (el) { el.classList.remove("src--current"); });
    target.classList.add("src--current");
    target.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", reveal);
  document.addEventListener("DOMContentLoaded", reveal);
})();

// Material's search box is a dialog without a name: name it after its input's placeholder ("Cari",
// "Search"), so screen readers announce what opened.
document.addEventListener("DOMContentLoaded", function () {
  var dialog = document.querySelector(".md-search[role='dialog']");
  var input = document.querySelector(".md-search__input");
  if (dialog && !dialog.hasAttribute("aria-label") && input) {
    dialog.setAttribute("aria-label", input.getAttribute("placeholder") || input.getAttribute("aria-label") || "Search");
  }
});
