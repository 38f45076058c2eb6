// What the field forms send (safety event reports, stops of work, inspections done on the phone) waits in the phone's
// IndexedDB while there is no network and is sent, each once, when the network returns. The server stores each under
// the id the phone gave it, so sending one again after a lost answer is harmless. Each item names the form it came
// from (its target, such as "report", "stop" or "audit/field"), carries that form's fields and its pictures (one
// photo, or several by name). A form being filled in may keep its draft here too, so a closed page loses nothing.
var TandemOutbox = (function () {
    'use strict';
    var DATABASE = 'tandem-outbox';
    var STORE = 'reports';
    var DRAFTS = 'drafts';
    var MAX_SIDE = 1600;
    var RETRY_MS = 10000;
    var base = (document.querySelector('meta[name="tandem-base"]') || {content: '/'}).content;
    // the service worker's cache (sw.js), which keeps the signed-in forms for offline use
    var SHELL_CACHE = 'tandem-shell-v4';
    var OFFLINE_FORMS = ['report', 'stop', 'audit/field'];
    // The forms whose items the server may refuse long after the person left the page: a refused one is kept, marked
    // with why, and not sent again until the person has seen it (refused()) and discarded it. A report or a stop that
    // is refused goes back to its page at once, as before.
    var KEPT_WHEN_REFUSED = ['audit/field'];
    var syncing = null;

    function database() {
        return new Promise(function (resolve, reject) {
            var request = indexedDB.open(DATABASE, 2);
            request.onupgradeneeded = function () {
                var db = request.result;
                if (!db.objectStoreNames.contains(STORE)) {
                    db.createObjectStore(STORE, {keyPath: 'id'});
                }
                if (!db.objectStoreNames.contains(DRAFTS)) {
                    db.createObjectStore(DRAFTS, {keyPath: 'id'});
                }
            };
            request.onsuccess = function () { resolve(request.result); };
            request.onerror = function () { reject(request.error); };
        });
    }

    function transaction(mode, work, store) {
        return database().then(function (db) {
            return new Promise(function (resolve, reject) {
                var tx = db.transaction(store || STORE, mode);
                var request = work(tx.objectStore(store || STORE));
                tx.oncomplete = function () { resolve(request.result); };
                tx.onerror = function () { reject(tx.error); };
            });
        });
    }

    function keep(report) { return transaction('readwrite', function (s) { return s.put(report); }); }
    function waiting() { return transaction('readonly', function (s) { return s.getAll(); }); }
    function forget(id) { return transaction('readwrite', function (s) { return s.delete(id); }); }
    function unsent() {
        return waiting().then(function (items) { return items.filter(function (item) { return !item.refused; }); });
    }
    function refused(target) {
        return waiting().then(function (items) {
            return items.filter(function (item) { return item.refused && item.target === target; });
        });
    }

    // A form's draft, kept under a key of the form's choosing, with the pictures taken so far.
    var drafts = {
        keep: function (draft) { return transaction('readwrite', function (s) { return s.put(draft); }, DRAFTS); },
        read: function (id) { return transaction('readonly', function (s) { return s.get(id); }, DRAFTS); },
        forget: function (id) { return transaction('readwrite', function (s) { return s.delete(id); }, DRAFTS); }
    };

    function uuid() {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        var b = crypto.getRandomValues(new Uint8Array(16));
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
        return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
    }

    // Phone photos are large; a 1600-pixel JPEG shows a hazard well and travels over a weak network.
    function smaller(file) {
        if (!file || !window.createImageBitmap) {
            return Promise.resolve(file || null);
        }
        return createImageBitmap(file).then(function (image) {
            var scale = Math.min(1, MAX_SIDE / Math.max(image.width, image.height));
            var canvas = document.createElement('canvas');
            canvas.width = Math.round(image.width * scale);
            canvas.height = Math.round(image.height * scale);
            canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
            return new Promise(function (resolve) {
                canvas.toBlob(function (blob) { resolve(blob || file); }, 'image/jpeg', 0.85);
            });
        }).catch(function () { return file; });
    }

    function isJson(response) {
        return (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
    }

    // A page opened from the phone's cache carries an old token: ask for the current one first.
    function csrf() {
        return fetch(base + 'report/token', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
            .then(function (response) {
                if (!response.ok || response.redirected || !isJson(response)) {
                    throw new Error('signed-out');
                }
                return response.json();
            });
    }

    // A report kept before items named their form holds its fields at the top level.
    function fieldsOf(item) {
        if (item.fields) {
            return item.fields;
        }
        return {id: item.id, type: item.type, where: item.where, description: item.description,
            occurredAt: item.occurredAt, anonymous: item.anonymous ? 'true' : 'false'};
    }

    function post(item, token) {
        var data = new FormData();
        var fields = fieldsOf(item);
        Object.keys(fields).forEach(function (name) {
            data.append(name, fields[name] == null ? '' : fields[name]);
        });
        if (item.photo) {
            data.append('photo', item.photo, 'photo.jpg');
        }
        Object.keys(item.files || {}).forEach(function (name) {
            data.append(name, item.files[name], name + '.jpg');
        });
        var headers = {Accept: 'application/json'};
        headers[token.header] = token.token;
        return fetch(base + (item.target || 'report'),
            {method: 'POST', body: data, credentials: 'same-origin', headers: headers});
    }

    // Who is signed in on this page; a report remembers who made it.
    function user() {
        var meta = document.querySelector('meta[name="tandem-user"]');
        return meta ? meta.content : null;
    }

    // Sends what waits, oldest first, but only the reports of whoever is signed in now: a report made by someone
    // else on a shared phone waits until they sign in again. Answers {sent: [ids], rejected: {id: errors},
    // waiting: n, signedOut}.
    function sync() {
        if (syncing) {
            return syncing;
        }
        var result = {sent: [], rejected: {}, waiting: 0, signedOut: false};
        syncing = unsent().then(function (reports) {
            reports.sort(function (a, b) { return a.savedAt - b.savedAt; });
            if (!reports.length) {
                return result;
            }
            return csrf().then(function (token) {
                return reports.filter(function (report) {
                    return !report.by || report.by === token.username;
                }).reduce(function (previous, report) {
                    return previous.then(function () { return sendOne(report, token, result); });
                }, Promise.resolve());
            }, function (error) {
                result.signedOut = error.message === 'signed-out';
            }).then(function () { return result; });
        }).then(function (done) {
            return unsent().then(function (left) {
                done.waiting = left.length;
                show(done);
                document.dispatchEvent(new CustomEvent('tandem:outbox-synced', {detail: done}));
                return done;
            });
        }).finally(function () { syncing = null; });
        return syncing;
    }

    function sendOne(report, token, result) {
        return post(report, token).then(function (response) {
            if (response.status === 201 || response.status === 200) {
                result.sent.push(report.id);
                return forget(report.id);
            }
            if (response.status === 404 && KEPT_WHEN_REFUSED.indexOf(report.target) >= 0) {
                // what it was done on (an inspection's checklist) is no longer there for this person to read
                return refuse(report, [{field: null, reason: 'unreadable'}], result);
            }
            if (response.status === 404) {
                // the id is stored already and its reporter may not read it back: an anonymous report whose answer
                // was lost. It arrived; sending it again would be answered 404 for ever.
                result.sent.push(report.id);
                return forget(report.id);
            }
            if (response.status === 400 && isJson(response)) {
                // the server will never take it as it is: hand it back to the person instead of retrying forever
                return response.json().then(function (body) {
                    return refuse(report, body.errors || [], result);
                });
            }
            if (response.redirected || response.status === 401 || response.status === 403) {
                result.signedOut = true;
            }
        }, function () { /* no network: it stays and is tried again */ });
    }

    function refuse(report, errors, result) {
        result.rejected[report.id] = errors;
        if (KEPT_WHEN_REFUSED.indexOf(report.target) < 0) {
            return forget(report.id);
        }
        report.refused = {errors: errors, at: Date.now()};
        return keep(report);
    }

    function show(result) {
        document.querySelectorAll('[data-outbox]').forEach(function (box) {
            box.classList.toggle('d-none', result.waiting === 0);
            var count = box.querySelector('[data-outbox-count]');
            if (count) {
                count.textContent = box.dataset.template.replace('{0}', result.waiting);
            }
            var signIn = box.querySelector('[data-outbox-sign-in]');
            if (signIn) {
                signIn.classList.toggle('d-none', !result.signedOut);
            }
        });
    }

    // Signing out forgets the copies of the forms kept for offline use: they show who was signed in.
    function forgetSignedInPages() {
        if ('caches' in window) {
            caches.open(SHELL_CACHE).then(function (cache) {
                return Promise.all(OFFLINE_FORMS.map(function (path) {
                    return cache.delete(new URL(base + path, location.href).pathname);
                }));
            });
        }
    }

    function start() {
        document.querySelectorAll('[data-sign-out]').forEach(function (form) {
            form.addEventListener('submit', forgetSignedInPages);
        });
        if (!('indexedDB' in window)) {
            return;
        }
        sync();
        window.addEventListener('online', sync);
        setInterval(function () {
            unsent().then(function (reports) { if (reports.length) { sync(); } });
        }, RETRY_MS);
        document.addEventListener('click', function (event) {
            if (event.target.closest('[data-outbox-send]')) {
                sync();
            }
        });
    }

    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register(base + 'sw.js').catch(function () { /* the page works without it */ });
    }
    start();
    return {keep: keep, sync: sync, waiting: unsent, refused: refused, discard: forget, user: user, drafts: drafts,
        uuid: uuid, smaller: smaller};
})();
