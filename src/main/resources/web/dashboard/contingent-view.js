/*
 * Support Contingent dashboard item: builds the DOM from the view model. Every text goes in through
 * createTextNode / textContent and every URL through setAttribute; nothing is ever parsed as HTML.
 * The document is passed in, so tests can use a small stand-in.
 *
 * Hooks for tests (stable): .sc-dashboard[data-month][data-scope], .sc-contract[data-project][data-state],
 * .sc-level[data-level][data-state], .sc-state[data-state], .sc-bar (role=progressbar), .sc-bar-used,
 * .sc-bar-over[data-cut], .sc-bar-limit, .sc-bar-forecast[data-forecast-percent][data-beyond], .sc-level-usage,
 * .sc-level-remaining, .sc-level-over, .sc-level-forecast, .sc-level-rate, .sc-forecast-note[data-forecast-from],
 * .sc-topups > .sc-topup, .sc-suspensions > .sc-suspension, a.sc-report-link, a.sc-contract-link,
 * .sc-message[data-kind].
 */
define('support-contingent/dashboard-view', ['support-contingent/dashboard-model'], function (model) {
    'use strict';

    /** A glyph next to the words, so that the state never depends on colour alone. */
    var GLYPHS = { ok: '\u2713', threshold: '!', exhausted: '\u2715', suspended: '\u2016' };
    var LOZENGES = { ok: 'aui-lozenge-success', threshold: 'aui-lozenge-moved', exhausted: 'aui-lozenge-removed',
        suspended: 'aui-lozenge-complete' };

    function Builder(doc, messages, options) {
        this.doc = doc;
        this.messages = messages || {};
        this.options = options || {};
    }

    /** "1st-level service hours: Mon–Fri 10:00–16:00 (Europe/Berlin), public holidays DE-NW", as the server says it. */
    Builder.prototype.serviceHours = function (contract) {
        var self = this;
        var schedule = contract.serviceHours.map(function (run) {
            var days = run.first === run.last ? self.text('hours.day.' + run.first)
                : self.text('hours.days', [self.text('hours.day.' + run.first), self.text('hours.day.' + run.last)]);
            return self.text('hours.dayHours', [days, run.from, run.to]);
        }).join(', ');
        var zone = contract.zoneId || '';
        return contract.holidays ? this.text('hours.lineWithHolidays', [schedule, zone, contract.holidays])
            : this.text('hours.line', [schedule, zone]);
    };

    Builder.prototype.text = function (name, args) {
        var template = Object.prototype.hasOwnProperty.call(this.messages, name) ? this.messages[name] : name;
        return model.format(template, args || []);
    };

    Builder.prototype.el = function (tag, className, text) {
        var element = this.doc.createElement(tag);
        if (className) {
            element.className = className;
        }
        if (text !== undefined && text !== null) {
            element.appendChild(this.doc.createTextNode(String(text)));
        }
        return element;
    };

    Builder.prototype.hours = function (minutes) {
        return this.text('hours', [model.hours(minutes)]);
    };

    Builder.prototype.levelName = function (level) {
        return this.text('level.' + level);
    };

    /**
     * " Decided by the customer (name)." for a top-up or suspension a decision maker chose through a decision link;
     * the name only for viewers the server gives it to. Empty for a manager's decision.
     */
    Builder.prototype.customersDecision = function (byCustomer, name) {
        if (!byCustomer) {
            return '';
        }
        return ' ' + (name ? this.text('byCustomer.named', [name]) : this.text('byCustomer'));
    };

    /**
     * A calendar day or an instant as the server's DisplayFormat shows them (the locale's medium style, e.g.
     * "02.12.2026" / "Dec 2, 2026", times "02.12.2026, 17:56"); instants in the contract's zone. Intl uses the same
     * CLDR data as the JDK, and the locale is the one Jira gives the page (the user's).
     */
    Builder.prototype.day = function (iso, zoneId) {
        if (!iso) {
            return '';
        }
        var dayOnly = iso.length === 10;
        var date = new Date(dayOnly ? iso + 'T12:00:00Z' : iso);
        if (isNaN(date.getTime())) {
            return String(iso);
        }
        var options = dayOnly ? { dateStyle: 'medium', timeZone: 'UTC' }
            : { dateStyle: 'medium', timeStyle: 'short', timeZone: zoneId || undefined };
        try {
            return new Intl.DateTimeFormat(this.options.locale || undefined, options).format(date);
        } catch (e) {
            return String(iso).substring(0, 10);
        }
    };

    /** A day of the shown month in words (weekday, day and month name), e.g. "Friday, December 4". */
    Builder.prototype.longDay = function (iso) {
        var date = new Date(iso + 'T12:00:00Z');
        if (!model.isDay(iso) || isNaN(date.getTime())) {
            return String(iso);
        }
        try {
            return new Intl.DateTimeFormat(this.options.locale || undefined, { weekday: 'long', month: 'long',
                day: 'numeric', timeZone: 'UTC' }).format(date);
        } catch (e) {
            return String(iso);
        }
    };

    /** A month (yyyy-MM) by name, as the server's DisplayFormat shows it, e.g. "December 2026" / "Dezember 2026". */
    Builder.prototype.monthName = function (yyyyMm) {
        var match = /^(\d{4})-(\d{2})$/.exec(String(yyyyMm));
        if (!match) {
            return String(yyyyMm);
        }
        try {
            return new Intl.DateTimeFormat(this.options.locale || undefined, { month: 'long', year: 'numeric',
                timeZone: 'UTC' }).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15)));
        } catch (e) {
            return String(yyyyMm);
        }
    };

    /** Money as the server shows it: the locale's separators and the currency, e.g. "70,00 €" / "€70.00". */
    Builder.prototype.money = function (amount, currency) {
        try {
            return new Intl.NumberFormat(this.options.locale || undefined, { style: 'currency', currency: currency })
                .format(amount);
        } catch (e) {
            return String(amount) + ' ' + currency;
        }
    };

    Builder.prototype.state = function (state) {
        var lozenge = this.el('span', 'sc-state aui-lozenge ' + LOZENGES[state]);
        lozenge.setAttribute('data-state', state);
        var glyph = this.el('span', 'sc-state-icon', GLYPHS[state]);
        glyph.setAttribute('aria-hidden', 'true');
        lozenge.appendChild(glyph);
        lozenge.appendChild(this.doc.createTextNode(' ' + this.text('state.' + state)));
        return lozenge;
    };

    /**
     * The bar is the level's contingent (available minutes): used fills it, the contingent's end is marked, the
     * part over it follows in the room beyond (cut off with an arrow if longer), the forecast is a separate marker
     * on the same scale (at the room's end with an arrow if beyond it), only when it is shown.
     */
    Builder.prototype.bar = function (level, id, contract) {
        var bar = this.el('div', 'sc-bar');
        bar.setAttribute('role', 'progressbar');
        bar.setAttribute('aria-valuemin', '0');
        bar.setAttribute('aria-valuemax', String(level.availableMinutes));
        bar.setAttribute('aria-valuenow', String(Math.min(level.usedMinutes, level.availableMinutes)));
        var words = [this.usage(level)];
        if (level.overageMinutes > 0) {
            words.push(this.text('over', [this.hours(level.overageMinutes)]));
        }
        if (level.forecastShown) {
            words.push(this.forecast(level));
        } else if (level.forecastWithheld === 'pending' && contract && contract.forecast.from) {
            words.push(this.forecastFrom(contract.forecast.from));
        }
        words.push(this.text('state.' + level.state));
        bar.setAttribute('aria-valuetext', words.map(function (sentence) {
            return sentence.replace(/\.$/, '');
        }).join('. '));
        bar.setAttribute('aria-labelledby', id);
        var used = this.el('span', 'sc-bar-used');
        used.style.width = level.bar.used + '%';
        bar.appendChild(used);
        var limit = this.el('span', 'sc-bar-limit');
        limit.style.left = '100%';
        limit.setAttribute('title', this.text('bar.limit'));
        bar.appendChild(limit);
        if (level.bar.over > 0) {
            var over = this.el('span', 'sc-bar-over');
            over.style.left = '100%';
            over.style.width = level.bar.over + '%';
            over.setAttribute('data-cut', String(level.bar.overCut));
            over.setAttribute('title', this.text('over', [this.hours(level.overageMinutes)]));
            bar.appendChild(over);
        }
        if (level.forecastShown) {
            var forecast = this.el('span', 'sc-bar-forecast');
            forecast.style.left = level.bar.forecast + '%';
            forecast.setAttribute('data-forecast-percent', level.projectedPercent === null ? ''
                : String(level.projectedPercent));
            forecast.setAttribute('data-beyond', String(level.bar.forecastBeyond));
            forecast.setAttribute('title', this.forecast(level));
            bar.appendChild(forecast);
        }
        for (var i = 0; i < bar.childNodes.length; i++) {
            bar.childNodes[i].setAttribute('aria-hidden', 'true');
        }
        return bar;
    };

    Builder.prototype.usage = function (level) {
        return level.percentUsed === null
            ? this.text('usage.noContingent', [this.hours(level.usedMinutes)])
            : this.text('usage', [this.hours(level.usedMinutes), this.hours(level.availableMinutes),
                level.percentUsed]);
    };

    Builder.prototype.forecast = function (level) {
        return level.projectedPercent === null
            ? this.text('forecast.noContingent', [this.hours(level.projectedMinutes)])
            : this.text('forecast', [this.hours(level.projectedMinutes), level.projectedPercent]);
    };

    Builder.prototype.forecastFrom = function (day) {
        return this.text('forecast.from', [this.longDay(day), model.FORECAST_AFTER_WORKING_DAYS]);
    };

    Builder.prototype.level = function (level, contract, idPrefix) {
        var item = this.el('li', 'sc-level sc-level-' + level.state);
        item.setAttribute('data-level', level.level);
        item.setAttribute('data-state', level.state);
        var nameId = idPrefix + '-' + level.level;
        var head = this.el('div', 'sc-level-head');
        var name = this.el('span', 'sc-level-name', this.levelName(level.level));
        name.id = nameId;
        head.appendChild(name);
        head.appendChild(this.doc.createTextNode(' '));
        head.appendChild(this.state(level.state));
        item.appendChild(head);
        item.appendChild(this.bar(level, nameId, contract));

        var facts = this.el('ul', 'sc-level-facts');
        facts.appendChild(this.el('li', 'sc-level-usage', this.usage(level)));
        if (level.overageMinutes > 0) {
            facts.appendChild(this.el('li', 'sc-level-over', this.text('over', [this.hours(level.overageMinutes)])));
        } else {
            facts.appendChild(this.el('li', 'sc-level-remaining',
                this.text('remaining', [this.hours(level.remainingMinutes)])));
        }
        if (level.forecastShown) {
            var forecast = this.forecast(level);
            if (level.projectedExhaustionDay) {
                forecast += ' ' + this.text('forecast.exhaustion', [this.day(level.projectedExhaustionDay)]);
            }
            facts.appendChild(this.el('li', 'sc-level-forecast', forecast));
        }
        if (level.suspendedMinutes > 0) {
            facts.appendChild(this.el('li', 'sc-level-suspended',
                this.text('suspendedWork', [this.hours(level.suspendedMinutes)])));
        }
        if (contract.moneyVisible && level.hourlyRate !== null && contract.currency) {
            facts.appendChild(this.el('li', 'sc-level-rate',
                this.text('rate', [this.money(level.hourlyRate, contract.currency)])));
        }
        item.appendChild(facts);
        return item;
    };

    Builder.prototype.link = function (className, href, label, projectKey) {
        var a = this.el('a', className, label);
        a.setAttribute('href', href);
        a.setAttribute('data-project', projectKey);
        return a;
    };

    Builder.prototype.contract = function (contract, idPrefix) {
        var id = idPrefix + '-' + contract.projectKey;
        var item = this.el('li', 'sc-contract sc-contract-' + contract.state);
        item.id = id;
        item.setAttribute('data-project', contract.projectKey);
        item.setAttribute('data-state', contract.state);
        item.setAttribute('aria-labelledby', id + '-name');

        var head = this.el('h3', 'sc-contract-head');
        var name = this.el('span', 'sc-contract-name', contract.projectName);
        name.id = id + '-name';
        head.appendChild(name);
        head.appendChild(this.doc.createTextNode(' '));
        head.appendChild(this.el('span', 'sc-contract-key', contract.projectKey));
        head.appendChild(this.doc.createTextNode(' '));
        head.appendChild(this.state(contract.state));
        if (contract.closed) {
            head.appendChild(this.doc.createTextNode(' '));
            head.appendChild(this.el('span', 'sc-closed aui-lozenge', this.text('closed')));
        }
        item.appendChild(head);
        if (contract.serviceHours.length) {
            item.appendChild(this.el('p', 'sc-service-hours', this.serviceHours(contract)));
        }

        var levels = this.el('ul', 'sc-levels');
        for (var i = 0; i < contract.levels.length; i++) {
            levels.appendChild(this.level(contract.levels[i], contract, id));
        }
        item.appendChild(levels);

        if (contract.suspensions.length) {
            var suspensions = this.el('ul', 'sc-suspensions');
            suspensions.setAttribute('aria-label', this.text('suspensions'));
            for (var s = 0; s < contract.suspensions.length; s++) {
                var suspension = contract.suspensions[s];
                var text = suspension.level
                    ? this.text('suspension.level', [this.levelName(suspension.level),
                        this.day(suspension.from, contract.zoneId)])
                    : this.text('suspension.all', [this.day(suspension.from, contract.zoneId)]);
                if (suspension.reason) {
                    text += ' ' + this.text('reason', [suspension.reason]);
                }
                text += this.customersDecision(suspension.byCustomer, suspension.suspendedBy);
                var entry = this.el('li', 'sc-suspension', text);
                entry.setAttribute('data-level', suspension.level || 'ALL');
                suspensions.appendChild(entry);
            }
            item.appendChild(this.el('h4', 'sc-subhead', this.text('suspensions')));
            item.appendChild(suspensions);
        }
        if (contract.topUps.length) {
            var topUps = this.el('ul', 'sc-topups');
            topUps.setAttribute('aria-label', this.text('topups'));
            for (var t = 0; t < contract.topUps.length; t++) {
                var topUp = contract.topUps[t];
                var line = this.text('topup', [this.levelName(topUp.level), this.hours(topUp.minutes)]);
                if (topUp.reason) {
                    line += ' ' + this.text('reason', [topUp.reason]);
                }
                line += this.customersDecision(topUp.byCustomer, topUp.grantedBy);
                var row = this.el('li', 'sc-topup', line);
                row.setAttribute('data-level', topUp.level);
                row.setAttribute('data-minutes', String(topUp.minutes));
                topUps.appendChild(row);
            }
            item.appendChild(this.el('h4', 'sc-subhead', this.text('topups')));
            item.appendChild(topUps);
        }

        // only links the reader may follow (the model decides from the status JSON); none at all for the others
        if (contract.links.report || contract.links.contract) {
            var links = this.el('p', 'sc-links');
            var contextPath = this.options.contextPath || '';
            if (contract.links.report) {
                links.appendChild(this.link('sc-report-link', model.reportUrl(contextPath, contract,
                    this.options.projectIds ? this.options.projectIds[contract.projectKey] : null),
                    this.text('link.report'), contract.projectKey));
            }
            if (contract.links.report && contract.links.contract) {
                links.appendChild(this.doc.createTextNode(' \u00b7 '));
            }
            if (contract.links.contract) {
                links.appendChild(this.link('sc-contract-link', model.contractUrl(contextPath, contract),
                    this.text('link.contract'), contract.projectKey));
            }
            item.appendChild(links);
        }
        return item;
    };

    function clear(container) {
        while (container.firstChild) {
            container.removeChild(container.firstChild);
        }
    }

    /** The whole item: the month, then every contract (riskiest first, as the model sorted them). */
    function renderContracts(doc, container, contracts, month, messages, options) {
        var b = new Builder(doc, messages, options);
        var idPrefix = (options && options.idPrefix) || 'sc';
        clear(container);
        var root = b.el('div', 'sc-dashboard');
        root.setAttribute('data-month', month);
        root.setAttribute('data-scope', options && options.projectKey ? 'one' : 'all');
        root.appendChild(b.el('p', 'sc-dashboard-month', b.text('month', [b.monthName(month)])));
        var from = model.pendingForecastFrom(contracts);
        if (from) {
            var note = b.el('p', 'sc-forecast-note', b.forecastFrom(from));
            note.setAttribute('data-forecast-from', from);
            root.appendChild(note);
        }
        if (!contracts.length) {
            root.appendChild(message(b, 'empty', b.text('empty', [month])));
        } else {
            var list = b.el('ul', 'sc-contracts');
            for (var i = 0; i < contracts.length; i++) {
                list.appendChild(b.contract(contracts[i], idPrefix));
            }
            root.appendChild(list);
        }
        container.appendChild(root);
        return root;
    }

    function message(b, kind, text) {
        var p = b.el('p', 'sc-message aui-message ' + (kind === 'error' ? 'aui-message-error' : 'aui-message-info'),
            text);
        p.setAttribute('data-kind', kind);
        p.setAttribute('role', kind === 'error' ? 'alert' : 'status');
        return p;
    }

    /** A single message (loading, error) in place of the item's content. */
    function renderMessage(doc, container, kind, text, messages) {
        var b = new Builder(doc, messages);
        clear(container);
        var root = b.el('div', 'sc-dashboard');
        root.appendChild(message(b, kind, text));
        container.appendChild(root);
        return root;
    }

    /** The edit view: contract (all or one) and month. Answers the form's controls for the item to wire up. */
    function renderEdit(doc, container, prefs, contracts, messages, idPrefix) {
        var b = new Builder(doc, messages);
        var id = idPrefix || 'sc-edit';
        clear(container);
        var form = b.el('form', 'aui sc-dashboard-edit');
        form.id = id;
        form.setAttribute('novalidate', 'novalidate');

        var projectGroup = b.el('div', 'field-group');
        var projectLabel = b.el('label', null, b.text('edit.contract'));
        projectLabel.setAttribute('for', id + '-project');
        var select = b.el('select', 'select sc-edit-project');
        select.id = id + '-project';
        select.setAttribute('name', 'projectKey');
        var all = b.el('option', null, b.text('edit.all'));
        all.setAttribute('value', '');
        select.appendChild(all);
        var keys = {};
        (contracts || []).forEach(function (contract) {
            keys[contract.projectKey] = true;
            var option = b.el('option', null, b.text('edit.option', [contract.projectName, contract.projectKey]));
            option.setAttribute('value', contract.projectKey);
            select.appendChild(option);
        });
        if (prefs.projectKey && !keys[prefs.projectKey]) {
            var kept = b.el('option', null, prefs.projectKey);
            kept.setAttribute('value', prefs.projectKey);
            select.appendChild(kept);
        }
        select.value = prefs.projectKey || '';
        projectGroup.appendChild(projectLabel);
        projectGroup.appendChild(select);
        var projectError = b.el('div', 'error sc-edit-error');
        projectError.id = id + '-project-error';
        projectError.setAttribute('role', 'alert');
        projectGroup.appendChild(projectError);
        form.appendChild(projectGroup);

        var monthGroup = b.el('div', 'field-group');
        var monthLabel = b.el('label', null, b.text('edit.month'));
        monthLabel.setAttribute('for', id + '-month');
        var input = b.el('input', 'text sc-edit-month');
        input.id = id + '-month';
        input.setAttribute('name', 'month');
        input.setAttribute('type', 'text');
        input.setAttribute('placeholder', 'yyyy-MM');
        input.setAttribute('maxlength', '7');
        input.setAttribute('autocomplete', 'off');
        input.setAttribute('aria-describedby', id + '-month-hint ' + id + '-month-error');
        input.value = prefs.month || '';
        var hint = b.el('div', 'description', b.text('edit.month.hint'));
        hint.id = id + '-month-hint';
        var monthError = b.el('div', 'error sc-edit-error');
        monthError.id = id + '-month-error';
        monthError.setAttribute('role', 'alert');
        monthGroup.appendChild(monthLabel);
        monthGroup.appendChild(input);
        monthGroup.appendChild(hint);
        monthGroup.appendChild(monthError);
        form.appendChild(monthGroup);

        var buttons = b.el('div', 'buttons-container');
        var inner = b.el('div', 'buttons');
        var save = b.el('button', 'aui-button aui-button-primary sc-edit-save', b.text('edit.save'));
        save.setAttribute('type', 'submit');
        var cancel = b.el('button', 'aui-button aui-button-link sc-edit-cancel', b.text('edit.cancel'));
        cancel.setAttribute('type', 'button');
        inner.appendChild(save);
        inner.appendChild(doc.createTextNode(' '));
        inner.appendChild(cancel);
        buttons.appendChild(inner);
        form.appendChild(buttons);
        container.appendChild(form);
        return { form: form, project: select, month: input, save: save, cancel: cancel,
            errors: { projectKey: projectError, month: monthError } };
    }

    /** Shows the problems of validateEdit next to their fields (and clears the others). */
    function showEditErrors(doc, controls, errors, messages) {
        var b = new Builder(doc, messages);
        ['projectKey', 'month'].forEach(function (field) {
            clear(controls.errors[field]);
            var control = field === 'month' ? controls.month : controls.project;
            control.removeAttribute('aria-invalid');
        });
        (errors || []).forEach(function (error) {
            controls.errors[error.field].appendChild(doc.createTextNode(b.text(error.message)));
            (error.field === 'month' ? controls.month : controls.project).setAttribute('aria-invalid', 'true');
        });
    }

    return {
        renderContracts: renderContracts,
        renderMessage: renderMessage,
        renderEdit: renderEdit,
        showEditErrors: showEditErrors
    };
});
