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

// Share links: "Copy link" copies the page's address (without JavaScript the address
// stays in its read-only field, ready to select).
for (const button of document.querySelectorAll("[data-copy]")) {
  if (!navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    const field = document.getElementById(button.dataset.copy);
    const status = button.parentElement.querySelector(".share__copied");
    try {
      await navigator.clipboard.writeText(field.value);
      if (status) status.textContent = button.dataset.copied || "Copied";
    } catch {
      field.select();
    }
  });
}
