package de.tieredsupport.contingent.sandbox.fakejira;

import java.util.ArrayList;
import java.util.List;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;

/**
 * Fake of Jira's {@link PageBuilderService}: remembers the web resources a page requires during the current request
 * (per thread, as Jira's request-scoped assembler), so the sandbox's page decorator can add their links.
 */
public final class FakePageBuilderService implements PageBuilderService {

    private static final ThreadLocal<List<String>> REQUIRED = ThreadLocal.withInitial(ArrayList::new);

    private final RequiredResources resources = new RequiredResources() {
        @Override
        public RequiredResources requireWebResource(String completeModuleKey) {
            if (!REQUIRED.get().contains(completeModuleKey)) {
                REQUIRED.get().add(completeModuleKey);
            }
            return this;
        }
    };

    private final WebResourceAssembler assembler = () -> resources;

    @Override
    public WebResourceAssembler assembler() {
        return assembler;
    }

    /** The complete module keys required on this thread since the last call, in order; forgets them. */
    public List<String> takeRequired() {
        List<String> required = List.copyOf(REQUIRED.get());
        REQUIRED.remove();
        return required;
    }
}
