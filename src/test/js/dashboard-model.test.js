'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./support/amd');
const { level, acme, nordlicht, mueller } = require('./support/fixtures');

const model = load(['contingent-model.js']).require('support-contingent/dashboard-model');

// April 2026 begins on a Wednesday: 1, 2 and 3 April are its first three working days, so forecasts start on the 4th.
const MID_APRIL = new Date('2026-04-15T10:00:00Z');
const SHOWN = { status: 'shown', from: '2026-04-04', today: '2026-04-15' };

test('the state is the server\'s: suspended, over or used up, a threshold with its percent, ok', () => {
    assert.equal(model.levelView(level('L2', 90, 720, 180), false).state, 'ok');
    const warning = model.levelView(level('L1', 400, 480, 500, { state: 'WARNING', stateThreshold: 80 }), false);
    assert.equal(warning.state, 'threshold');
    assert.equal(warning.stateThreshold, 80);
    assert.equal(model.levelView(level('L1', 480, 480, 480, { state: 'REACHED' }), false).state, 'exhausted');
    assert.equal(model.levelView(level('L1', 600, 540, 900, { state: 'OVER' }), false).state, 'exhausted');
    assert.equal(model.levelView(level('L1', 600, 540, 900, { suspended: true, state: 'SUSPENDED' }), false).state,
        'suspended');
});

test('the item does not second-guess the server: usage over a threshold with state OK stays ok', () => {
    // e.g. after a deletion the recorded 80 % alert stays, the state follows usage (the issue panel says the same)
    const view = model.levelView(level('L1', 300, 480, 400, { state: 'OK' }), false);
    assert.equal(view.state, 'ok');
    assert.equal(view.stateThreshold, null);
});

test('an unknown or missing state shows as ok rather than failing the item', () => {
    assert.equal(model.levelView(level('L1', 10, 480, 20, { state: 'SIDEWAYS' }), false).state, 'ok');
    assert.equal(model.levelView(level('L1', 10, 480, 20, { state: undefined }), false).state, 'ok');
});

test('zero contingent: percentages are unknown once anything is used', () => {
    const unused = model.levelView(level('L3', 0, 0, 0), false, SHOWN);
    assert.equal(unused.projectedPercent, 0);
    const used = model.levelView(level('L3', 30, 0, 60, { state: 'OVER' }), false, SHOWN);
    assert.equal(used.state, 'exhausted');
    assert.equal(used.projectedPercent, null);
});

test('the bar is the contingent: used fills it, over and forecast are drawn in the room beyond it', () => {
    const within = model.levelView(level('L2', 90, 720, 180), false, SHOWN);
    assert.deepEqual(within.bar, { used: 12.5, over: 0, overCut: false, forecast: 25, forecastBeyond: false });
    assert.equal(within.projectedPercent, 25);

    // a forecast beyond the contingent does not change the bar's scale: used stays 400 / 480
    const beyond = model.levelView(level('L1', 400, 480, 520), false, SHOWN);
    assert.equal(beyond.projectedPercent, 108);
    assert.deepEqual(beyond.bar, { used: 83.3, over: 0, overCut: false, forecast: 108.3, forecastBeyond: false });

    const far = model.levelView(level('L1', 400, 480, 960), false, SHOWN);
    assert.deepEqual(far.bar, { used: 83.3, over: 0, overCut: false, forecast: 120, forecastBeyond: true },
        'a forecast beyond the room sits at its end, marked as beyond');

    // over the contingent: the bar is full and the over part follows it
    const over = model.levelView(level('L1', 600, 540, 600, { state: 'OVER' }), false, SHOWN);
    assert.equal(over.overageMinutes, 60);
    assert.deepEqual(over.bar, { used: 100, over: 11.1, overCut: false, forecast: null, forecastBeyond: false });
    const farOver = model.levelView(level('L1', 2075, 480, 2075, { state: 'OVER' }), false, SHOWN);
    assert.deepEqual(farOver.bar, { used: 100, over: 20, overCut: true, forecast: null, forecastBeyond: false },
        '432 %: full bar, the over part cut at the end of the room');
});

