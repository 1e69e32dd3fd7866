package de.tieredsupport.contingent.sandbox;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import de.tieredsupport.contingent.sandbox.fakejira.FakeIssue;
import de.tieredsupport.contingent.sandbox.fakejira.FakeJira;
import de.tieredsupport.contingent.sandbox.fakejira.FakeProject;
import de.tieredsupport.contingent.sandbox.fakejira.FakeUsers;

/**
 * Demo data for a fresh sandbox database, relative to the current month M: three customers whose contracts start
 * in M-2, tickets with odd-minute worklogs (some escalated from 1st to 2nd and 3rd level), M-2 of ACME closed and
 * then a late worklog into it (an adjustment in M-1), ACME's 1st level over its contingent in M-1 with a top-up,
 * ACME's 3rd level at its decision threshold in M with the decision link still open, Bäckerei Müller's 1st level
 * topped up in M by its decision maker through the decision link, two change requests of ACME in M (ACME-10 approved
 * by the customer through the link, with change-request work after the approval; ACME-11 rejected), and Nordlicht
 * suspended for the rest of M. Everything reaches the plugin as it would in Jira: contracts, top-up,
 * close and suspension through its REST API as the project admin, worklogs through Jira's worklog events; the
 * random times come from a fixed seed.
 */
public final class DemoData {

    /** What happened at start. */
    public enum Outcome { SEEDED, ALREADY_PRESENT, NOT_REQUESTED }

    public static final long ACME = 10000;
    public static final long MUELLER = 10001;
    public static final long NORDLICHT = 10002;
    public static final long SEED = 20260126L;

    private static final ZoneId ZONE = FakeJira.USER_ZONE;

    /** The Support Level field's values (the plugin's level keys). */
    private enum SupportLevel { L1, L2, L3;

        String key() {
            return name();
        }
    }

    private final FakeJira jira;
    private final PluginRest rest;
    private final PluginTables tables;
    private final Random random = new Random(SEED);

    DemoData(FakeJira jira, PluginRest rest, PluginTables tables) {
        this.jira = jira;
        this.rest = rest;
        this.tables = tables;
    }

    /** The fixed projects exist on every start; Jira's projects are not part of the plugin's data. */
    static void registerProjects(FakeJira jira) {
        jira.addProject(ACME, "ACME", "ACME Maschinenbau GmbH");
        jira.addProject(MUELLER, "MUE", "Bäckerei Müller KG");
        jira.addProject(NORDLICHT, "NORD", "Nordlicht Logistik AG");
        // the partner administers Nordlicht and nothing else (FakeUsers.PARTNER)
        jira.permissions.grantProjectAdmin(NORDLICHT, FakeUsers.PARTNER);
    }

    /** One phase of a ticket's life: work at one level, about {@code minutes} in total. */
    private record Phase(SupportLevel level, int minutes) {
    }

    /** Request categories of demo tickets (the field's stored values); the others are unset, i.e. questions. */
    static final java.util.Map<String, String> CATEGORIES = java.util.Map.of("ACME-1", "Defect", "ACME-3", "Defect",
            "ACME-4", "Change request", "MUE-5", "Defect", "NORD-1", "Defect", "ACME-10", "Change request",
            "ACME-11", "Change request");

    /** ACME's decision maker, who gets the decision links of ACME's contingent and change requests. */
    static final String ACME_DECISION_MAKER = "p.schneider@acme.example";
    /** Bäckerei Müller's decision maker. */
    static final String MUE_DECISION_MAKER = "inhaber@baeckerei-mueller.example";

    private static final java.util.regex.Pattern DECISION_LINK = java.util.regex.Pattern.compile(
            "https?://[^\"<>\\s]+/rest/support-contingent/1\\.0/decisions/[A-Za-z0-9_-]{43}");

    private record Ticket(FakeProject project, int number, String summary, int monthOffset, List<Phase> phases) {
    }

    private record PlannedWork(Ticket ticket, FakeIssue issue, SupportLevel level, Instant start, long seconds,
            String author, String comment) {
    }

