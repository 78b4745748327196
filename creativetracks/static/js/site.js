// Progressive enhancement only: every page works without this file.
// Controls needed only without JavaScript (like "Apply filters") hide once it runs.
document.documentElement.classList.add("js");

document.addEventListener("keydown", (event) => {
  // Escape closes an open menu and returns focus to its toggle.
  if (event.key !== "Escape") return;
  for (const menu of document.querySelectorAll("details.menu[open]")) {
    menu.open = false;
    menu.querySelector("summary")?.focus();
  }
});
