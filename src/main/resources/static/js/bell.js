// The bell in the menu: the number of unread notifications, kept live by the server over server-sent events (the
// count arrives when the stream opens and whenever the inbox changes, on whichever node the change was made).
(function () {
    'use strict';
    var bell = document.querySelector('[data-bell]');
    if (!bell || !window.EventSource) {
        return;
    }
    var count = bell.querySelector('[data-bell-count]');
    var label = bell.dataset.bellLabel;
    var stream = new EventSource(bell.dataset.bellStream);
    stream.addEventListener('unread', function (event) {
        var unread = parseInt(event.data, 10) || 0;
        count.textContent = unread > 99 ? '99+' : String(unread);
        count.classList.toggle('d-none', unread === 0);
        bell.setAttribute('aria-label', label.replace('{0}', String(unread)));
        bell.dataset.unread = String(unread);
    });
})();