test('on the 2nd of the month bars show usage, not a forecast scale: 31 % and 432 % look different', () => {
    const second = model.forecastStatus('2026-12', 'Europe/Berlin', new Date('2026-12-02T10:00:00Z'));
    assert.deepEqual(second, { status: 'pending', from: '2026-12-04', today: '2026-12-02' });
    // the server's linear forecast after one or two days is huge; it no longer scales the bars
    const low = model.levelView(level('L2', 225, 720, 4950), false, second);
    const high = model.levelView(level('L1', 2075, 480, 45650, { state: 'OVER' }), false, second);
    assert.equal(low.bar.used, 31.3);
    assert.equal(high.bar.used, 100);
    assert.equal(high.bar.over, 20);
    [low, high].forEach((view) => {
        assert.equal(view.forecastShown, false);
        assert.equal(view.bar.forecast, null);
    });
    assert.equal(low.forecastWithheld, 'pending');
});

test('forecasts start the day after the month\'s third working day (Monday to Friday)', () => {
    assert.equal(model.FORECAST_AFTER_WORKING_DAYS, 3);
    assert.equal(model.forecastFrom('2026-04'), '2026-04-04', 'Wed 1, Thu 2, Fri 3 April');
    assert.equal(model.forecastFrom('2026-12'), '2026-12-04', 'Tue 1, Wed 2, Thu 3 December');
    assert.equal(model.forecastFrom('2026-08'), '2026-08-06', 'starts on a Saturday: Mon 3, Tue 4, Wed 5 August');
    assert.equal(model.forecastFrom('2026-02'), '2026-02-05', 'starts on a Sunday: Mon 2, Tue 3, Wed 4 February');
    assert.equal(model.forecastFrom('2026-06'), '2026-06-04', 'starts on a Monday');
});

test('forecast status by the day in the contract\'s zone: pending, shown, ended', () => {
    const at = (iso) => new Date(iso);
    assert.equal(model.forecastStatus('2026-12', 'Europe/Berlin', at('2026-12-03T22:59:00Z')).status, 'pending');
    assert.equal(model.forecastStatus('2026-12', 'Europe/Berlin', at('2026-12-03T23:00:00Z')).status, 'shown',
        'midnight in Berlin, still the 3rd in UTC');
    assert.equal(model.forecastStatus('2026-12', 'UTC', at('2026-12-03T23:00:00Z')).status, 'pending');
    assert.equal(model.forecastStatus('2026-12', 'Europe/Berlin', at('2026-12-31T22:59:00Z')).status, 'shown');
    assert.equal(model.forecastStatus('2026-12', 'Europe/Berlin', at('2026-12-31T23:00:00Z')).status, 'ended');
    assert.deepEqual(model.forecastStatus('2027-01', 'Europe/Berlin', at('2026-12-15T12:00:00Z')),
        { status: 'pending', from: '2027-01-06', today: '2026-12-15' }, 'a month still to come');
    assert.equal(model.forecastStatus('2026-13', 'Europe/Berlin', at('2026-12-15T12:00:00Z')).status, 'ended',
        'no forecast for a month that is none');
    const local = new Date(2026, 11, 15, 12, 0);
    assert.equal(model.today(local, 'Not/AZone'), '2026-12-15', 'an unknown zone: the browser\'s day');
    assert.equal(model.today(local, null), '2026-12-15');
});

test('no forecast before it starts, after the month, or for exhausted or suspended levels', () => {
    const ended = { status: 'ended', from: '2026-04-04', today: '2026-05-02' };
    const view = model.levelView(level('L2', 90, 720, 180), false, ended);
    assert.equal(view.forecastShown, false);
    assert.equal(view.forecastWithheld, 'ended');
    assert.equal(view.bar.forecast, null);

    const reached = model.levelView(level('L1', 480, 480, 900, { state: 'REACHED',
        projectedExhaustionDay: '2026-04-01' }), false, SHOWN);
    assert.equal(reached.forecastWithheld, 'exhausted');
    assert.equal(reached.projectedExhaustionDay, null, 'no "used up around day 1"');
    const suspended = model.levelView(level('L3', 100, 600, 400, { state: 'SUSPENDED', suspended: true,
        projectedExhaustionDay: '2026-04-28' }), false, SHOWN);
    assert.equal(suspended.forecastWithheld, 'suspended');
    assert.equal(suspended.forecastShown, false);
    assert.equal(suspended.projectedExhaustionDay, null);

    const warning = model.levelView(level('L1', 400, 480, 620, { state: 'WARNING', stateThreshold: 80,
        projectedExhaustionDay: '2026-04-24' }), false, SHOWN);
    assert.equal(warning.forecastShown, true);
    assert.equal(warning.projectedExhaustionDay, '2026-04-24');
    const past = model.levelView(level('L1', 400, 480, 620, { state: 'WARNING', stateThreshold: 80,
        projectedExhaustionDay: '2026-04-10' }), false, SHOWN);
    assert.equal(past.projectedExhaustionDay, null, 'an exhaustion day before today is no forecast');
});

