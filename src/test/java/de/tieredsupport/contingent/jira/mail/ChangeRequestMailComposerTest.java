package de.tieredsupport.contingent.jira.mail;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;

import de.tieredsupport.contingent.domain.ChangeRequest;
import de.tieredsupport.contingent.domain.ChangeRequestLink;
import de.tieredsupport.contingent.domain.DecisionMaker;
import de.tieredsupport.contingent.domain.Minutes;
import de.tieredsupport.contingent.domain.Money;
import de.tieredsupport.contingent.domain.RoundingPolicy;
import de.tieredsupport.contingent.domain.SupportLevel;

import org.junit.Test;

public class ChangeRequestMailComposerTest {

    private static final Instant NOW = Instant.parse("2026-12-03T09:00:00Z");
    private static final String TOKEN = "A".repeat(43);
    private static final ChangeRequestLink LINK = ChangeRequestLink.issue("a".repeat(64), 10_000L, 501L, "ACME-4", 1,
            new DecisionMaker("Petra <Schneider>", "p.schneider@acme.example", "de"), NOW);

    private static ChangeRequest submitted() {
        return ChangeRequest.none(10_000L, 501L).prepare(ChangeRequest.Estimate.of("Export <b>als</b> Excel", Minutes.of(600),
                SupportLevel.L3, RoundingPolicy.DEFAULT), "agent", NOW).submit("agent", NOW);
    }

    @Test
    public void theRequestCarriesTheEstimateAndTheLinkButNoLinkIntoJira() {
        ChangeRequest.Round round = submitted().current().orElseThrow();
        AlertMailComposer.Mail mail = new ChangeRequestMailComposer(Locale.GERMAN, BundleMessages.german()).request(
                LINK, TOKEN, round, Money.of(Currency.getInstance("EUR"), new BigDecimal("900.00")),
                "ACME Maschinenbau GmbH", "https://jira.example/");

        assertEquals("ACME Maschinenbau GmbH: bitte genehmigen oder lehnen Sie den \u00c4nderungswunsch ACME-4 ab",
                mail.subject());
        String html = mail.htmlBody();
        assertTrue(html, html.contains("href=\"https://jira.example/rest/support-contingent/1.0/decisions/" + TOKEN
                + "\""));
        assertTrue(html, html.contains("Guten Tag Petra &lt;Schneider&gt;,"));
        assertTrue(html, html.contains("Export &lt;b&gt;als&lt;/b&gt; Excel"));
        assertTrue(html, html.contains("900,00"));
        assertTrue(html, html.contains("10h"));
        assertFalse(html, html.contains("/browse/") || html.contains("/plugins/servlet") || html.contains("<b>"));
    }

    @Test
    public void theAnnouncementSaysWhoDecidedHowWithTheLinkToTheTicket() {
        ChangeRequest byLink = submitted().decide(true, "Petra Schneider", true, NOW, "Freigabe <GF>");
        AlertMailComposer.Mail mail = new ChangeRequestMailComposer(Locale.ENGLISH, BundleMessages.english())
                .announcement(byLink, "ACME-4", "ACME", "", "https://jira.example");
        assertEquals("ACME: change request ACME-4 approved", mail.subject());
        assertTrue(mail.htmlBody(), mail.htmlBody().contains("Petra Schneider approved the estimate of change request "
                + "ACME-4 through the decision link."));
        assertTrue(mail.htmlBody(), mail.htmlBody().contains("Comment: Freigabe &lt;GF&gt;"));
        assertTrue(mail.htmlBody(), mail.htmlBody().contains("href=\"https://jira.example/browse/ACME-4\""));

        ChangeRequest recorded = submitted().decide(false, "manager", false, NOW, "by phone");
        AlertMailComposer.Mail german = new ChangeRequestMailComposer(Locale.GERMAN, BundleMessages.german())
                .announcement(recorded, "ACME-4", "ACME", "Max Manager", "https://jira.example");
        assertEquals("ACME: \u00c4nderungswunsch ACME-4 abgelehnt", german.subject());
        assertTrue(german.htmlBody(), german.htmlBody().contains("Max Manager hat die Ablehnung"));
    }
}