    Outcome seedIfEmpty() {
        if (tables.contracts() > 0 || jira.issues.findByKey("ACME-1") != null) {
            return Outcome.ALREADY_PRESENT;
        }
        Instant now = jira.clock.instant();
        YearMonth current = YearMonth.from(now.atZone(ZONE));
        YearMonth first = current.minusMonths(2);

        configureContracts(first);
        List<Ticket> tickets = tickets();
        List<PlannedWork> work = plan(tickets, current, now);

        // M-2, then close ACME's M-2; M-1, then a top-up for ACME's 1st level; then M
        book(work, w -> YearMonth.from(w.start().atZone(ZONE)).equals(first));
        rest.closeMonth(FakeUsers.MANAGER, "ACME", first);
        book(work, w -> YearMonth.from(w.start().atZone(ZONE)).equals(first.plusMonths(1)));
        rest.topUp(FakeUsers.MANAGER, "ACME", first.plusMonths(1), "L1", 60,
                "Kunde hat telefonisch 1 Stunde zusätzlich freigegeben");
        book(work, w -> YearMonth.from(w.start().atZone(ZONE)).equals(current));

        // a late worklog into the closed month: shown as an adjustment in the next open month
        FakeIssue sap = jira.issues.findByKey("ACME-3");
        Instant late = workingInstant(first.atDay(1).atStartOfDay(ZONE).toInstant(),
                first.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant());
        bookOne(sap, SupportLevel.L3, late, 37 * 60, "admin", "Nachtrag: Analyse Schnittstellen-Log");

        changeRequests();
        customerTopUp(current, now);
        pendingDecision(current, now);
        rest.suspend(FakeUsers.MANAGER, "NORD", null, "Kunde hat entschieden: Support bis Monatsende ausgesetzt");
        return Outcome.SEEDED;
    }

    /**
     * ACME's 3rd level crosses 80 % this month, the decision threshold: ACME's decision maker gets a decision link,
     * left undecided (the mail is in the outbox).
     */
    private void pendingDecision(YearMonth current, Instant now) {
        com.fasterxml.jackson.databind.JsonNode level = rest.status(FakeUsers.MANAGER, "ACME", current)
                .get("levels").get(2);
        long needed = (level.get("availableMinutes").asLong() * 80 + 99) / 100 - level.get("usedMinutes").asLong();
        if (needed <= 0) {
            return;
        }
        long minutes = needed + 5;
        Instant monthStart = current.atDay(1).atStartOfDay(ZONE).toInstant();
        Instant start = now.minusSeconds(minutes * 60 + 60);
        bookOne(jira.issues.findByKey("ACME-3"), SupportLevel.L3, start.isAfter(monthStart) ? start : monthStart,
                minutes * 60, "admin", "Fehleranalyse Schnittstelle, Abstimmung mit dem Kunden");
    }

    /**
     * ACME-10: estimated, submitted and approved by the decision maker through the link from her mail; the work logged
     * before (analysis) is support, the work after the approval is change-request work, billed outside the
     * contingent. ACME-11: estimated, submitted and rejected by the customer (recorded by the manager).
     */
    private void changeRequests() {
        String approved = "/projects/ACME/issues/ACME-10/change-request";
        rest.send(FakeUsers.MANAGER, "PUT", approved, PluginRest.object("scope",
                "Lieferavis per E-Mail an die Spediteure: Vorlage, Versand bei Tourfreigabe, Protokoll",
                "estimateMinutes", 600, "level", "L3"));
        rest.send(FakeUsers.MANAGER, "POST", approved + "/submit", "{}");
        decideThroughLink(ACME_DECISION_MAKER,
                "step=confirm&choice=APPROVE&comment=Freigegeben%2C+bitte+bis+Monatsende+umsetzen");
        String state = rest.send(FakeUsers.MANAGER, "GET", approved, null).get("state").asText();
        if (!"APPROVED".equals(state)) {
            throw new IllegalStateException("ACME-10's change request is " + state + " after the approval");
        }
        FakeIssue avis = jira.issues.findByKey("ACME-10");
        // started after the approval (whole minutes, as Jira's UI logs them)
        Instant afterApproval = Instant.ofEpochSecond(jira.clock.instant().getEpochSecond() / 60 * 60 + 60);
        bookOne(avis, SupportLevel.L3, afterApproval, 150 * 60, FakeUsers.ADMIN, "Umsetzung Versandlogik");
        bookOne(avis, SupportLevel.L2, afterApproval, 45 * 60, FakeUsers.MANAGER,
                "Test mit zwei Spediteuren");

        String rejected = "/projects/ACME/issues/ACME-11/change-request";
        rest.send(FakeUsers.MANAGER, "PUT", rejected, PluginRest.object("scope",
                "Anbindung der Zeiterfassung an SAP HR", "estimateMinutes", 960, "level", "L3"));
        rest.send(FakeUsers.MANAGER, "POST", rejected + "/submit", "{}");
        rest.send(FakeUsers.MANAGER, "POST", rejected + "/decision", PluginRest.object("approve", false,
                "comment", "Telefonisch abgelehnt: Budget erst im nächsten Quartal"));
    }

