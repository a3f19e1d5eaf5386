// The audit explorer's script: instants to the second in the reader's zone, date-time pickers that send instants,
// and the as-of view stepped with the arrow keys.
(function () {
    'use strict';
    var language = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
    var FORMAT = {year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
        second: '2-digit', hour12: false};

    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }

    function localValue(date) {
        return date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()) + 'T'
            + pad(date.getHours()) + ':' + pad(date.getMinutes()) + ':' + pad(date.getSeconds());
    }

    function moments() {
        document.querySelectorAll('time[data-moment]').forEach(function (time) {
            var at = new Date(time.getAttribute('datetime'));
            if (!isNaN(at)) {
                time.textContent = at.toLocaleString(language, FORMAT);
                time.title = time.getAttribute('datetime');
            }
        });
    }

    // A picker shows its instant in the reader's zone; sent unchanged, the exact instant goes, not the second.
    function pickers() {
        document.querySelectorAll('input[data-instant-field]').forEach(function (input) {
            var at = new Date(input.getAttribute('data-instant'));
            if (input.getAttribute('data-instant') && !isNaN(at)) {
                input.value = localValue(at);
                input.setAttribute('data-shown', input.value);
            }
        });
        document.querySelectorAll('form.instants').forEach(function (form) {
            form.addEventListener('submit', function () {
                form.querySelectorAll('input[data-instant-field]').forEach(function (input) {
                    var target = form.querySelector('input[type=hidden][name=' + input.getAttribute('data-instant-field') + ']');
                    var chosen = input.value === input.getAttribute('data-shown') ? input.getAttribute('data-instant')
                        : new Date(input.value).toISOString();
                    if (target && chosen) {
                        target.value = chosen;
                        input.disabled = true;
                    }
                });
            });
        });
    }

    function arrowKeys() {
        document.addEventListener('keydown', function (event) {
            var target = event.target;
            if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey
                || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName) || target.isContentEditable) {
                return;
            }
            var link = event.key === 'ArrowLeft' ? document.getElementById('step-previous')
                : event.key === 'ArrowRight' ? document.getElementById('step-next') : null;
            if (link) {
                event.preventDefault();
                link.click();
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        moments();
        pickers();
        arrowKeys();
    });
}());
