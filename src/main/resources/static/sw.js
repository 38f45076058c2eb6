// Tandem's service worker: the field forms (a report, a stop of work, an inspection) and what they need open without network. Pages
// are fetched from the network first and the cache only answers when there is none; what they send waits in the
// page's outbox.
var CACHE = 'tandem-shell-v5';
// Tandem's own files, kept from the start; webjars are linked with their version in the path, so they are kept
// as the pages fetch them (see isAsset): the offline form then finds exactly the files it links.
var SHELL = [
    'css/tandem.css',
    'js/tandem.js',
    'js/outbox.js',
    'js/field-report.js',
    'js/checklist-logic.js',
    'js/signature-pad.js',
    'js/field-inspection.js',
    'icons/icon-192.png',
    'manifest.json'
];
var ASSET_FOLDERS = ['webjars/', 'css/', 'js/', 'icons/'];
// the outbox (js/outbox.js) forgets these at sign-out
var OFFLINE_PAGES = ['report', 'stop', 'audit/field'];

self.addEventListener('install', function (event) {
    event.waitUntil(caches.open(CACHE).then(function (cache) {
        return cache.addAll(SHELL.map(function (path) { return new URL(path, self.registration.scope).href; }));
    }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
    event.waitUntil(caches.keys().then(function (keys) {
        return Promise.all(keys.filter(function (key) { return key !== CACHE; })
            .map(function (key) { return caches.delete(key); }));
    }).then(function () { return self.clients.claim(); }));
});

function isOfflinePage(url) {
    var path = url.pathname.slice(new URL(self.registration.scope).pathname.length);
    return OFFLINE_PAGES.indexOf(path) >= 0;
}

function isAsset(url) {
    var path = url.pathname.slice(new URL(self.registration.scope).pathname.length);
    return path === 'manifest.json' || ASSET_FOLDERS.some(function (folder) { return path.indexOf(folder) === 0; });
}

self.addEventListener('fetch', function (event) {
    var request = event.request;
    if (request.method !== 'GET') {
        return;
    }
    var url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return;
    }
    if (request.mode === 'navigate' && isOfflinePage(url)) {
        event.respondWith(fetch(request).then(function (response) {
            // only the signed-in form is kept, never the sign-in page a redirect led to
            if (response.ok && !response.redirected) {
                var copy = response.clone();
                caches.open(CACHE).then(function (cache) { cache.put(url.pathname, copy); });
            }
            return response;
        }).catch(function () {
            return caches.match(url.pathname);
        }));
    } else if (isAsset(url)) {
        event.respondWith(caches.match(request).then(function (cached) {
            var fresh = fetch(request).then(function (response) {
                if (response.ok) {
                    var copy = response.clone();
                    caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
                }
                return response;
            }).catch(function () { return cached; });
            return cached || fresh;
        }));
    }
});