    /**
     * Bäckerei Müller's 1st level crosses its decision threshold (75 %) this month; its decision maker adds an hour
     * through the decision link from the mail, confirmed in one step as the page's form posts it.
     */
    private void customerTopUp(YearMonth current, Instant now) {
        com.fasterxml.jackson.databind.JsonNode level = rest.status(FakeUsers.MANAGER, "MUE", current)
                .get("levels").get(0);
        long needed = (level.get("availableMinutes").asLong() * 75 + 99) / 100 - level.get("usedMinutes").asLong();
        if (needed > 0) {
            long minutes = needed + 15;
            Instant monthStart = current.atDay(1).atStartOfDay(ZONE).toInstant();
            Instant start = now.minusSeconds(minutes * 60 + 120);
            bookOne(jira.issues.findByKey("MUE-5"), SupportLevel.L1, start.isAfter(monthStart) ? start : monthStart,
                    minutes * 60, FakeUsers.AGENT, "Tablet neu eingerichtet, Kassen-App installiert");
        }
        decideThroughLink(MUE_DECISION_MAKER,
                "step=confirm&choice=TOP_UP&hours=1&minutes=0&note=Eine+Stunde+mehr+f%C3%BCr+die+Filiale+S%C3%BCd");
        if (rest.status(FakeUsers.MANAGER, "MUE", current).get("topUps").size() != 1) {
            throw new IllegalStateException("Bäckerei Müller's decision maker could not add contingent");
        }
    }

