// Video facade (components/blocks/video_block.html): nothing is requested
// from the video host until the visitor presses play; then the player
// replaces the button, from the privacy-enhanced domains the CSP allows.
(function () {
    "use strict";
    var PLAYERS = {
        youtube: { pattern: /^[A-Za-z0-9_-]{11}$/, url: "https://www.youtube-nocookie.com/embed/{id}?autoplay=1&rel=0" },
        vimeo: { pattern: /^[0-9]{6,12}$/, url: "https://player.vimeo.com/video/{id}?autoplay=1&dnt=1" }
    };

    function play(button) {
        var player = button.closest("[data-video-provider]");
        var config = player && PLAYERS[player.dataset.videoProvider];
        var id = player && player.dataset.videoId;
        if (!config || !config.pattern.test(id)) {
            return;
        }
        var frame = document.createElement("iframe");
        frame.className = "video-block__frame";
        frame.src = config.url.replace("{id}", id);
        frame.title = player.dataset.videoTitle || "";
        frame.allow = "autoplay; fullscreen; picture-in-picture";
        frame.allowFullscreen = true;
        frame.referrerPolicy = "strict-origin-when-cross-origin";
        player.replaceChildren(frame);
        frame.focus();
    }

    document.addEventListener("click", function (event) {
        var button = event.target.closest("[data-video-play]");
        if (button) {
            event.preventDefault();
            play(button);
        }
    });
})();
