/*
 * Contract settings page: sends the terms form and the decisions of the current month to the plugin's REST API
 * as JSON and shows its validation errors next to the named fields. Every text from the server or from the page's
 * data attributes is written with textContent, never as HTML.
 */
(function () {
    'use strict';

    /** Whole minutes of "7:30", "7.5" or "7,5" hours; null when the text is not such a value. */
    function parseMinutes(text) {
        var t = String(text == null ? '' : text).trim();
        var m = /^(\d{1,7}):([0-5]\d)$/.exec(t);
        if (m) {
            return Number(m[1]) * 60 + Number(m[2]);
        }
        m = /^(\d{1,7})(?:[.,](\d{1,6}))?$/.exec(t);
        if (!m) {
            return null;
        }
        var minutes = Number(m[1]) * 60;
        if (m[2]) {
            var scale = Math.pow(10, m[2].length);
            var fraction = Number(m[2]) * 60;
            if (fraction % scale !== 0) {
                return null; // not a whole number of minutes
            }
            minutes += fraction / scale;
        }
        return minutes;
    }

    /** An amount typed as "70", "70.50" or "70,50"; null otherwise. At most 15 digits, so JSON keeps it exact. */
    function parseAmount(text) {
        var t = String(text == null ? '' : text).trim();
        return /^\d{1,7}(?:[.,]\d{1,8})?$/.test(t) ? Number(t.replace(',', '.')) : null;
    }

    function parseThresholds(text) {
        var parts = String(text == null ? '' : text).split(/[\s,;]+/).filter(function (p) { return p !== ''; });
        var values = [];
        for (var i = 0; i < parts.length; i++) {
            if (!/^\d{1,3}$/.test(parts[i]) || Number(parts[i]) < 1 || Number(parts[i]) > 100) {
                return null;
            }
            values.push(Number(parts[i]));
        }
        return values;
    }

    function splitList(text) {
        return String(text == null ? '' : text).split(/[\s,;]+/).filter(function (p) { return p !== ''; });
    }

    function format(pattern, args) {
        return String(pattern).replace(/\{(\d)\}/g, function (all, index) {
            return args[Number(index)] === undefined ? all : String(args[Number(index)]);
        });
    }

    function Page(root) {
        this.root = root;
        this.restBase = root.getAttribute('data-rest-base');
        this.projectKey = root.getAttribute('data-project-key');
        this.currentMonth = root.getAttribute('data-current-month');
        this.currentIncrement = Number(root.getAttribute('data-current-increment')) || 5;
    }

    Page.prototype.msg = function (name, args) {
        return format(this.root.getAttribute('data-msg-' + name) || name, args || []);
    };

    Page.prototype.url = function (path) {
        return this.restBase + '/projects/' + encodeURIComponent(this.projectKey) + path;
    };

    Page.prototype.reload = function (saved) {
        window.location.assign(window.location.pathname + '?projectKey=' + encodeURIComponent(this.projectKey)
            + '&saved=' + encodeURIComponent(saved));
    };

    // ---- errors

    function errorElement(input) {
        return document.getElementById(input.id + '-error');
    }

    Page.prototype.clearErrors = function (form, summary) {
        var inputs = form.querySelectorAll('[data-field]');
        for (var i = 0; i < inputs.length; i++) {
            inputs[i].removeAttribute('aria-invalid');
            var error = errorElement(inputs[i]);
            if (error) {
                error.textContent = '';
                error.hidden = true;
            }
            var described = (inputs[i].getAttribute('aria-describedby') || '').split(' ')
                .filter(function (id) { return id !== '' && id !== inputs[i].id + '-error'; });
            if (described.length) {
                inputs[i].setAttribute('aria-describedby', described.join(' '));
            } else {
                inputs[i].removeAttribute('aria-describedby');
            }
        }
        summary.textContent = '';
        summary.hidden = true;
    };

    /** The input a REST field path names: exact, or the list itself for "recipients[2]". */
    function inputFor(form, field) {
        if (!field) {
            return null;
        }
        var candidates = [field, field.replace(/\[\d+\]$/, '')];
        var inputs = form.querySelectorAll('[data-field]');
        for (var c = 0; c < candidates.length; c++) {
            for (var i = 0; i < inputs.length; i++) {
                if (inputs[i].getAttribute('data-field') === candidates[c]) {
                    return inputs[i];
                }
            }
        }
        return null;
    }

    /** Shows errors [{field, message}] inline, the rest in the summary, and focuses the first one. */
    Page.prototype.showErrors = function (forms, summary, errors) {
        var first = null;
        var unplaced = [];
        for (var e = 0; e < errors.length; e++) {
            var error = errors[e];
            var input = null;
            for (var f = 0; f < forms.length && !input; f++) {
                input = inputFor(forms[f], error.field);
            }
            var target = input ? errorElement(input) : null;
            if (!target) {
                unplaced.push(error.message);
                continue;
            }
            target.textContent = target.textContent ? target.textContent + ' ' + error.message : error.message;
            target.hidden = false;
            input.setAttribute('aria-invalid', 'true');
            var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
            if (described.indexOf(target.id) < 0) {
                described.push(target.id);
            }
            input.setAttribute('aria-describedby', described.join(' '));
            if (!first) {
                first = input;
            }
        }
        var heading = document.createElement('p');
        heading.className = 'title';
        var strong = document.createElement('strong');
        strong.textContent = this.msg(first ? 'summary' : 'not-saved');
        heading.appendChild(strong);
        summary.appendChild(heading);
        if (unplaced.length) {
            var list = document.createElement('ul');
            for (var u = 0; u < unplaced.length; u++) {
                var item = document.createElement('li');
                item.textContent = unplaced[u];
                list.appendChild(item);
            }
            summary.appendChild(list);
        }
        summary.hidden = false;
        (unplaced.length || !first ? summary : first).focus();
    };

    // ---- requests

    // A new idempotency key: 128 random bits as hex (crypto.randomUUID needs a secure context, this does not).
    function newRequestKey() {
        var bytes = new Uint8Array(16);
        window.crypto.getRandomValues(bytes);
        return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
    }

    /**
     * The form's idempotency key (rendered with the page). It goes with every submit of the form until the server
     * answers, so a submit sent twice (double click, a resend after a lost answer) is stored once. An answer that
     * refuses the request stored nothing: the next submit gets a new key, as it may carry other values.
     */
    function requestKey(form) {
        var field = form && form.querySelector('input[name="idempotencyKey"]');
        if (field && !field.value) {
            field.value = newRequestKey();
        }
        return field;
    }

    Page.prototype.send = function (method, path, body, button, onSuccess, forms, summary) {
        var page = this;
        var keyField = requestKey(forms[0]);
        var headers = {
            'Content-Type': 'application/json',
            'Accept': 'application/json',
            'X-Atlassian-Token': 'no-check'
        };
        if (keyField) {
            headers['Idempotency-Key'] = keyField.value;
        }
        button.disabled = true;
        button.setAttribute('aria-busy', 'true');
        return window.fetch(page.url(path), {
            method: method,
            credentials: 'same-origin',
            headers: headers,
            body: JSON.stringify(body)
        }).then(function (response) {
            if (response.ok) {
                onSuccess();
                return null;
            }
            if (keyField) {
                keyField.value = newRequestKey();
            }
            return response.json().catch(function () { return null; }).then(function (json) {
                var errors = json && Array.isArray(json.errors) && json.errors.length ? json.errors
                    : [{field: null, message: page.msg('failed', [response.status])}];
                page.showErrors(forms, summary, errors.map(function (e) {
                    return {field: e && typeof e.field === 'string' ? e.field : null,
                        message: e && typeof e.message === 'string' ? e.message : page.msg('failed', [response.status])};
                }));
            });
        }).catch(function () {
            page.showErrors(forms, summary, [{field: null, message: page.msg('failed', ['-'])}]);
        }).then(function () {
            button.disabled = false;
            button.removeAttribute('aria-busy');
        });
    };

    // ---- the terms form

    Page.prototype.termsBody = function (form, errors) {
        var page = this;
        var value = function (id) {
            var element = document.getElementById(id);
            return element ? element.value : null;
        };
        var body = {levels: {}};
        var increment = Number(value('sc-increment'));
        if (!/^\d{1,2}$/.test(String(value('sc-increment')).trim()) || increment < 1 || increment > 60) {
            errors.push({field: 'rounding.incrementMinutes', message: page.msg('required')});
            increment = null;
        }
        var carry = value('sc-carry-policy');
        ['L1', 'L2', 'L3'].forEach(function (level) {
            var entry = {};
            var hours = value('sc-' + level + '-hours');
            var minutes = parseMinutes(hours);
            var field = 'levels.' + level + '.';
            if (String(hours).trim() === '') {
                errors.push({field: field + 'contingentMinutes', message: page.msg('required')});
            } else if (minutes === null) {
                errors.push({field: field + 'contingentMinutes', message: page.msg('hours')});
            } else if (increment && minutes % increment !== 0) {
                errors.push({field: field + 'contingentMinutes', message: page.msg('increment', [increment])});
            } else {
                entry.contingentMinutes = minutes;
            }
            var rate = parseAmount(value('sc-' + level + '-rate'));
            if (String(value('sc-' + level + '-rate')).trim() === '') {
                errors.push({field: field + 'rateAmount', message: page.msg('required')});
            } else if (rate === null) {
                errors.push({field: field + 'rateAmount', message: page.msg('rate')});
            } else {
                entry.rateAmount = rate;
            }
            if (carry === 'UNUSED_UP_TO') {
                var capText = value('sc-' + level + '-cap');
                var cap = parseMinutes(capText);
                if (String(capText).trim() === '') {
                    errors.push({field: field + 'carryOverCapMinutes', message: page.msg('required')});
                } else if (cap === null) {
                    errors.push({field: field + 'carryOverCapMinutes', message: page.msg('hours')});
                } else if (increment && cap % increment !== 0) {
                    errors.push({field: field + 'carryOverCapMinutes', message: page.msg('increment', [increment])});
                } else {
                    entry.carryOverCapMinutes = cap;
                }
            }
            body.levels[level] = entry;
        });
        body.rounding = {incrementMinutes: increment, mode: value('sc-rounding-mode')};
        var thresholds = parseThresholds(value('sc-thresholds'));
        if (thresholds === null) {
            errors.push({field: 'thresholds', message: page.msg('thresholds')});
        }
        body.thresholds = thresholds || [];
        body.recipients = splitList(value('sc-recipients'));
        body.carryOver = {policy: carry};
        body.overagePolicy = value('sc-overage');
        body.defaultLevel = value('sc-default-level');
        if (document.getElementById('sc-zone')) {
            body.zoneId = String(value('sc-zone')).trim();
        }
        if (document.getElementById('sc-currency')) {
            body.currency = String(value('sc-currency')).trim().toUpperCase();
        }
        return body;
    };

    Page.prototype.bindTerms = function () {
        var page = this;
        var form = document.getElementById('sc-terms-form');
        var summary = document.getElementById('sc-terms-errors');
        if (!form) {
            return;
        }
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            page.clearErrors(form, summary);
            var errors = [];
            var month = String(document.getElementById('sc-effective-month').value).trim();
            if (!/^\d{4}-\d{2}$/.test(month)) {
                errors.push({field: 'effectiveMonth', message: page.msg('month')});
            }
            var body = page.termsBody(form, errors);
            if (errors.length) {
                page.showErrors([form], summary, errors);
                return;
            }
            page.send('PUT', '/contract/terms/' + encodeURIComponent(month), body,
                document.getElementById('sc-terms-submit'), function () { page.reload('terms'); }, [form], summary);
        });
    };

    // ---- decisions of the current month

    function selectedLabel(select) {
        return select.options[select.selectedIndex] ? select.options[select.selectedIndex].text : '';
    }

    Page.prototype.bindDecisions = function () {
        var page = this;
        var summary = document.getElementById('sc-decisions-errors');
        var topUp = document.getElementById('sc-topup-form');
        var suspend = document.getElementById('sc-suspend-form');
        var resume = document.getElementById('sc-resume-form');
        if (!summary || !topUp || !suspend || !resume) {
            return;
        }
        var all = [topUp, suspend, resume];
        var clear = function () {
            all.forEach(function (form) { page.clearErrors(form, summary); });
        };
        var monthLabel = document.getElementById('sc-decisions-heading').getAttribute('data-month-label') || page.currentMonth;

        topUp.addEventListener('submit', function (event) {
            event.preventDefault();
            clear();
            var level = document.getElementById('sc-topup-level');
            var hoursText = document.getElementById('sc-topup-hours').value;
            var minutes = parseMinutes(hoursText);
            var errors = [];
            if (String(hoursText).trim() === '') {
                errors.push({field: 'minutes', message: page.msg('required')});
            } else if (minutes === null) {
                errors.push({field: 'minutes', message: page.msg('hours')});
            } else if (minutes <= 0) {
                errors.push({field: 'minutes', message: page.msg('positive')});
            } else if (minutes % page.currentIncrement !== 0) {
                errors.push({field: 'minutes', message: page.msg('increment', [page.currentIncrement])});
            }
            if (errors.length) {
                page.showErrors([topUp], summary, errors);
                return;
            }
            if (!window.confirm(page.msg('confirm-topup', [selectedLabel(level), String(hoursText).trim(), monthLabel]))) {
                return;
            }
            var body = {level: level.value, minutes: minutes, reason: document.getElementById('sc-topup-reason').value};
            page.send('POST', '/months/' + encodeURIComponent(page.currentMonth) + '/top-ups', body,
                document.getElementById('sc-topup-submit'), function () { page.reload('topUp'); }, [topUp], summary);
        });

        suspend.addEventListener('submit', function (event) {
            event.preventDefault();
            clear();
            var level = document.getElementById('sc-suspend-level');
            if (!window.confirm(page.msg('confirm-suspend', [selectedLabel(level), monthLabel]))) {
                return;
            }
            var body = {reason: document.getElementById('sc-suspend-reason').value};
            if (level.value) {
                body.level = level.value;
            }
            page.send('POST', '/suspensions', body, document.getElementById('sc-suspend-submit'),
                function () { page.reload('suspend'); }, [suspend], summary);
        });

        resume.addEventListener('submit', function (event) {
            event.preventDefault();
            clear();
            var level = document.getElementById('sc-resume-level');
            if (!window.confirm(page.msg('confirm-resume', [selectedLabel(level)]))) {
                return;
            }
            var body = level.value ? {level: level.value} : {};
            page.send('POST', '/suspensions/resume', body, document.getElementById('sc-resume-submit'),
                function () { page.reload('resume'); }, [resume], summary);
        });
    };

    function start() {
        var root = document.getElementById('sc-settings');
        if (!root) {
            return;
        }
        var page = new Page(root);
        page.bindTerms();
        page.bindDecisions();
        var notice = document.getElementById('sc-notice');
        if (notice) {
            notice.focus();
        }
    }

    // exposed for tests of the parsing rules
    window.SupportContingentSettings = {parseMinutes: parseMinutes, parseAmount: parseAmount,
        parseThresholds: parseThresholds};

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