    /** Opens the newest decision link mailed to {@code address} and posts the page's form to it. */
    private void decideThroughLink(String address, String form) {
        List<de.tieredsupport.contingent.sandbox.fakejira.FakeMailQueue.CapturedMail> mails = jira.mail.captured();
        for (int i = mails.size() - 1; i >= 0; i--) {
            java.util.regex.Matcher link = DECISION_LINK.matcher(mails.get(i).body());
            if (mails.get(i).to().equals(address) && link.find()) {
                java.net.http.HttpRequest post = java.net.http.HttpRequest.newBuilder(java.net.URI.create(link.group()))
                        .timeout(java.time.Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build();
                try {
                    int status = java.net.http.HttpClient.newHttpClient()
                            .send(post, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 200) {
                        throw new IllegalStateException("The decision page answered " + status + " for " + address);
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return;
            }
        }
        throw new IllegalStateException("No decision link was mailed to " + address);
    }

    private void configureContracts(YearMonth first) {
        // the offer's example customer
        rest.putTerms(FakeUsers.MANAGER, "ACME", first, TermsJson.terms()
                .level("L1", 480, "70").level("L2", 720, "80").level("L3", 720, "90")
                .recipients("it-leitung@acme.example", "einkauf@acme.example")
                .decisionMaker("Petra Schneider", ACME_DECISION_MAKER, "de").json());
        // carry-over of unused minutes, overage billed at the rate, quarter-hour rounding to the nearest
        rest.putTerms(FakeUsers.MANAGER, "MUE", first, TermsJson.terms()
                .level("L1", 240, "65", 120).level("L2", 360, "85", 120).level("L3", 240, "110", 60)
                .rounding(15, "NEAREST").carryOver("UNUSED_UP_TO").overagePolicy("BILLED_AT_RATE").thresholds(75, 100)
                .recipients("chefin@baeckerei-mueller.example")
                .decisionMaker("Karl Müller", MUE_DECISION_MAKER, "de").json());
        // ten-minute rounding, three thresholds
        rest.putTerms(FakeUsers.MANAGER, "NORD", first, TermsJson.terms()
                .level("L1", 360, "60").level("L2", 480, "75").level("L3", 120, "95")
                .rounding(10, "UP").thresholds(50, 80, 100).recipients("servicedesk@nordlicht.example").json());
    }

    private List<Ticket> tickets() {
        FakeProject acme = jira.projects.all().get(0);
        FakeProject mue = jira.projects.all().get(1);
        FakeProject nord = jira.projects.all().get(2);
        SupportLevel l1 = SupportLevel.L1;
        SupportLevel l2 = SupportLevel.L2;
        SupportLevel l3 = SupportLevel.L3;
        return List.of(
                new Ticket(acme, 1, "Drucker im Büro Köln druckt nur leere Seiten", -2, List.of(new Phase(l1, 95))),
                new Ticket(acme, 2, "Passwort-Rücksetzung für Außendienst-Zugänge", -2, List.of(new Phase(l1, 140))),
                new Ticket(acme, 3, "Schnittstelle zu SAP: Übertragung der Aufträge schlägt fehl", -2,
                        List.of(new Phase(l1, 60), new Phase(l2, 240), new Phase(l3, 300))),
                new Ticket(acme, 4, "Änderungswunsch: Export der Stückliste als Excel", -2,
                        List.of(new Phase(l1, 45), new Phase(l2, 180))),
                new Ticket(acme, 5, "Eingabefeld zeigt <script>alert(1)</script> ungefiltert an", -1,
                        List.of(new Phase(l1, 50), new Phase(l2, 150), new Phase(l3, 210))),
                new Ticket(acme, 6, "Telefon-Hotline: Rückfragen zur Urlaubsplanung", -1, List.of(new Phase(l1, 320))),
                new Ticket(acme, 7, "Benutzer können sich nach dem Update nicht anmelden", -1,
                        List.of(new Phase(l1, 200), new Phase(l2, 120))),
                new Ticket(acme, 8, "Größenangaben im Etikettendruck falsch", 0,
                        List.of(new Phase(l1, 120), new Phase(l2, 200))),
                new Ticket(acme, 9, "Neue Mitarbeiterin: Zugänge für Frau Schröder einrichten", 0,
                        List.of(new Phase(l1, 75))),
                new Ticket(mue, 1, "Kassensystem: Bondrucker verliert die Verbindung", -2,
                        List.of(new Phase(l1, 90), new Phase(l2, 120))),
                new Ticket(mue, 2, "Filialabrechnung stimmt nicht mit der Warenwirtschaft überein", -2,
                        List.of(new Phase(l1, 60), new Phase(l2, 100), new Phase(l3, 150))),
                new Ticket(mue, 3, "Bestellportal lädt sehr langsam", -1,
                        List.of(new Phase(l1, 160), new Phase(l2, 300), new Phase(l3, 200))),
                new Ticket(mue, 4, "Rückfrage: Öffnungszeiten im Online-Shop ändern", -1, List.of(new Phase(l1, 220))),
                new Ticket(mue, 5, "Tablet in der Filiale Süd startet nicht", 0, List.of(new Phase(l1, 80))),
                new Ticket(nord, 1, "Tourenplanung: Export an die Spedition fehlerhaft", -2,
                        List.of(new Phase(l1, 120), new Phase(l2, 240))),
                new Ticket(nord, 2, "Scanner im Lager Nord melden Fehler 0x1F", -1,
                        List.of(new Phase(l1, 200), new Phase(l2, 90))),
                new Ticket(nord, 3, "Lieferschein-Druck mit falschen Umlauten (ä, ö, ü, ß)", -1,
                        List.of(new Phase(l1, 150), new Phase(l3, 60))),
                new Ticket(nord, 4, "Anbindung Zollportal: Zertifikat abgelaufen", 0,
                        List.of(new Phase(l1, 180), new Phase(l2, 120))),
                new Ticket(nord, 5, "Ständige Rückfragen zur Rechnungsstellung", 0, List.of(new Phase(l1, 150))),
                // last, so the tickets above keep their random worklogs: analysis before the change requests
                new Ticket(acme, 10, "Änderungswunsch: Lieferavis per E-Mail an die Spediteure", 0,
                        List.of(new Phase(l2, 45))),
                new Ticket(acme, 11, "Änderungswunsch: Zeiterfassung an SAP HR anbinden", 0,
                        List.of(new Phase(l2, 30))));
    }

    private List<PlannedWork> plan(List<Ticket> tickets, YearMonth current, Instant now) {
        List<PlannedWork> planned = new ArrayList<>();
        long issueId = 10100;
        for (Ticket ticket : tickets) {
            FakeIssue issue = jira.issues.create(issueId++, ticket.project(),
                    ticket.project().key() + "-" + ticket.number(), ticket.summary(),
                    ticket.phases().get(0).level().key());
            String category = CATEGORIES.get(issue.getKey());
            if (category != null) {
                jira.issues.setRequestCategory(issue.getId(), category);
            }
            YearMonth month = current.plusMonths(ticket.monthOffset());
            Instant from = month.atDay(1).atStartOfDay(ZONE).toInstant();
            Instant to = ticket.monthOffset() == 0 ? now.minusSeconds(60)
                    : month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
            if (!to.isAfter(from)) {
                to = from.plusSeconds(60);
            }
            List<long[]> pieces = new ArrayList<>();
            for (int p = 0; p < ticket.phases().size(); p++) {
                int left = ticket.phases().get(p).minutes();
                while (left > 0) {
                    // odd durations: a short call now and then, otherwise 7 to 58 minutes
                    int minutes = random.nextInt(6) == 0 ? 1 + random.nextInt(4) : 7 + random.nextInt(52);
                    minutes = Math.min(minutes, Math.max(left, 1));
                    pieces.add(new long[] {p, minutes * 60L});
                    left -= minutes;
                }
            }
            List<Instant> starts = new ArrayList<>();
            for (int i = 0; i < pieces.size(); i++) {
                starts.add(workingInstant(from, to));
            }
            starts.sort(Comparator.naturalOrder());
            for (int i = 0; i < pieces.size(); i++) {
                Phase phase = ticket.phases().get((int) pieces.get(i)[0]);
                String author = switch (phase.level()) {
                    case L1 -> FakeUsers.AGENT;
                    case L2 -> FakeUsers.MANAGER;
                    case L3 -> FakeUsers.ADMIN;
                };
                planned.add(new PlannedWork(ticket, issue, phase.level(), starts.get(i), pieces.get(i)[1], author,
                        COMMENTS[random.nextInt(COMMENTS.length)]));
            }
        }
        planned.sort(Comparator.comparing(PlannedWork::start));
        return planned;
    }

    private static final String[] COMMENTS = {
        "Telefonat mit dem Anwender", "Analyse der Logdateien", "Rückruf, Problem geschildert",
        "Konfiguration angepasst", "Fehler nachgestellt", "Abstimmung mit dem Entwickler", "Test und Abnahme",
        "Dokumentation ergänzt", "",
    };

    private void book(List<PlannedWork> work, java.util.function.Predicate<PlannedWork> which) {
        for (PlannedWork w : work) {
            if (which.test(w)) {
                bookOne(w.issue(), w.level(), w.start(), w.seconds(), w.author(), w.comment());
            }
        }
    }

    private void bookOne(FakeIssue issue, SupportLevel level, Instant start, long seconds, String author,
            String comment) {
        // the ticket has this level when the work is logged (escalation happens between worklogs)
        jira.issues.setSupportLevel(issue.getId(), level.key());
        // Jira dispatches the worklog event; the plugin's listener books it
        jira.worklogs.create(issue, author, start, seconds, comment);
    }

    /** A random instant in [from, to), preferably Monday to Friday between 08:00 and 17:30. */
    private Instant workingInstant(Instant from, Instant to) {
        long span = Math.max(1, to.toEpochMilli() - from.toEpochMilli());
        Instant candidate = from;
        for (int attempt = 0; attempt < 40; attempt++) {
            candidate = from.plusMillis((long) (random.nextDouble() * span));
            ZonedDateTime local = candidate.atZone(ZONE);
            LocalTime time = local.toLocalTime();
            DayOfWeek day = local.getDayOfWeek();
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !time.isBefore(LocalTime.of(8, 0))
                    && time.isBefore(LocalTime.of(17, 30))) {
                break;
            }
        }
        // whole minutes, as Jira's UI logs them
        return Instant.ofEpochSecond(candidate.getEpochSecond() / 60 * 60);
    }
}
