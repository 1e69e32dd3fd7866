'use strict';
// The contract settings form's parsing and the one message each field gets, in English and German notation.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const SOURCE = path.join(__dirname, '..', '..', 'main', 'resources', 'web', 'settings', 'contract-settings.js');
const I18N = path.join(__dirname, '..', '..', 'main', 'resources', 'i18n');

/** The script's exports, run with a page that has no settings form (so it only defines its functions). */
function settings() {
    const window = {};
    const document = { readyState: 'complete', getElementById: () => null };
    vm.runInThisContext('(function (window, document) {\n' + fs.readFileSync(SOURCE, 'utf8') + '\n})',
        { filename: 'contract-settings.js', lineOffset: -1 })(window, document);
    return window.SupportContingentSettings;
}

function bundle(name) {
    const keys = {};
    for (const line of fs.readFileSync(path.join(I18N, name), 'latin1').split('\n')) {
        const m = /^support-contingent\.settings\.js\.([\w.]+)=(.*)$/.exec(line);
        if (m) {
            keys[m[1]] = JSON.parse('"' + m[2].replace(/"/g, '\\"') + '"');
        }
    }
    return keys;
}

/** A page as the template draws it: its data attributes (messages formatted as the server does). */
function page(language) {
    const texts = bundle(language === 'de' ? 'support-contingent_de.properties' : 'support-contingent.properties');
    const de = language === 'de';
    const attributes = {
        'data-decimal': de ? ',' : '.', 'data-currency-digits': '2', 'data-max-minutes': '6000000',
        'data-max-rate': '1000000', 'data-max-increment': '60', 'data-max-thresholds': '10',
        'data-max-recipients': '50', 'data-current-increment': '5'
    };
    Object.keys(texts).forEach((key) => {
        attributes['data-msg-' + key.replace(/\./g, '-').replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())] = texts[key];
    });
    attributes['data-msg-hours-max'] = texts['hours.max'].replace('{0}', de ? '100.000' : '100,000');
    attributes['data-msg-rate-max'] = texts['rate.max'].replace('{0}', de ? '1.000.000,00' : '1,000,000.00');
    attributes['data-msg-rate-required'] = texts['rate.required'].replace('{0}', de ? '70,00' : '70.00');
    const S = settings();
    return new S.Page({ getAttribute: (name) => (name in attributes ? attributes[name] : null) });
}

function minutesError(p, text, increment, positive) {
    const errors = [];
    const minutes = p.minutes(text, 'f', increment === undefined ? 5 : increment, !!positive, errors);
    return errors.length ? errors.map((e) => e.message).join(' | ') : minutes;
}

function rateError(p, text) {
    const errors = [];
    const rate = p.rate(text, 'f', 2, errors);
    return errors.length ? errors.map((e) => e.message).join(' | ') : rate;
}

test('hours: H:MM, either decimal separator, whole minutes only', () => {
    const S = settings();
    assert.equal(S.parseMinutes('7:30', '.'), 450);
    assert.equal(S.parseMinutes('7.5', '.'), 450);
    assert.equal(S.parseMinutes('7,5', ','), 450);
    assert.equal(S.parseMinutes('7,5', '.'), 450);
    assert.equal(S.parseMinutes('0,25', ','), 15);
    assert.equal(S.parseMinutes('7.51', '.'), null, 'not whole minutes');
    assert.equal(S.parseMinutes('7:60', '.'), null);
    assert.equal(S.parseMinutes('eight', '.'), null);
    assert.equal(S.parseMinutes('1.000', ','), null, 'a thousand or one? refused in German');
    assert.equal(S.parseMinutes('1,000', '.'), null, 'a thousand or one? refused in English');
    assert.equal(S.parseMinutes('1,000', ','), 60);
    assert.equal(S.parseMinutes('1000000', '.'), 60000000, 'large values come back for the bound message');
});

test('amounts: the plain decimal JSON takes, with its significant decimals', () => {
    const S = settings();
    assert.deepEqual(S.parseAmount('75,50', ','), { plain: '75.5', decimals: 1 });
    assert.deepEqual(S.parseAmount('75.50', ','), { plain: '75.5', decimals: 1 });
    assert.deepEqual(S.parseAmount('070.125', '.'), { plain: '70.125', decimals: 3 });
    assert.deepEqual(S.parseAmount('99999999999', '.'), { plain: '99999999999', decimals: 0 });
    assert.equal(S.parseAmount('1.000', ','), null);
    assert.equal(S.parseAmount('70 EUR', '.'), null);
    assert.equal(S.parseAmount('-5', '.'), null);
});

test('thresholds and recipients follow the REST API rules', () => {
    const S = settings();
    assert.deepEqual(S.parseThresholds('80, 100'), { values: [80, 100] });
    assert.deepEqual(S.parseThresholds('80, 80'), { error: 'thresholds-duplicate', argument: 80 });
    assert.deepEqual(S.parseThresholds('0'), { error: 'thresholds' });
    assert.ok(S.isEmail('it-lead@customer.example'));
    assert.ok(S.isEmail('m\u00fcller@b\u00e4ckerei.example'));
    assert.ok(!S.isEmail('it-lead@localhost'));
    assert.ok(!S.isEmail('<a>@x.example'));
});

test('decision makers: one per line as Name <e-mail> language, English when left out', () => {
    const S = settings();
    assert.deepEqual(S.parseDecisionMakers('Erika Mustermann <erika@kunde.example> de\n\n  John Doe <john@kunde.example>'),
        { values: [{ name: 'Erika Mustermann', email: 'erika@kunde.example', language: 'de' },
            { name: 'John Doe', email: 'john@kunde.example', language: 'en' }], error: null });
    assert.deepEqual(S.parseDecisionMakers(''), { values: [], error: null });
    assert.equal(S.parseDecisionMakers('erika@kunde.example').error, 'erika@kunde.example', 'no name');
    assert.equal(S.parseDecisionMakers('Erika <erika@localhost> de').error, 'Erika <erika@localhost> de');
    assert.equal(S.parseDecisionMakers('Erika <erika@kunde.example> fr').error, 'Erika <erika@kunde.example> fr');
});

test('English: one message per field, limits in the unit typed', () => {
    const p = page('en');
    assert.equal(minutesError(p, ''), 'Enter hours, for example 8:00 or 7.5.');
    assert.equal(minutesError(p, 'eight'), 'Enter hours as 7:30 or 7.5 (whole minutes).');
    assert.equal(minutesError(p, '1000000'), 'Enter at most 100,000 hours.');
    assert.equal(minutesError(p, '100000'), 6000000);
    assert.equal(minutesError(p, '7:31'), 'The value must be a whole number of 5-minute increments.');
    assert.equal(minutesError(p, '0', 5, true), 'Enter more than zero.');
    assert.equal(rateError(p, ''), 'Enter the hourly rate, for example 70.00.');
    assert.equal(rateError(p, '99999999'), 'Enter at most 1,000,000.00.');
    assert.equal(rateError(p, '70.125'), 'Enter at most 2 decimals.');
    assert.equal(rateError(p, '75.50'), 75.5);
});

test('German: decimal comma, German limits and messages', () => {
    const p = page('de');
    assert.equal(minutesError(p, '7,5'), 450);
    assert.equal(minutesError(p, '1000000'), 'H\u00f6chstens 100.000 Stunden eingeben.');
    assert.equal(minutesError(p, ''), 'Stunden eingeben, zum Beispiel 8:00 oder 7,5.');
    assert.equal(rateError(p, '75,50'), 75.5);
    assert.equal(rateError(p, '99999999'), 'H\u00f6chstens 1.000.000,00 eingeben.');
    assert.equal(rateError(p, ''), 'Den Stundensatz eingeben, zum Beispiel 70,00.');
});

test('service hours: ticked weekdays send their times, unticked ones null; the server checks the times', () => {
    const { serviceHoursBody } = settings();
    const values = { 'sc-hours-MONDAY-from': ' 08:00', 'sc-hours-MONDAY-to': '17:30 ',
        'sc-hours-SATURDAY-from': '09:00', 'sc-hours-SATURDAY-to': '12:00', 'sc-hours-TUESDAY-from': '10:00',
        'sc-hours-TUESDAY-to': '16:00' };
    const ticked = ['sc-hours-MONDAY-open', 'sc-hours-SATURDAY-open'];
    assert.deepEqual(serviceHoursBody((id) => values[id] || '', (id) => ticked.includes(id)), {
        MONDAY: '08:00-17:30', TUESDAY: null, WEDNESDAY: null, THURSDAY: null, FRIDAY: null,
        SATURDAY: '09:00-12:00', SUNDAY: null });
});

test('holidays: only the chosen country\'s regions can be picked; another country\'s region is unselected', () => {
    const { filterRegions } = settings();
    const option = (value, country) => ({ value, hidden: false, disabled: false, selected: false,
        getAttribute: (name) => (name === 'data-country' ? country : null) });
    const options = [option('', ''), option('NW', 'DE'), option('BE', 'DE'), option('9', 'AT')];
    const region = { options, set value(v) { options.forEach((o) => { o.selected = o.value === v; }); } };
    options[1].selected = true;
    filterRegions({ value: 'DE' }, region);
    assert.deepEqual(options.map((o) => o.hidden), [false, false, false, true]);
    assert.ok(options[1].selected);
    filterRegions({ value: 'AT' }, region);
    assert.deepEqual(options.map((o) => o.hidden), [false, true, true, false]);
    assert.ok(options[3].disabled === false && options[1].disabled === true);
    assert.ok(options[0].selected, 'the German region was unselected');
});
