// Progressive enhancement only: every page works without this file.
document.addEventListener("keydown", (event) => {
  // Escape closes an open menu and returns focus to its toggle.
  if (event.key !== "Escape") return;
  for (const menu of document.querySelectorAll("details.menu[open]")) {
    menu.open = false;
    menu.querySelector("summary")?.focus();
  }
});
