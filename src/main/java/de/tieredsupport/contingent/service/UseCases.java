package de.tieredsupport.contingent.service;

/**
 * Every use case of the plugin, as the adapters (listener, job, REST resources, screens) reach them. The adapters
 * know only this interface; the composition root ({@code wiring}) builds the use cases on the adapters' ports.
 */
public interface UseCases {

    RecordWorklogChange recordWorklogChange();

    ConfigureContract configureContract();

    CustomerDecisions customerDecisions();

    DecisionLinks decisionLinks();

    CorrectLevel correctLevel();

    GetStatus getStatus();

    ListStatuses listStatuses();

    BillingReport billingReport();

    ListBookings listBookings();

    CloseMonth closeMonth();

    ReconcileWorklogs reconcileWorklogs();

    AccessPolicy accessPolicy();

    ViewContract viewContract();

    AuditTrail auditTrail();

    IdempotentWrites idempotentWrites();

    ChangeRequestCategory changeRequestCategory();

    /** The public-holiday calendars contracts may observe (countries and regions for the settings form). */
    de.tieredsupport.contingent.service.port.HolidayCalendars holidayCalendars();

    ChangeRequests changeRequests();
}
