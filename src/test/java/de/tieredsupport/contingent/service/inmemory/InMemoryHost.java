package de.tieredsupport.contingent.service.inmemory;

import de.tieredsupport.contingent.domain.ContractDraft;
import de.tieredsupport.contingent.domain.HolidayRules;
import de.tieredsupport.contingent.domain.SupportLevel;
import de.tieredsupport.contingent.service.AccessPolicy;
import de.tieredsupport.contingent.service.BillingReport;
import de.tieredsupport.contingent.service.ChangeRequestCategory;
import de.tieredsupport.contingent.service.ChangeRequests;
import de.tieredsupport.contingent.service.CloseMonth;
import de.tieredsupport.contingent.service.ConfigureContract;
import de.tieredsupport.contingent.service.ContingentLedger;
import de.tieredsupport.contingent.service.CorrectLevel;
import de.tieredsupport.contingent.service.CustomerDecisions;
import de.tieredsupport.contingent.service.DecisionLinks;
import de.tieredsupport.contingent.service.port.AlertSender;
import de.tieredsupport.contingent.service.GetStatus;
import de.tieredsupport.contingent.service.ListStatuses;
import de.tieredsupport.contingent.service.ReconcileWorklogs;
import de.tieredsupport.contingent.service.RecordWorklogChange;
import de.tieredsupport.contingent.service.RoundingDecision;
import de.tieredsupport.contingent.service.WorklogChange;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;

/**
 * All ports in memory and every use case wired to them, as the plugin's DI container will do with the real
 * adapters. The clock starts at {@code start}; the user {@code "admin"} is Jira admin.
 */
public final class InMemoryHost {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final String ADMIN = "admin";

    public final InMemoryContractStore contracts = new InMemoryContractStore();
    public final InMemoryBookingStore bookings = new InMemoryBookingStore();
    public final InMemoryTotalsStore totals = new InMemoryTotalsStore();
    public final InMemoryTopUpStore topUps = new InMemoryTopUpStore();
    public final InMemorySuspensionStore suspensions = new InMemorySuspensionStore();
    public final InMemoryAlertStore alerts = new InMemoryAlertStore();
    public final InMemoryMonthCloseStore closes = new InMemoryMonthCloseStore();
    public final InMemoryAuditLog audit = new InMemoryAuditLog();
    public final InMemoryIdempotencyStore requestKeys = new InMemoryIdempotencyStore();
    public final InMemoryIssueLevelLookup levels = new InMemoryIssueLevelLookup();
    public final InMemoryIssueInfoLookup issues = new InMemoryIssueInfoLookup();
    public final InMemoryIssueCategories categories = new InMemoryIssueCategories();
    public final InMemoryUserRights rights = new InMemoryUserRights().jiraAdmin(ADMIN);
    public final InMemoryUserDirectory users = new InMemoryUserDirectory();
    public final InMemoryReconciliationCursor reconciliationCursor = new InMemoryReconciliationCursor();
    public final RecordingAlertSender sender = new RecordingAlertSender();
    public final InMemoryClusterLock lock = new InMemoryClusterLock();
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final MutableClock clock;
    public final InMemoryDecisionLinkStore decisionLinkStore = new InMemoryDecisionLinkStore();
    public final RecordingDecisionMailer decisionMailer = new RecordingDecisionMailer();
    public final InMemoryChangeRequestStore changeRequests = new InMemoryChangeRequestStore();
    public final RecordingChangeRequestNotifier changeRequestNotifier = new RecordingChangeRequestNotifier();
    public final InMemoryChangeRequestLinkStore changeRequestLinks = new InMemoryChangeRequestLinkStore();
    public final RecordingChangeRequestMailer changeRequestMailer = new RecordingChangeRequestMailer();

    public final ContingentLedger ledger;
    public final AccessPolicy policy;
    public final RecordWorklogChange recordWorklogChange;
    public final ConfigureContract configureContract;
    public final CustomerDecisions customerDecisions;
    public final DecisionLinks decisionLinks;
    public final CorrectLevel correctLevel;
    public final GetStatus getStatus;
    public final ListStatuses listStatuses;
    public final BillingReport billingReport;
    public final CloseMonth closeMonth;
    public final ChangeRequestCategory changeRequestCategory;
    public final ChangeRequests changeRequestUseCases;

