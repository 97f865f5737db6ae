/*
 * Southbound embed helper. Include it once on a page that embeds the map in an iframe:
 *   <script src="https://<where Southbound is served>/embed.js" async></script>
 * It resizes each Southbound iframe to the height the map reports. It accepts only messages of
 * type "southbound:height", only from the window of an iframe on this page, and only when the
 * message's origin is that iframe's own origin.
 */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'southbound:height') return;
    var height = Number(data.height);
    if (!(height > 0 && height < 20000)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin;
      try {
        origin = new URL(frame.src, window.location.href).origin;
      } catch {
        continue;
      }
      if (origin !== event.origin) continue;
      frame.style.height = Math.ceil(height) + 'px';
    }
  });
})();
