package de.tieredsupport.contingent.testsupport.velocity;

import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Renders the plugin's templates with Apache Velocity 1.7, the closest engine to Jira's 1.6.4 fork, the way Jira
 * does for templates that start with {@code #enable_html_escaping()}: every reference is HTML-escaped on output,
 * except what {@code $i18n.getText(...)} returns. Translations may hold markup, so Jira can treat message texts as
 * HTML-safe; assuming the worst here makes a test fail when a template passes user text into a message instead of
 * printing a text composed by its view model.
 */
public final class JiraLikeVelocity {

    /** Jira's directive; here a macro that does nothing, since escaping is always on. */
    private static final String JIRA_DIRECTIVES = "#macro(enable_html_escaping)#end";

    private final VelocityEngine engine = new VelocityEngine();
    private final ClassLoader templates;

    /** Templates from the test class path (the plugin's resources as compiled). */
    public JiraLikeVelocity() {
        this(JiraLikeVelocity.class.getClassLoader());
    }

    /** Templates through the given class loader, e.g. the plugin bundle's as Jira's per-plugin renderer does. */
    public JiraLikeVelocity(ClassLoader templates) {
        this.templates = templates;
        engine.setProperty("runtime.references.strict", "false");
        engine.init();
    }

    /** Renders a template from the plugin's resources with the given context. */
    public String render(String location, Map<String, Object> values) {
        String template = read(location);
        if (!template.startsWith("#enable_html_escaping()")) {
            throw new IllegalStateException(location + " must start with #enable_html_escaping()");
        }
        VelocityContext context = new VelocityContext();
        values.forEach(context::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler((ReferenceInsertionEventHandler) (reference, value) ->
                isMessageText(reference) ? value : escape(value));
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter();
        engine.evaluate(context, out, location, JIRA_DIRECTIVES + template);
        return out.toString();
    }

    /** {@code $i18n.getText(...)}, {@code $!i18n.getText(...)} or {@code ${i18n.getText(...)}}. */
    static boolean isMessageText(String reference) {
        return reference.matches("(?s)\\$!?\\{?i18n\\.getText\\(.*");
    }

    /** What Jira's HTML escaping does to a reference's value. */
    public static String escape(Object value) {
        if (value == null) {
            return null;
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private String read(String location) {
        try (InputStream in = templates.getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("template not found through " + templates + ": " + location);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