test('the contract carries its forecast status; the view names the earliest pending start', () => {
    const early = model.contractView(mueller(), new Date('2026-04-02T10:00:00Z'));
    assert.deepEqual(early.forecast, { status: 'pending', from: '2026-04-04' });
    early.levels.forEach((l) => assert.equal(l.forecastShown, false));
    const later = model.contractView(mueller(), MID_APRIL);
    assert.deepEqual(later.forecast, { status: 'shown', from: '2026-04-04' });
    assert.deepEqual(later.levels.map((l) => l.forecastShown), [true, true, true]);
    assert.equal(model.pendingForecastFrom([later, early]), '2026-04-04');
    assert.equal(model.pendingForecastFrom([later]), null);
});

test('the server\'s first forecast day wins: public holidays are no service days', () => {
    // DE-NW, April 2026: Wed 1, Thu 2, then Good Friday 3 and Easter Monday 6 off, Tue 7: shown from the 8th
    const easter = Object.assign(mueller(), { forecastFrom: '2026-04-08' });
    assert.deepEqual(model.contractView(easter, new Date('2026-04-06T10:00:00Z')).forecast,
        { status: 'pending', from: '2026-04-08' }, 'Monday to Friday alone would show it from the 4th');
    assert.deepEqual(model.contractView(easter, new Date('2026-04-08T10:00:00Z')).forecast,
        { status: 'shown', from: '2026-04-08' });
    const tooFew = Object.assign(mueller(), { forecastFrom: null });
    assert.deepEqual(model.contractView(tooFew, MID_APRIL).forecast, { status: 'pending', from: null },
        'a month with fewer than three service days never shows its forecast');
    assert.equal(model.contractView(tooFew, new Date('2026-05-02T10:00:00Z')).forecast.status, 'ended');
    assert.equal(model.pendingForecastFrom([model.contractView(tooFew, MID_APRIL),
        model.contractView(easter, new Date('2026-04-06T10:00:00Z'))]), '2026-04-08');
    assert.equal(model.forecastStatus('2026-04', 'Europe/Berlin', MID_APRIL, '8 April').from, '2026-04-04',
        'a day the server did not write as yyyy-MM-dd is not taken');
});

test('the forecast is never below what is already used', () => {
    const view = model.levelView(level('L1', 300, 480, 0), false, SHOWN);
    assert.equal(view.projectedMinutes, 300);
    assert.equal(view.bar.forecast, view.bar.used);
});

test('zero contingent: an empty bar, the usage over it cut at the room\'s end', () => {
    const view = model.levelView(level('L3', 30, 0, 60, { state: 'OVER' }), false, SHOWN);
    assert.deepEqual(view.bar, { used: 0, over: 20, overCut: true, forecast: null, forecastBeyond: false });
    const unused = model.levelView(level('L3', 0, 0, 0), false, SHOWN);
    assert.deepEqual(unused.bar, { used: 0, over: 0, overCut: false, forecast: 0, forecastBeyond: false });
});

test('links only for readers who may open them: report and contract page need the money right', () => {
    assert.deepEqual(model.contractView(acme(true), MID_APRIL).links, { report: true, contract: true });
    assert.deepEqual(model.contractView(acme(false), MID_APRIL).links, { report: false, contract: false });
    const odd = acme(false);
    odd.moneyVisible = 'true';
    assert.deepEqual(model.contractView(odd, MID_APRIL).links, { report: false, contract: false },
        'only a JSON true counts');
});

test('percentages are whole and rounded down, as the server rounds them', () => {
    assert.equal(model.levelView(level('L1', 479, 480, 479), false).projectedPercent, 99);
});

