// Copies a share link to the clipboard: a button with data-copy names the (read-only) input that holds the link.
// The input stays selectable, so the link can also be copied by hand; the result is announced to screen readers.
(function () {
    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-copy]');
        if (!button) {
            return;
        }
        var input = document.getElementById(button.getAttribute('data-copy'));
        var announcement = document.getElementById('copy-announcement');
        input.focus();
        input.select();
        var done = function () {
            if (announcement) {
                announcement.textContent = button.getAttribute('data-copied');
            }
            button.setAttribute('data-done', 'true');
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(input.value).then(done, function () {
                document.execCommand('copy');
                done();
            });
        } else {
            document.execCommand('copy');
            done();
        }
    });
}());
