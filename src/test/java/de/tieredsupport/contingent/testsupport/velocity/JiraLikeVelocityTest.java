package de.tieredsupport.contingent.testsupport.velocity;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Map;

import org.junit.Test;

public class JiraLikeVelocityTest {

    /** A message source whose text holds markup, as translations may. */
    public static final class Messages {
        public String getText(String key, String argument) {
            return "<b>Hello</b> " + argument;
        }
    }

    @Test
    public void referencesAreEscapedButMessageTextsAreTakenAsMarkupAsJiraMayDo() {
        String html = new JiraLikeVelocity().render("velocity-test/message-and-value.vm",
                Map.of("i18n", new Messages(), "name", "<script>x</script>"));

        assertTrue(html, html.contains("<p id=\"value\">&lt;script&gt;x&lt;/script&gt;</p>"));
        // the worst case: user text passed into a message comes out raw, so templates must not do it
        assertTrue(html, html.contains("<p id=\"message\"><b>Hello</b> <script>x</script></p>"));
    }

    @Test
    public void recognisesEveryFormOfAMessageReference() {
        assertTrue(JiraLikeVelocity.isMessageText("$i18n.getText(\"a\")"));
        assertTrue(JiraLikeVelocity.isMessageText("$!i18n.getText('a', $b)"));
        assertTrue(JiraLikeVelocity.isMessageText("${i18n.getText(\"a\")}"));
        assertFalse(JiraLikeVelocity.isMessageText("$report.title()"));
        assertFalse(JiraLikeVelocity.isMessageText("$i18nHelper"));
        assertEquals("&lt;&amp;&quot;&#39;&gt;", JiraLikeVelocity.escape("<&\"'>"));
    }
}