test('hours-only: no rate, no currency when the caller may not see money', () => {
    const hidden = model.contractView(acme(false));
    assert.equal(hidden.moneyVisible, false);
    assert.equal(hidden.currency, null);
    hidden.levels.forEach((l) => assert.equal(l.hourlyRate, null));

    const leaked = acme(false);
    leaked.levels[0].hourlyRate = 99;
    model.contractView(leaked).levels.forEach((l) => assert.equal(l.hourlyRate, null,
        'a rate without moneyVisible is ignored'));

    const shown = model.contractView(acme(true));
    assert.equal(shown.currency, 'EUR');
    assert.deepEqual(shown.levels.map((l) => l.hourlyRate), [70, 80, 90]);
});

test('levels come in L1, L2, L3 order whatever the JSON order', () => {
    assert.deepEqual(model.contractView(acme(false)).levels.map((l) => l.level), ['L1', 'L2', 'L3']);
});

test('contract state is its worst level; top-ups and suspensions are carried', () => {
    const a = model.contractView(acme(false));
    assert.equal(a.state, 'exhausted');
    assert.deepEqual(a.topUps.map((t) => [t.level, t.minutes, t.reason]), [['L1', 60, 'Approved by customer']]);
    const n = model.contractView(nordlicht());
    assert.equal(n.state, 'suspended');
    assert.equal(n.suspensions.length, 1);
    assert.equal(n.suspensions[0].level, null, 'all levels');
    assert.equal(model.contractView(mueller()).state, 'threshold');
});

test('risk order: suspended and over first, then the highest projected percent', () => {
    const quiet = { projectKey: 'QUIET', projectName: 'Quiet', month: '2026-04', zoneId: 'Europe/Berlin',
        moneyVisible: false, levels: [level('L1', 10, 480, 20)], alerts: [], activeSuspensions: [], topUps: [] };
    const hot = { projectKey: 'HOT', projectName: 'Hot', month: '2026-04', zoneId: 'Europe/Berlin',
        moneyVisible: false, levels: [level('L1', 200, 480, 700)], alerts: [], activeSuspensions: [], topUps: [] };
    const list = [quiet, mueller(), hot, nordlicht(), acme(false)];
    // ACME: over, NORD: suspended; then HOT 145 % > MUELLER 129 % > QUIET (forecasts)
    assert.deepEqual(model.overview(list, MID_APRIL).map((c) => c.projectKey),
        ['ACME', 'NORD', 'HOT', 'MUELLER', 'QUIET']);
    // before the forecasts start, by what is used: MUELLER 83 % > HOT 41 % > QUIET
    assert.deepEqual(model.overview(list, new Date('2026-04-02T10:00:00Z')).map((c) => c.projectKey),
        ['ACME', 'NORD', 'MUELLER', 'HOT', 'QUIET']);
});

test('risk order: ties fall back to the project key; infinite percentages compare equal', () => {
    const zeroA = { projectKey: 'B', projectName: 'B', month: '2026-04',
        levels: [level('L1', 30, 0, 30, { state: 'OVER' })] };
    const zeroB = { projectKey: 'A', projectName: 'A', month: '2026-04',
        levels: [level('L1', 30, 0, 30, { state: 'OVER' })] };
    assert.deepEqual(model.overview([zeroA, zeroB]).map((c) => c.projectKey), ['A', 'B']);
});

test('overview accepts one status object as well as a list', () => {
    assert.deepEqual(model.overview(acme(false)).map((c) => c.projectKey), ['ACME']);
    assert.deepEqual(model.overview(null), []);
});

test('durations as Jira shows logged time, as the server formats them', () => {
    assert.equal(model.hours(0), '0m');
    assert.equal(model.hours(5), '5m');
    assert.equal(model.hours(425), '7h 5m');
    assert.equal(model.hours(720), '12h');
    assert.equal(model.hours(210), '3h 30m');
    assert.equal(model.hours(-65), '-1h 5m');
});

test('format fills placeholders with text and leaves unknown ones', () => {
    assert.equal(model.format('{0} of {1} ({2} %)', ['1:00', '8:00', 12]), '1:00 of 8:00 (12 %)');
    assert.equal(model.format('{0} {3}', ['<b>']), '<b> {3}');
});

