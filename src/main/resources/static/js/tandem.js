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

// A search that refills a picker never undoes a choice made in it. Each search field drops all but its latest search
// (hx-sync="this:replace"); and an answer to a search sent before the person chose in the picker is not shown, so a
// slow network cannot swap the chosen person away.
var pickerMoments = 0;
document.addEventListener('change', function (event) {
    if (event.target.tagName === 'SELECT') {
        event.target.dataset.chosenAt = String(++pickerMoments);
    }
});
document.body.addEventListener('htmx:beforeRequest', function (event) {
    event.detail.xhr.sentAt = ++pickerMoments;
});
document.body.addEventListener('htmx:beforeSwap', function (event) {
    var picker = event.detail.target;
    if (picker && picker.tagName === 'SELECT' && Number(picker.dataset.chosenAt || 0) > event.detail.xhr.sentAt) {
        event.detail.shouldSwap = false;
    }
});
