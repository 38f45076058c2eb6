// htmx requests carry the CSRF token the page was rendered with.
document.body.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.content] = token.content;
    }
});

// A copy button copies the text of the element it names and says so; where the clipboard is not allowed (a page
// not served over HTTPS), the text is selected for the reader to copy by hand.
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button) {
        return;
    }
    var source = document.querySelector(button.dataset.copy);
    var copied = function () {
        button.textContent = button.dataset.copied;
        button.dataset.done = 'true';
    };
    var select = function () {
        var range = document.createRange();
        range.selectNodeContents(source);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
    };
    if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.textContent.trim()).then(copied, select);
    } else {
        select();
    }
});
