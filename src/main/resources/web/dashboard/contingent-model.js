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

    /**
     * One level of one contract: state, numbers and the geometry of its bar. Positions are percent of the bar's
     * width; the bar's scale is the largest of available, used and forecast, so overage and a forecast beyond the
     * contingent stay visible.
     */
    function levelView(json, moneyVisible) {
        var used = Math.max(0, number(json.usedMinutes));
        var available = Math.max(0, number(json.availableMinutes));
        var projected = Math.max(used, number(json.projectedMonthEndMinutes));
        var over = Math.max(0, number(json.overageMinutes), used - available);
        // the server decides the state; every status of the REST API carries it
        var state = STATES[json.state] || 'ok';
        var scale = Math.max(available, used, projected, 1);
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
            projectedMinutes: projected,
            projectedPercent: percentOf(projected, available),
            projectedExhaustionDay: typeof json.projectedExhaustionDay === 'string' ? json.projectedExhaustionDay
                : null,
            bar: {
                used: round1(Math.min(used, available) * 100 / scale),
                over: round1(over * 100 / scale),
                limit: round1(available * 100 / scale),
                forecast: round1(projected * 100 / scale)
            },
            hourlyRate: null
        };
        if (moneyVisible === true && json.hourlyRate !== undefined && json.hourlyRate !== null) {
            view.hourlyRate = number(json.hourlyRate);
        }
        return view;
    }

    function round1(value) {
        return Math.round(value * 10) / 10;
    }

    /** How risky a contract is, for sorting: suspended or over first, then by the highest projected percent. */
    function risk(levels) {
        var worst = 3;
        var projected = 0;
        var used = 0;
        levels.forEach(function (level) {
            worst = Math.min(worst, STATE_ORDER[level.state]);
            projected = Math.max(projected, level.projectedPercent === null ? Infinity : level.projectedPercent);
            used = Math.max(used, level.percentUsed === null ? Infinity : level.percentUsed);
        });
        return { group: worst <= STATE_ORDER.exhausted ? 0 : 1, state: worst, projectedPercent: projected,
            percentUsed: used };
    }

    /** A whole contract: its levels in L1, L2, L3 order, top-ups, suspensions, links and its risk. */
    function contractView(json) {
        var moneyVisible = json.moneyVisible === true;
        var levels = (Array.isArray(json.levels) ? json.levels : []).slice().sort(function (a, b) {
            return LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level);
        }).map(function (level) {
            return levelView(level, moneyVisible);
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
            closed: json.closed === true,
            currency: moneyVisible && typeof json.currency === 'string' ? json.currency : null,
            moneyVisible: moneyVisible,
            state: worst,
            levels: levels,
            topUps: (Array.isArray(json.topUps) ? json.topUps : []).map(function (t) {
                return { level: String(t.level), minutes: number(t.minutes), reason: t.reason || '',
                    grantedBy: t.grantedBy || '', grantedAt: t.grantedAt || '' };
            }),
            suspensions: (Array.isArray(json.activeSuspensions) ? json.activeSuspensions : []).map(function (s) {
                return { level: s.level ? String(s.level) : null, from: s.from || '', until: s.until || '',
                    reason: s.reason || '' };
            }),
            risk: risk(levels)
        };
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
    function overview(list) {
        return (Array.isArray(list) ? list : [list]).filter(function (json) {
            return json && typeof json === 'object';
        }).map(contractView).sort(compareByRisk);
    }

    /** "7:05" for 425 minutes: exact in 5-minute steps, the same in English and German. */
    function hours(minutes) {
        var total = Math.round(Math.abs(number(minutes)));
        var h = Math.floor(total / 60);
        var m = total % 60;
        return (minutes < 0 ? '-' : '') + h + ':' + (m < 10 ? '0' : '') + m;
    }

    /** {0}, {1} ... replaced by the arguments as text (never markup). */
    function format(template, args) {
        return String(template).replace(/\{(\d+)\}/g, function (all, index) {
            var value = args[Number(index)];
            return value === undefined || value === null ? all : String(value);
        });
    }

    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }

    /** The current month of the given date, in the browser's time zone. */
    function currentMonth(date) {
        return date.getFullYear() + '-' + pad(date.getMonth() + 1);
    }

    function isMonth(text) {
        return typeof text === 'string' && MONTH.test(text);
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
        levelView: levelView,
        contractView: contractView,
        overview: overview,
        compareByRisk: compareByRisk,
        hours: hours,
        format: format,
        currentMonth: currentMonth,
        isMonth: isMonth,
        isProjectKey: isProjectKey,
        preferences: preferences,
        validateEdit: validateEdit,
        statusUrl: statusUrl,
        reportUrl: reportUrl,
        contractUrl: contractUrl
    };
});
