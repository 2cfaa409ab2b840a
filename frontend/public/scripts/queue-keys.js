/*
 * The moderation queue's frame (org.sala.moderation.ui.QueueKeys): it takes the focus as the
 * queue opens, so that its keys work at once, unless the moderator is already somewhere else.
 * The keys themselves are Vaadin shortcuts, handled on the server.
 *
 * As Vaadin attaches the view, the frame is in the page before it can take the focus (focus()
 * does nothing then), so it tries again at each frame for a while.
 */
(function () {
  'use strict';
  var TRIES = 120; // about two seconds of animation frames
  if (customElements.get('sala-queue-keys')) {
    return;
  }
  customElements.define('sala-queue-keys', class extends HTMLElement {
    connectedCallback() {
      var frame = this;
      var left = TRIES;
      function tryFocus() {
        var active = document.activeElement;
        if (!frame.isConnected || active === frame || (active && active !== document.body)) {
          return;
        }
        frame.focus({ preventScroll: true });
        if (document.activeElement !== frame && --left > 0) {
          requestAnimationFrame(tryFocus);
        }
      }
      requestAnimationFrame(tryFocus);
    }
  });
})();
