package de.tieredsupport.contingent.service;

import de.tieredsupport.contingent.domain.Contract;
import de.tieredsupport.contingent.domain.HolidayCalendar;
import de.tieredsupport.contingent.domain.ServiceHours;
import de.tieredsupport.contingent.domain.Terms;
import de.tieredsupport.contingent.service.view.AuditText;
import de.tieredsupport.contingent.service.view.ServiceHoursText;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The 1st-level service hours of a contract month as everyone who may see the contract's hours sees them: the
 * weekly schedule in the contract's zone and the public-holiday calendar (null for none).
 */
public record ServiceHoursView(ServiceHours hours, ZoneId zone, HolidayCalendar holidays) {

    public ServiceHoursView {
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(zone, "zone");
    }

    /** The hours of the terms in force in {@code month} (the defaults before the first terms). */
    public static ServiceHoursView of(Contract contract, YearMonth month) {
        Optional<Terms> terms = contract.termsFor(month);
        return new ServiceHoursView(terms.map(Terms::serviceHours).orElse(ServiceHours.DEFAULT), contract.zone(),
                terms.flatMap(Terms::holidays).orElse(null));
    }

    /** "1st-level service hours: Mon–Fri 10:00–16:00 (Europe/Berlin), public holidays DE-NW" in the reader's words. */
    public String line(AuditText.Messages messages) {
        return ServiceHoursText.line(hours, zone, holidays, messages);
    }
}
