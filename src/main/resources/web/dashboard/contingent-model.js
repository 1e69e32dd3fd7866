/*
 * Support Contingent dashboard item: the view model. Pure functions, no DOM and no globals, so that the same code
 * runs in Jira, in the sandbox and under `node --test` (src/test/js).
 *
 * Input: the JSON of GET /rest/support-contingent/1.0/statuses?month=yyyy-MM (a list) or
 * GET /rest/support-contingent/1.0/projects/{key}/months/{month}/status (one), see docs/rest-api.md.
 */
define('support-contingent/dashboard-model', [], function () {
    'use strict';

    var LEVELS = ['L1', 'L2', 'L3'];
    /** The server's level state (the domain's LevelState, as the issue panel shows it) as the item names it. */
    var STATES = { SUSPENDED: 'suspended', OVER: 'exhausted', REACHED: 'exhausted', WARNING: 'threshold', OK: 'ok' };
    var STATE_ORDER = { suspended: 0, exhausted: 1, threshold: 2, ok: 3 };
    var MONTH = /^(19[7-9]\d|2\d{3})-(0[1-9]|1[0-2])$/;
    var PROJECT_KEY = /^[A-Z][A-Z0-9_]{0,254}$/;
    var DAY = /^\d{4}-\d{2}-\d{2}$/;
    /**
     * A month's forecast is shown once this many working days have passed in full: before that, a linear forecast
     * multiplies a day or two of work by twenty and says nothing. The server names that day in the status
     * (forecastFrom), counting the contract's service days without public holidays; this count of Monday to Friday
     * is only for a status that does not name it.
     */
    var FORECAST_AFTER_WORKING_DAYS = 3;
    /**
     * Room beyond the contingent, in percent of the bar's width: the bar itself is the contingent (available
     * minutes); the part over it and a forecast beyond it are drawn in this room and cut off at its end.
     */
    var ROOM = 20;

    function number(value) {
        var n = Number(value);
        return isFinite(n) ? n : 0;
    }

    /** Whole percent, rounded down as the server does; null when there is no contingent to compare with. */
    function percentOf(minutes, available) {
        if (available <= 0) {
            return minutes > 0 ? null : 0;
        }
        return Math.floor(minutes * 100 / available);
    }

    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }

    /** A calendar day as yyyy-MM-dd (compares as text); y, m (1-12), d may overflow, as Date.UTC allows. */
    function isoDay(y, m, d) {
        var date = new Date(Date.UTC(y, m - 1, d));
        return date.getUTCFullYear() + '-' + pad(date.getUTCMonth() + 1) + '-' + pad(date.getUTCDate());
    }

    function isWorkingDay(y, m, d) {
        var weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
        return weekday !== 0 && weekday !== 6;
    }

    /** The date of the instant in the contract's time zone (yyyy-MM-dd); the browser's zone if it is unknown. */
    function today(now, zoneId) {
        if (zoneId) {
            try {
                var parts = {};
                new Intl.DateTimeFormat('en-US', { timeZone: zoneId, year: 'numeric', month: '2-digit',
                    day: '2-digit' }).formatToParts(now).forEach(function (part) {
                    parts[part.type] = part.value;
                });
                if (parts.year && parts.month && parts.day) {
                    return parts.year + '-' + parts.month + '-' + parts.day;
                }
            } catch (e) {
                // an unknown zone: the browser's own below
            }
        }
        return now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
    }

    /** The first day of the month on which FORECAST_AFTER_WORKING_DAYS working days have passed in full. */
    function forecastFrom(month) {
        var y = Number(month.substring(0, 4));
        var m = Number(month.substring(5, 7));
        var seen = 0;
        var d = 1;
        while (seen < FORECAST_AFTER_WORKING_DAYS) {
            if (isWorkingDay(y, m, d)) {
                seen++;
            }
            d++;
        }
        return isoDay(y, m, d);
    }

    /**
     * Whether the month's forecast means anything today, in the contract's zone: 'shown' from the first day on which
     * enough service days have passed to the month's last day, 'pending' before (the month has not started or too few
     * service days have passed), 'ended' after (the month's usage is final). Without a valid month: 'ended', i.e. no
     * forecast.
     *
     * @param serverFrom the status's forecastFrom: that first day (yyyy-MM-dd), or null for a month with too few
     *        service days (its forecast stays pending); when absent, working days are counted here (forecastFrom)
     */
    function forecastStatus(month, zoneId, now, serverFrom) {
        if (!isMonth(month)) {
            return { status: 'ended', from: null, today: null };
        }
        var day = today(now, zoneId);
        var from = typeof serverFrom === 'string' && DAY.test(serverFrom) ? serverFrom
            : serverFrom === null ? null : forecastFrom(month);
        var last = isoDay(Number(month.substring(0, 4)), Number(month.substring(5, 7)) + 1, 0);
        var status = day > last ? 'ended' : from === null || day < from ? 'pending' : 'shown';
        return { status: status, from: from, today: day };
    }

    function round1(value) {
        return Math.round(value * 10) / 10;
    }

    /** The minutes in percent of the contingent; beyond any end (Infinity) when there is no contingent. */
    function barPercent(minutes, available) {
        if (available <= 0) {
            return minutes > 0 ? Infinity : 0;
        }
        return minutes * 100 / available;
    }

    /**
     * One level of one contract: state, numbers, whether its forecast is shown and the geometry of its bar.
     * The bar is the contingent (available = contingent + top-ups + carry-in): used fills it up to 100 %, the
     * part over the contingent follows it in the room beyond (at most ROOM %, then cut), the forecast is a marker
     * on the same scale. No forecast while the month's forecast is not shown (see forecastStatus), and none for a
     * level whose contingent is exhausted or whose support is suspended.
     *
     * @param forecast the contract's forecastStatus (optional: then shown)
     */
    function levelView(json, moneyVisible, forecast) {
        var used = Math.max(0, number(json.usedMinutes));
        var available = Math.max(0, number(json.availableMinutes));
        var projected = Math.max(used, number(json.projectedMonthEndMinutes));
        var over = Math.max(0, number(json.overageMinutes), used - available);
        // the server decides the state; every status of the REST API carries it
        var state = STATES[json.state] || 'ok';
        var month = forecast || { status: 'shown', from: null, today: null };
        var withheld = month.status !== 'shown' ? month.status
            : state === 'exhausted' || state === 'suspended' ? state : null;
        var exhaustion = isDay(json.projectedExhaustionDay) ? json.projectedExhaustionDay : null;
        if (withheld || (exhaustion && month.today && exhaustion < month.today)) {
            exhaustion = null;
        }
        var overPercent = barPercent(over, available);
        var forecastPercent = barPercent(projected, available);
        var view = {
            level: String(json.level),
            state: state,
            stateThreshold: state === 'threshold' && typeof json.stateThreshold === 'number' ? json.stateThreshold
                : null,
            usedMinutes: used,
            availableMinutes: available,
            remainingMinutes: Math.max(0, available - used),
            overageMinutes: over,
            suspendedMinutes: Math.max(0, number(json.suspendedMinutes)),
            percentUsed: typeof json.percentUsed === 'number' ? json.percentUsed : percentOf(used, available),
            forecastShown: !withheld,
            forecastWithheld: withheld,
            projectedMinutes: projected,
            projectedPercent: percentOf(projected, available),
            projectedExhaustionDay: exhaustion,
            bar: {
                used: available > 0 ? round1(Math.min(used, available) * 100 / available) : 0,
                over: round1(Math.min(overPercent, ROOM)),
                overCut: overPercent > ROOM,
                forecast: withheld ? null : round1(Math.min(forecastPercent, 100 + ROOM)),
                forecastBeyond: !withheld && forecastPercent > 100 + ROOM
            },
            hourlyRate: null
        };
        if (moneyVisible === true && json.hourlyRate !== undefined && json.hourlyRate !== null) {
            view.hourlyRate = number(json.hourlyRate);
        }
        return view;
    }

    /**
     * How risky a contract is, for sorting: suspended or over first, then by the highest percent a level is
     * expected to reach (its forecast where one is shown, else what it has used).
     */
    function risk(levels) {
        var worst = 3;
        var projected = 0;
        var used = 0;
        levels.forEach(function (level) {
            var expected = level.forecastShown ? level.projectedPercent : level.percentUsed;
            worst = Math.min(worst, STATE_ORDER[level.state]);
            projected = Math.max(projected, expected === null ? Infinity : expected);
            used = Math.max(used, level.percentUsed === null ? Infinity : level.percentUsed);
        });
        return { group: worst <= STATE_ORDER.exhausted ? 0 : 1, state: worst, projectedPercent: projected,
            percentUsed: used };
    }

    /**
     * A whole contract: its levels in L1, L2, L3 order, top-ups, suspensions, its forecast status, the links the
     * reader may follow and its risk.
     *
     * Links: the billing report needs the right to see money (the report's use case requires it) and the contract
     * page the right to manage the contract; the access policy grants both to project and Jira admins alike, and the
     * status JSON says it as moneyVisible. Anyone else would get a refusal, so gets no link.
     *
     * @param now the current instant (a Date); the contract's zone decides which day it is
     */
    function contractView(json, now) {
        var moneyVisible = json.moneyVisible === true;
        var forecast = forecastStatus(String(json.month), typeof json.zoneId === 'string' ? json.zoneId : null,
            now || new Date(), json.forecastFrom);
        var levels = (Array.isArray(json.levels) ? json.levels : []).slice().sort(function (a, b) {
            return LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level);
        }).map(function (level) {
            return levelView(level, moneyVisible, forecast);
        });
        var worst = levels.reduce(function (state, level) {
            return STATE_ORDER[level.state] < STATE_ORDER[state] ? level.state : state;
        }, 'ok');
        return {
            projectKey: String(json.projectKey),
            projectName: json.projectName === undefined || json.projectName === null ? String(json.projectKey)
                : String(json.projectName),
            projectId: json.projectId === undefined || json.projectId === null ? null : String(json.projectId),
            month: String(json.month),
            zoneId: typeof json.zoneId === 'string' ? json.zoneId : null,
            closed: json.closed === true,
            currency: moneyVisible && typeof json.currency === 'string' ? json.currency : null,
            moneyVisible: moneyVisible,
            links: { report: moneyVisible, contract: moneyVisible },
            forecast: { status: forecast.status, from: forecast.from },
            state: worst,
            levels: levels,
            topUps: (Array.isArray(json.topUps) ? json.topUps : []).map(function (t) {
                return { level: String(t.level), minutes: number(t.minutes), reason: t.reason || '',
                    grantedBy: t.grantedBy || '', grantedAt: t.grantedAt || '',
                    byCustomer: t.decidedViaLink === true };
            }),
            suspensions: (Array.isArray(json.activeSuspensions) ? json.activeSuspensions : []).map(function (s) {
                return { level: s.level ? String(s.level) : null, from: s.from || '', until: s.until || '',
                    reason: s.reason || '', suspendedBy: s.suspendedBy || '', byCustomer: s.decidedViaLink === true };
            }),
            risk: risk(levels),
            serviceHours: serviceHours(json.serviceHours),
            holidays: typeof json.holidays === 'string' && json.holidays ? json.holidays : null
        };
    }

    var WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
    var RANGE = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

    /**
     * The 1st-level service hours of the status JSON (weekday to "HH:mm-HH:mm" or null when closed) as runs of
     * consecutive weekdays with the same hours, Monday first: [{ first: 'MONDAY', last: 'FRIDAY', from: '10:00',
     * to: '16:00' }]. Anything that is not such a range counts as closed; no object at all gives an empty list.
     */
    function serviceHours(json) {
        var runs = [];
        if (!json || typeof json !== 'object') {
            return runs;
        }
        var previous = null;
        WEEKDAYS.forEach(function (day) {
            var value = typeof json[day] === 'string' ? json[day] : null;
            var match = value === null ? null : RANGE.exec(value);
            if (!match) {
                previous = null;
                return;
            }
            var from = match[1] + ':' + match[2];
            var to = match[3] + ':' + match[4];
            if (previous && previous.from === from && previous.to === to) {
                previous.last = day;
            } else {
                previous = { first: day, last: day, from: from, to: to };
                runs.push(previous);
            }
        });
        return runs;
    }

    /** Infinity - Infinity is NaN, which is falsy: equal infinite percentages fall through to the next key. */
    function compareByRisk(a, b) {
        return (a.risk.group - b.risk.group)
            || (b.risk.projectedPercent - a.risk.projectedPercent)
            || (a.risk.state - b.risk.state)
            || (b.risk.percentUsed - a.risk.percentUsed)
            || (a.projectKey < b.projectKey ? -1 : a.projectKey > b.projectKey ? 1 : 0);
    }

    /** The overview: every contract, riskiest first. */
    function overview(list, now) {
        var at = now || new Date();
        return (Array.isArray(list) ? list : [list]).filter(function (json) {
            return json && typeof json === 'object';
        }).map(function (json) {
            return contractView(json, at);
        }).sort(compareByRisk);
    }

    /** The day from which forecasts start, if any contract's forecast is still to come; else null. */
    function pendingForecastFrom(contracts) {
        var from = null;
        (contracts || []).forEach(function (contract) {
            var pending = contract.forecast && contract.forecast.status === 'pending' && contract.forecast.from;
            if (pending && (!from || contract.forecast.from < from)) {
                from = contract.forecast.from;
            }
        });
        return from;
    }

    /**
     * Whole minutes as Jira shows logged time and as the plugin's pages, mails and exports show durations
     * (DisplayFormat on the server): "7h 5m", "8h", "25m", "0m", "-1h 5m". The same in every language, as in Jira.
     */
    function hours(minutes) {
        var value = number(minutes);
        var total = Math.round(Math.abs(value));
        var h = Math.floor(total / 60);
        var m = total % 60;
        var sign = value < 0 && total > 0 ? '-' : '';
        if (h === 0) {
            return sign + m + 'm';
        }
        return sign + h + 'h' + (m === 0 ? '' : ' ' + m + 'm');
    }

    /** {0}, {1} ... replaced by the arguments as text (never markup). */
    function format(template, args) {
        return String(template).replace(/\{(\d+)\}/g, function (all, index) {
            var value = args[Number(index)];
            return value === undefined || value === null ? all : String(value);
        });
    }

    /** The current month of the given date, in the browser's time zone. */
    function currentMonth(date) {
        return date.getFullYear() + '-' + pad(date.getMonth() + 1);
    }

    function isMonth(text) {
        return typeof text === 'string' && MONTH.test(text);
    }

    function isDay(text) {
        return typeof text === 'string' && DAY.test(text);
    }

    function isProjectKey(text) {
        return typeof text === 'string' && PROJECT_KEY.test(text);
    }

    /** Preferences with defaults: all contracts, the current month. Invalid values fall back to the defaults. */
    function preferences(prefs, now) {
        var p = prefs || {};
        var key = typeof p.projectKey === 'string' ? p.projectKey.trim() : '';
        var month = typeof p.month === 'string' ? p.month.trim() : '';
        return {
            projectKey: isProjectKey(key) ? key : '',
            month: isMonth(month) ? month : '',
            effectiveMonth: isMonth(month) ? month : currentMonth(now)
        };
    }

    /** Validates the edit form; answers the preferences to save or the message keys of the problems. */
    function validateEdit(form) {
        var key = String(form.projectKey || '').trim();
        var month = String(form.month || '').trim();
        var errors = [];
        if (key !== '' && !isProjectKey(key)) {
            errors.push({ field: 'projectKey', message: 'edit.contract.invalid' });
        }
        if (month !== '' && !isMonth(month)) {
            errors.push({ field: 'month', message: 'edit.month.invalid' });
        }
        return errors.length ? { errors: errors }
            : { preferences: { projectKey: key, month: month, isConfigured: 'true' } };
    }

    /** The REST call for the preferences. */
    function statusUrl(contextPath, prefs) {
        var base = contextPath + '/rest/support-contingent/1.0';
        return prefs.projectKey
            ? base + '/projects/' + encodeURIComponent(prefs.projectKey) + '/months/'
                + encodeURIComponent(prefs.effectiveMonth) + '/status'
            : base + '/statuses?month=' + encodeURIComponent(prefs.effectiveMonth);
    }

    /**
     * The billing report of the contract's month. Jira's report page needs the project id; the status JSON names the
     * project by key, so without an id (resolved through Jira's REST API by the item) the link opens the project's
     * report list, which is reachable by key and lists the billing report.
     */
    function reportUrl(contextPath, contract, projectId) {
        var id = projectId || contract.projectId;
        if (id && /^\d{1,18}$/.test(String(id))) {
            return contextPath + '/secure/ConfigureReport.jspa?selectedProjectId=' + encodeURIComponent(id)
                + '&reportKey=' + encodeURIComponent('de.tieredsupport.support-contingent:billing-report')
                + '&month=' + encodeURIComponent(contract.month);
        }
        return contextPath + '/projects/' + encodeURIComponent(contract.projectKey)
            + '?selectedItem=' + encodeURIComponent('com.atlassian.jira.jira-projects-plugin:report-page');
    }

    function contractUrl(contextPath, contract) {
        return contextPath + '/plugins/servlet/support-contingent/contract?projectKey='
            + encodeURIComponent(contract.projectKey);
    }

    return {
        LEVELS: LEVELS,
        FORECAST_AFTER_WORKING_DAYS: FORECAST_AFTER_WORKING_DAYS,
        ROOM: ROOM,
        levelView: levelView,
        forecastFrom: forecastFrom,
        forecastStatus: forecastStatus,
        today: today,
        pendingForecastFrom: pendingForecastFrom,
        contractView: contractView,
        serviceHours: serviceHours,
        WEEKDAYS: WEEKDAYS,
        overview: overview,
        compareByRisk: compareByRisk,
        hours: hours,
        format: format,
        currentMonth: currentMonth,
        isMonth: isMonth,
        isDay: isDay,
        isProjectKey: isProjectKey,
        preferences: preferences,
        validateEdit: validateEdit,
        statusUrl: statusUrl,
        reportUrl: reportUrl,
        contractUrl: contractUrl
    };
});
