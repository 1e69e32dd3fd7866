'use strict';
// Status JSON as the REST API answers it (docs/rest-api.md), for three contracts in April 2026.

function level(l, used, available, projected, extra) {
    return Object.assign({
        level: l, usedMinutes: used, availableMinutes: available,
        percentUsed: available === 0 ? (used === 0 ? 0 : 100) : Math.floor(used * 100 / available),
        remainingMinutes: Math.max(0, available - used), overageMinutes: Math.max(0, used - available),
        suspendedMinutes: 0, projectedMonthEndMinutes: projected, projectedExhaustionDay: null, suspended: false,
        state: 'OK'
    }, extra || {});
}

function acme(moneyVisible) {
    const rates = { L1: 70.0, L2: 80.0, L3: 90.0 };
    const levels = [
        level('L2', 90, 720, 180),
        level('L1', 600, 540, 900, { state: 'OVER' }),
        level('L3', 0, 720, 0)
    ];
    if (moneyVisible) {
        levels.forEach((l) => { l.hourlyRate = rates[l.level]; });
    }
    return {
        projectKey: 'ACME', projectName: 'ACME Maschinenbau GmbH', month: '2026-04', zoneId: 'Europe/Berlin',
        closed: false, currency: 'EUR', moneyVisible: !!moneyVisible, levels,
        alerts: [{ level: 'L1', thresholdPercent: 80, availableMinutes: 480, usedMinutes: 400,
            firedAt: '2026-04-10T08:00:00Z' }],
        activeSuspensions: [],
        topUps: [{ month: '2026-04', level: 'L1', minutes: 60, grantedBy: 'manager', reason: 'Approved by customer',
            grantedAt: '2026-04-12T08:00:00Z' }]
    };
}

function nordlicht() {
    return {
        projectKey: 'NORD', projectName: 'Nordlicht Logistik AG', month: '2026-04', zoneId: 'Europe/Berlin',
        closed: false, currency: 'EUR', moneyVisible: false,
        levels: [level('L1', 100, 480, 200, { suspended: true, state: 'SUSPENDED' }),
            level('L2', 20, 600, 40, { suspended: true, state: 'SUSPENDED' }),
            level('L3', 0, 600, 0, { suspended: true, state: 'SUSPENDED' })],
        alerts: [],
        activeSuspensions: [{ month: '2026-04', number: 1, level: null, from: '2026-04-08T08:00:00Z',
            until: '2026-04-30T22:00:00Z', suspendedBy: 'manager', reason: 'Budget frozen', resumedBy: null }],
        topUps: []
    };
}

function mueller() {
    return {
        projectKey: 'MUELLER', projectName: 'B\u00e4ckerei M\u00fcller', month: '2026-04', zoneId: 'Europe/Berlin',
        closed: false, currency: 'EUR', moneyVisible: false,
        levels: [level('L1', 400, 480, 620, { projectedExhaustionDay: '2026-04-24', state: 'WARNING',
            stateThreshold: 80 }), level('L2', 30, 600, 60),
            level('L3', 0, 300, 0)],
        alerts: [{ level: 'L1', thresholdPercent: 80, availableMinutes: 480, usedMinutes: 385,
            firedAt: '2026-04-14T08:00:00Z' }],
        activeSuspensions: [], topUps: []
    };
}

module.exports = { level, acme, nordlicht, mueller };
