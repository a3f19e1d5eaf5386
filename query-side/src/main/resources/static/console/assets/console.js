// The console's only script: instants shown in the reader's zone, and pages kept current from a live feed.
(function () {
    'use strict';
    var language = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';

    function localTimes(root) {
        root.querySelectorAll('time[data-instant]').forEach(function (time) {
            var at = new Date(time.getAttribute('datetime'));
            if (!isNaN(at)) {
                time.textContent = at.toLocaleString(language, {dateStyle: 'medium', timeStyle: 'short'});
                time.title = time.getAttribute('datetime');
            }
        });
    }

    function valueAt(data, path) {
        return path.split('.').reduce(function (node, key) {
            return node === null || node === undefined ? undefined : node[key];
        }, data);
    }

    function show(data) {
        document.querySelectorAll('[data-live]').forEach(function (element) {
            var value = valueAt(data, element.getAttribute('data-live'));
            var decimals = element.getAttribute('data-decimals');
            var shown = decimals === null || typeof value !== 'number' ? value : value.toFixed(Number(decimals));
            var text = value === null || value === undefined ? '—' : shown + (element.getAttribute('data-suffix') || '');
            if (element.textContent !== String(text)) {
                element.textContent = text;
                element.classList.add('changed');
            }
            if (element.hasAttribute('data-alert-nonzero')) {
                element.classList.toggle('alert', value !== 0);
            }
        });
        document.querySelectorAll('[data-live-money]').forEach(function (element) {
            var amounts = valueAt(data, element.getAttribute('data-live-money')) || [];
            var text = amounts.length ? amounts.map(function (m) {
                return Number(m.amount).toFixed(2) + ' ' + m.currency;
            }).join(', ') : '0';
            if (element.textContent !== text) {
                element.textContent = text;
                element.classList.add('changed');
            }
        });
    }

    function live(source) {
        var status = document.getElementById('live-status');
        var feed = new EventSource(source.getAttribute('data-live-source'));
        feed.onopen = function () {
            if (status) { status.textContent = status.getAttribute('data-on'); status.classList.add('on'); }
        };
        feed.onerror = function () {
            if (status) { status.textContent = status.getAttribute('data-off'); status.classList.remove('on'); }
        };
        feed.addEventListener('dashboard', function (event) {
            show(JSON.parse(event.data));
        });
        window.addEventListener('pagehide', function () { feed.close(); });
    }

    document.addEventListener('DOMContentLoaded', function () {
        localTimes(document);
        document.querySelectorAll('[data-live-source]').forEach(live);
    });
}());