    private final AtomicLong version = new AtomicLong(1);

    public InMemoryHost(Instant start) {
        clock = new MutableClock(start, BERLIN);
        ledger = new ContingentLedger(contracts, bookings, totals, topUps, suspensions, alerts, closes,
                changeRequests, lock, transactions, clock);
        policy = new AccessPolicy(rights);
        customerDecisions = new CustomerDecisions(ledger, policy, audit, decisionLinkStore, sender);
        decisionLinks = new DecisionLinks(customerDecisions, decisionLinkStore, decisionMailer,
                new java.security.SecureRandom());
        // as the plugin wires it: an alert at the decision threshold also asks the decision makers
        AlertSender alertsAndDecisions = (alert, contract) -> {
            sender.send(alert, contract);
            decisionLinks.onAlert(alert, contract);
        };
        recordWorklogChange = new RecordWorklogChange(ledger, levels, alertsAndDecisions, changeRequestNotifier);
        configureContract = new ConfigureContract(ledger, policy, audit, HolidayRules.NONE,
                new ReconcileWorklogs(ledger, reconciliationCursor)::readAgainFor);
        correctLevel = new CorrectLevel(ledger, policy, audit, alertsAndDecisions);
        getStatus = new GetStatus(ledger, policy);
        listStatuses = new ListStatuses(ledger, policy);
        billingReport = new BillingReport(ledger, policy, issues);
        closeMonth = new CloseMonth(ledger, policy, audit);
        changeRequestCategory = new ChangeRequestCategory(policy, categories, audit, clock, ledger);
        changeRequestUseCases = new ChangeRequests(ledger, policy, categories, audit, changeRequestLinks,
                changeRequestMailer, alertsAndDecisions, new java.security.SecureRandom());
    }

    /** A host whose clock reads the given Berlin local time. */
    public static InMemoryHost at(String berlinLocal) {
        return new InMemoryHost(berlin(berlinLocal));
    }

    public static Instant berlin(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
    }

    public void setTime(String berlinLocal) {
        clock.set(berlin(berlinLocal));
    }

    /** The offer's example customer for {@code projectId}: L1 8 h at 70, L2 12 h at 80, L3 12 h at 90. */
    public static ContractDraft.Builder seedDraft(long projectId, String effectiveMonth) {
        return ContractDraft.builder(projectId).effectiveMonth(effectiveMonth)
                .level("L1", 480L, "70").level("L2", 720L, "80").level("L3", 720L, "90")
                .recipients("it-lead@customer.example");
    }

    public void configureSeed(long projectId, String effectiveMonth) {
        configureContract.configure(ADMIN, seedDraft(projectId, effectiveMonth).build());
    }

    /**
     * Logs work as the host would report it: a CREATED event with a fresh version stamp.
     *
     * @param berlinStart start in Berlin local time
     */
    public RoundingDecision log(long worklogId, long issueId, long projectId, String berlinStart, long seconds) {
        return recordWorklogChange.record(WorklogChange.created(worklogId, issueId, projectId, "agent",
                berlin(berlinStart), seconds, nextVersion()));
    }

    public RoundingDecision edit(long worklogId, long issueId, long projectId, String berlinStart, long seconds) {
        return recordWorklogChange.record(WorklogChange.updated(worklogId, issueId, projectId, "agent",
                berlin(berlinStart), seconds, nextVersion()));
    }

    public RoundingDecision delete(long worklogId) {
        return recordWorklogChange.record(WorklogChange.deleted(worklogId));
    }

    public void escalate(long issueId, SupportLevel level) {
        levels.set(issueId, level);
    }

    /** Strictly increasing worklog version stamps, as the host's last-modified times would be. */
    public Instant nextVersion() {
        return Instant.EPOCH.plusSeconds(version.getAndIncrement());
    }
}
