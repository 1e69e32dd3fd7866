package de.tieredsupport.contingent.sandbox.fakejira;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

import com.atlassian.templaterenderer.TemplateRenderer;

import de.tieredsupport.contingent.testsupport.velocity.JiraLikeVelocity;

/**
 * Fake of Atlassian's {@link TemplateRenderer}: renders a plugin's Velocity templates (Jira's renderer is a service each plugin gets its own
 * instance of, resolving templates through that plugin's class loader) with
 * Velocity 1.7 and HTML escaping of every reference, as Jira does for templates starting with
 * {@code #enable_html_escaping()} (see {@link JiraLikeVelocity}). Jira's renderer would also add its default context
 * items; the plugin's pages put everything they print into their own context.
 */
public final class FakeTemplateRenderer implements TemplateRenderer {

    private final JiraLikeVelocity velocity;

    /** The renderer of one plugin, whose templates come through that plugin's class loader. */
    public FakeTemplateRenderer(ClassLoader pluginLoader) {
        this.velocity = new JiraLikeVelocity(pluginLoader);
    }

    @Override
    public void render(String templateName, Writer writer) throws IOException {
        render(templateName, new HashMap<>(), writer);
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer) throws IOException {
        writer.write(velocity.render(templateName, context));
        writer.flush();
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) {
        throw new UnsupportedOperationException("the plugin renders template files only");
    }
}
