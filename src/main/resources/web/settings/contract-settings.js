/*
 * Contract settings page: sends the terms form and the decisions of the current month to the plugin's REST API
 * as JSON and shows its validation errors next to the named fields. Every text from the server or from the page's
 * data attributes is written with textContent, never as HTML.
 */
(function () {
    'use strict';

    function trimmed(text) {
        return String(text == null ? '' : text).trim();
    }

    /**
     * A number typed with either separator, split into its whole and decimal digits; null when it is not such a
     * number. A separator that is not the reader's decimal separator and has exactly three digits after it is
     * refused: "1.000" in German (or "1,000" in English) may well mean a thousand.
     */
    function splitDecimal(text, decimal) {
        var m = /^(\d+)(?:([.,])(\d+))?$/.exec(trimmed(text));
        if (!m) {
            return null;
        }
        if (m[2] && m[2] !== (decimal || '.') && m[3].length === 3) {
            return null;
        }
        return {whole: m[1], fraction: m[3] ? m[3].replace(/0+$/, '') : ''};
    }

    /**
     * Whole minutes of hours typed as "7:30", "7.5" or "7,5"; null when the text is not such a value or not a
     * whole number of minutes. Large values are returned as they are: the caller names the upper bound.
     */
    function parseMinutes(text, decimal) {
        var m = /^(\d+):([0-5]\d)$/.exec(trimmed(text));
        if (m) {
            return Number(m[1]) * 60 + Number(m[2]);
        }
        var number = splitDecimal(text, decimal);
        if (!number || number.fraction.length > 6) {
            return null;
        }
        var minutes = Number(number.whole) * 60;
        if (number.fraction) {
            var scale = Math.pow(10, number.fraction.length);
            var fraction = Number(number.fraction) * 60;
            if (fraction % scale !== 0) {
                return null; // not a whole number of minutes
            }
            minutes += fraction / scale;
        }
        return minutes;
    }

    /**
     * An amount typed as "70", "70.50" or "70,50": {plain: "70.5", decimals: 1} (the plain decimal JSON takes, and
     * its significant decimals); null otherwise.
     */
    function parseAmount(text, decimal) {
        var number = splitDecimal(text, decimal);
        if (!number) {
            return null;
        }
        var whole = number.whole.replace(/^0+(?=\d)/, '');
        return {plain: number.fraction ? whole + '.' + number.fraction : whole, decimals: number.fraction.length};
    }

    /** Threshold percentages: {values} or {error: 'thresholds' | 'thresholds-duplicate', argument}. */
    function parseThresholds(text) {
        var parts = splitList(text);
        var values = [];
        for (var i = 0; i < parts.length; i++) {
            if (!/^\d{1,3}$/.test(parts[i]) || Number(parts[i]) < 1 || Number(parts[i]) > 100) {
                return {error: 'thresholds'};
            }
            if (values.indexOf(Number(parts[i])) >= 0) {
                return {error: 'thresholds-duplicate', argument: Number(parts[i])};
            }
            values.push(Number(parts[i]));
        }
        return {values: values};
    }

    /** The REST API's address rule (the domain's Terms.EMAIL): dot-separated atext runs @ two or more labels. */
    var ATEXT = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
    var LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
    var EMAIL = new RegExp('^' + ATEXT + '(?:\\.' + ATEXT + ')*@' + LABEL + '(?:\\.' + LABEL + ')+$', 'u');

    function isEmail(address) {
        return address.length <= 254 && EMAIL.test(address);
    }

    function isTimeZone(zone) {
        try {
            new Intl.DateTimeFormat('en', {timeZone: zone}).format(0);
            return true;
        } catch (e) {
            return false;
        }
    }

    /** The decimals of a currency (JPY 0, EUR 2); null for a code the browser does not know. */
    function currencyDigits(code) {
        try {
            return new Intl.NumberFormat('en', {style: 'currency', currency: code}).resolvedOptions()
                .maximumFractionDigits;
        } catch (e) {
            return null;
        }
    }

    function splitList(text) {
        return String(text == null ? '' : text).split(/[\s,;]+/).filter(function (p) { return p !== ''; });
    }

    /**
     * Decision makers, one per line as "Name <address> language" (language en or de, English when left out); the
     * server checks each part again and names the line that is wrong.
     */
    function parseDecisionMakers(text) {
        var values = [];
        var error = null;
        String(text == null ? '' : text).split(/\r?\n/).forEach(function (line) {
            var trimmedLine = trimmed(line);
            if (trimmedLine === '' || error) {
                return;
            }
            var match = /^(.+?)\s*<([^<>\s]+)>\s*(\S*)$/.exec(trimmedLine);
            if (!match || !isEmail(match[2]) || (match[3] !== '' && match[3] !== 'en' && match[3] !== 'de')) {
                error = trimmedLine;
                return;
            }
            values.push({name: match[1], email: match[2], language: match[3] === '' ? 'en' : match[3]});
        });
        return {values: values, error: error};
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
        this.minMonth = root.getAttribute('data-min-month') || '';
        this.decimal = root.getAttribute('data-decimal') || '.';
        this.currencyDigits = Number(root.getAttribute('data-currency-digits'));
        this.maxMinutes = Number(root.getAttribute('data-max-minutes'));
        this.maxRate = Number(root.getAttribute('data-max-rate'));
        this.maxIncrement = Number(root.getAttribute('data-max-increment')) || 60;
        this.maxThresholds = Number(root.getAttribute('data-max-thresholds'));
        this.maxRecipients = Number(root.getAttribute('data-max-recipients'));
    }

    /**
     * Checks hours typed in a field and returns the minutes, or pushes the field's one error and returns null.
     * @param increment the rounding increment the minutes must be a multiple of; null when it is not known
     * @param positive whether zero is refused (a top-up adds at least one increment)
     */
    Page.prototype.minutes = function (text, field, increment, positive, errors) {
        var minutes = parseMinutes(text, this.decimal);
        var error = null;
        if (trimmed(text) === '') {
            error = this.msg('hours-required');
        } else if (minutes === null) {
            error = this.msg('hours');
        } else if (minutes > this.maxMinutes) {
            error = this.msg('hours-max'); // named in hours, as typed, not in the minutes sent
        } else if (positive && minutes <= 0) {
            error = this.msg('positive');
        } else if (increment && minutes % increment !== 0) {
            error = this.msg('increment', [increment]);
        }
        if (error) {
            errors.push({field: field, message: error});
            return null;
        }
        return minutes;
    };

    /** Checks an hourly rate and returns it as a JSON number, or pushes the field's one error and returns null. */
    Page.prototype.rate = function (text, field, digits, errors) {
        var amount = parseAmount(text, this.decimal);
        var error = null;
        if (trimmed(text) === '') {
            error = this.msg('rate-required');
        } else if (amount === null) {
            error = this.msg('rate');
        } else if (Number(amount.plain) > this.maxRate) {
            error = this.msg('rate-max');
        } else if (digits !== null && amount.decimals > digits) {
            error = this.msg('rate-decimals', [digits]);
        }
        if (error) {
            errors.push({field: field, message: error});
            return null;
        }
        return Number(amount.plain);
    };

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

    /** The input a REST field path names: exact, or the list itself for "recipients[2]" or "decisionMakers[1].email". */
    function inputFor(form, field) {
        if (!field) {
            return null;
        }
        var candidates = [field, field.replace(/\[\d+\]$/, ''), field.replace(/\[\d+\]\..*$/, '')];
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

    /** The visible name of an input: its label's text. */
    function labelOf(input) {
        var label = document.querySelector('label[for="' + input.id + '"]');
        return label ? label.textContent.replace(/\s+/g, ' ').trim() : '';
    }

    /**
     * Shows errors [{field, message}]: one per field (the first), next to it, and all of them in the summary, each
     * field as a link to it; errors of no field are listed as text. Focuses the first field in error.
     */
    Page.prototype.showErrors = function (forms, summary, errors) {
        var first = null;
        var shown = [];
        var items = [];
        for (var e = 0; e < errors.length; e++) {
            var error = errors[e];
            var input = null;
            for (var f = 0; f < forms.length && !input; f++) {
                input = inputFor(forms[f], error.field);
            }
            var target = input ? errorElement(input) : null;
            if (!target) {
                items.push({input: null, text: error.message});
                continue;
            }
            if (shown.indexOf(input) >= 0) {
                continue; // one error per field: the first names what to fix first
            }
            shown.push(input);
            target.textContent = error.message;
            target.hidden = false;
            input.setAttribute('aria-invalid', 'true');
            var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
            if (described.indexOf(target.id) < 0) {
                described.push(target.id);
            }
            input.setAttribute('aria-describedby', described.join(' '));
            var label = labelOf(input);
            items.push({input: input, text: label ? label + ': ' + error.message : error.message});
            if (!first) {
                first = input;
            }
        }
        // the summary reads top to bottom like the form; errors of no field last
        items.sort(function (a, b) {
            if (!a.input || !b.input) {
                return (a.input ? 0 : 1) - (b.input ? 0 : 1);
            }
            return a.input.compareDocumentPosition(b.input) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
        });
        first = items.length && items[0].input ? items[0].input : first;
        var heading = document.createElement('p');
        heading.className = 'title';
        var strong = document.createElement('strong');
        strong.textContent = this.msg(first ? 'summary' : 'not-saved');
        heading.appendChild(strong);
        summary.appendChild(heading);
        var list = document.createElement('ul');
        list.className = 'sc-error-list';
        items.forEach(function (item) {
            var entry = document.createElement('li');
            if (item.input) {
                var link = document.createElement('a');
                link.href = '#' + item.input.id;
                link.textContent = item.text;
                link.addEventListener('click', function (event) {
                    event.preventDefault();
                    item.input.focus();
                });
                entry.appendChild(link);
            } else {
                entry.textContent = item.text;
            }
            list.appendChild(entry);
        });
        summary.appendChild(list);
        summary.hidden = false;
        (first || summary).focus();
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

    var WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

    /**
     * The service hours as the REST API takes them: every weekday with "HH:mm-HH:mm" when ticked, null when not. The
     * server checks the times and names the weekday of each problem.
     */
    function serviceHoursBody(value, checked) {
        var hours = {};
        WEEKDAYS.forEach(function (day) {
            hours[day] = checked('sc-hours-' + day + '-open')
                ? trimmed(value('sc-hours-' + day + '-from')) + '-' + trimmed(value('sc-hours-' + day + '-to'))
                : null;
        });
        return hours;
    }

    /** Only the chosen country's regions can be picked; a region of another country is unselected. */
    function filterRegions(countrySelect, regionSelect) {
        var country = countrySelect.value;
        for (var i = 0; i < regionSelect.options.length; i++) {
            var option = regionSelect.options[i];
            var own = option.value === '' || option.getAttribute('data-country') === country;
            option.hidden = !own;
            option.disabled = !own;
            if (!own && option.selected) {
                regionSelect.value = '';
            }
        }
    }

    Page.prototype.bindHolidays = function () {
        var country = document.getElementById('sc-holiday-country');
        var region = document.getElementById('sc-holiday-region');
        if (!country || !region) {
            return;
        }
        filterRegions(country, region);
        country.addEventListener('change', function () { filterRegions(country, region); });
    };

    /** The terms as the REST API takes them; pushes one error for every field in error, all at once. */
    Page.prototype.termsBody = function (form, errors) {
        var page = this;
        var value = function (id) {
            var element = document.getElementById(id);
            return element ? element.value : null;
        };
        var body = {levels: {}};
        var incrementText = trimmed(value('sc-increment'));
        var increment = Number(incrementText);
        if (!/^\d{1,2}$/.test(incrementText) || increment < 1 || increment > page.maxIncrement) {
            errors.push({field: 'rounding.incrementMinutes', message: page.msg('increment-range', [page.maxIncrement])});
            increment = null;
        }
        var digits = page.currencyDigits;
        var currencyInput = document.getElementById('sc-currency');
        var currency = currencyInput ? trimmed(currencyInput.value).toUpperCase() : null;
        if (currencyInput) {
            digits = /^[A-Z]{3}$/.test(currency) ? currencyDigits(currency) : null;
            if (digits === null) {
                errors.push({field: 'currency', message: page.msg('currency')});
            }
        }
        var carry = value('sc-carry-policy');
        ['L1', 'L2', 'L3'].forEach(function (level) {
            var entry = {};
            var field = 'levels.' + level + '.';
            var minutes = page.minutes(value('sc-' + level + '-hours'), field + 'contingentMinutes', increment, false,
                errors);
            if (minutes !== null) {
                entry.contingentMinutes = minutes;
            }
            var rate = page.rate(value('sc-' + level + '-rate'), field + 'rateAmount', digits, errors);
            if (rate !== null) {
                entry.rateAmount = rate;
            }
            // a cap is needed only when unused minutes carry over, but whatever is typed there must make sense
            var capText = value('sc-' + level + '-cap');
            if (carry === 'UNUSED_UP_TO' || trimmed(capText) !== '') {
                var cap = page.minutes(capText, field + 'carryOverCapMinutes', increment, false, errors);
                if (cap !== null && carry === 'UNUSED_UP_TO') {
                    entry.carryOverCapMinutes = cap;
                }
            }
            body.levels[level] = entry;
        });
        body.rounding = {incrementMinutes: increment, mode: value('sc-rounding-mode')};
        var thresholds = parseThresholds(value('sc-thresholds'));
        if (thresholds.error) {
            errors.push({field: 'thresholds', message: page.msg(thresholds.error, [thresholds.argument])});
        } else if (thresholds.values.length > page.maxThresholds) {
            errors.push({field: 'thresholds', message: page.msg('thresholds-too-many', [page.maxThresholds])});
        }
        body.thresholds = thresholds.values || [];
        body.recipients = splitList(value('sc-recipients'));
        var recipientError = null;
        var seen = [];
        body.recipients.forEach(function (address) {
            if (recipientError) {
                return;
            }
            if (!isEmail(address)) {
                recipientError = page.msg('recipients-invalid', [address]);
            } else if (seen.indexOf(address.toLowerCase()) >= 0) {
                recipientError = page.msg('recipients-duplicate', [address]);
            }
            seen.push(address.toLowerCase());
        });
        if (!recipientError && body.recipients.length > page.maxRecipients) {
            recipientError = page.msg('recipients-too-many', [page.maxRecipients]);
        }
        if (recipientError) {
            errors.push({field: 'recipients', message: recipientError});
        }
        var makers = parseDecisionMakers(value('sc-decision-makers'));
        if (makers.error) {
            errors.push({field: 'decisionMakers', message: page.msg('decision-makers-invalid', [makers.error])});
        }
        body.decisionMakers = makers.values;
        var decisionThreshold = trimmed(value('sc-decision-threshold'));
        if (decisionThreshold !== '') {
            if (!/^\d{1,3}$/.test(decisionThreshold) || body.thresholds.indexOf(Number(decisionThreshold)) < 0) {
                errors.push({field: 'decisionThreshold', message: page.msg('decision-threshold-invalid',
                        [decisionThreshold])});
            } else {
                body.decisionThreshold = Number(decisionThreshold);
            }
        }
        body.carryOver = {policy: carry};
        body.overagePolicy = value('sc-overage');
        body.defaultLevel = value('sc-default-level');
        if (document.getElementById('sc-zone')) {
            body.zoneId = trimmed(value('sc-zone'));
            if (body.zoneId === '' || !isTimeZone(body.zoneId)) {
                errors.push({field: 'zoneId', message: page.msg('zone')});
            }
        }
        if (currencyInput) {
            body.currency = currency;
        }
        if (document.getElementById('sc-service-hours')) {
            body.serviceHours = serviceHoursBody(value, function (id) {
                var box = document.getElementById(id);
                return !!(box && box.checked);
            });
            var country = trimmed(value('sc-holiday-country'));
            var region = trimmed(value('sc-holiday-region'));
            body.holidays = country === '' ? null : {country: country, region: region === '' ? null : region};
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
            var month = trimmed(document.getElementById('sc-effective-month').value);
            if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) {
                errors.push({field: 'effectiveMonth', message: page.msg('month')});
            } else if (page.minMonth && month < page.minMonth) {
                errors.push({field: 'effectiveMonth', message: page.msg('month-closed')});
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
            var errors = [];
            var minutes = page.minutes(hoursText, 'minutes', page.currentIncrement, true, errors);
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
        page.bindHolidays();
        page.bindDecisions();
        var notice = document.getElementById('sc-notice');
        if (notice) {
            notice.focus();
        }
    }

    // exposed for tests of the parsing rules and the messages of one field
    window.SupportContingentSettings = {serviceHoursBody: serviceHoursBody, filterRegions: filterRegions,
        parseMinutes: parseMinutes, parseAmount: parseAmount,
        parseThresholds: parseThresholds, isEmail: isEmail, parseDecisionMakers: parseDecisionMakers, Page: Page};

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}());
