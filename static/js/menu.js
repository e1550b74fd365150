/* The small-screen menu (templates/components/navigation/header.html).
   Without JavaScript the panel is a plain list under the lockup; with it, a
   Menu button opens and closes the panel. Wide screens show the panel
   whatever the button says (static/css/main.css). */
(function () {
    "use strict";
    var header = document.querySelector("[data-menu]");
    var button = header && header.querySelector("[data-menu-button]");
    var panel = button && document.getElementById(button.getAttribute("aria-controls"));
    if (!panel) {
        return;
    }

    function setOpen(open) {
        button.setAttribute("aria-expanded", open ? "true" : "false");
        header.classList.toggle("site-header--open", open);
    }

    header.classList.add("site-header--enhanced");
    button.hidden = false;
    setOpen(false);
    button.addEventListener("click", function () {
        setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    header.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
            setOpen(false);
            button.focus();
        }
    });
})();