test('preferences: all contracts and the current month by default; junk falls back to the defaults', () => {
    const now = new Date(2026, 3, 15);
    assert.deepEqual(model.preferences(undefined, now), { projectKey: '', month: '', effectiveMonth: '2026-04' });
    assert.deepEqual(model.preferences({ projectKey: 'ACME', month: '2026-02' }, now),
        { projectKey: 'ACME', month: '2026-02', effectiveMonth: '2026-02' });
    assert.deepEqual(model.preferences({ projectKey: '../x', month: '2026-13' }, now),
        { projectKey: '', month: '', effectiveMonth: '2026-04' });
});

test('edit validation: month as yyyy-MM or empty, key in Jira form', () => {
    assert.deepEqual(model.validateEdit({ projectKey: 'ACME', month: '2026-04' }),
        { preferences: { projectKey: 'ACME', month: '2026-04', isConfigured: 'true' } });
    assert.deepEqual(model.validateEdit({ projectKey: '', month: ' ' }),
        { preferences: { projectKey: '', month: '', isConfigured: 'true' } });
    assert.deepEqual(model.validateEdit({ projectKey: 'acme x', month: '2026-4' }).errors.map((e) => e.field),
        ['projectKey', 'month']);
});

test('REST URLs: the list for all contracts, one status for one, values encoded', () => {
    assert.equal(model.statusUrl('/jira', { projectKey: '', effectiveMonth: '2026-04' }),
        '/jira/rest/support-contingent/1.0/statuses?month=2026-04');
    assert.equal(model.statusUrl('', { projectKey: 'ACME', effectiveMonth: '2026-04' }),
        '/rest/support-contingent/1.0/projects/ACME/months/2026-04/status');
});

test('report link: Jira report page with the project id, else the project report list by key', () => {
    const contract = model.contractView(acme(false));
    assert.equal(model.reportUrl('/jira', contract, '10000'),
        '/jira/secure/ConfigureReport.jspa?selectedProjectId=10000'
        + '&reportKey=de.tieredsupport.support-contingent%3Abilling-report&month=2026-04');
    assert.equal(model.reportUrl('/jira', contract, null),
        '/jira/projects/ACME?selectedItem=com.atlassian.jira.jira-projects-plugin%3Areport-page');
    assert.equal(model.reportUrl('', contract, '1 OR 1'),
        '/projects/ACME?selectedItem=com.atlassian.jira.jira-projects-plugin%3Areport-page', 'ids are digits only');
    assert.equal(model.contractUrl('/jira', contract),
        '/jira/plugins/servlet/support-contingent/contract?projectKey=ACME');
});

test('service hours: runs of consecutive weekdays with the same hours, Monday first; junk counts as closed', () => {

    assert.deepEqual(model.serviceHours({ MONDAY: '10:00-16:00', TUESDAY: '10:00-16:00', WEDNESDAY: '10:00-16:00',
        THURSDAY: '10:00-16:00', FRIDAY: '10:00-16:00', SATURDAY: null, SUNDAY: null }),
    [{ first: 'MONDAY', last: 'FRIDAY', from: '10:00', to: '16:00' }]);
    assert.deepEqual(model.serviceHours({ MONDAY: '08:00-12:00', WEDNESDAY: '08:00-12:00', THURSDAY: '<b>',
        SUNDAY: '09:00-10:00' }), [
        { first: 'MONDAY', last: 'MONDAY', from: '08:00', to: '12:00' },
        { first: 'WEDNESDAY', last: 'WEDNESDAY', from: '08:00', to: '12:00' },
        { first: 'SUNDAY', last: 'SUNDAY', from: '09:00', to: '10:00' }]);
    assert.deepEqual(model.serviceHours(undefined), []);
    assert.deepEqual(model.serviceHours('10:00-16:00'), []);
    const view = model.contractView(Object.assign({ projectKey: 'ACME', month: '2026-04', levels: [] },
        { serviceHours: { FRIDAY: '10:00-16:00' }, holidays: 'DE-NW' }), new Date('2026-04-15T10:00:00Z'));
    assert.equal(view.holidays, 'DE-NW');
    assert.equal(view.serviceHours.length, 1);
});
