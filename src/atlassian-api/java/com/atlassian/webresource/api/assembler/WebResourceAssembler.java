package com.atlassian.webresource.api.assembler;

/**
 * The page's resource assembler; there is no requireWebResource directly on it, only via {@link #resources()}.
 *
 * Evidence: decompiled atlassian-plugins-webresource-api 6.1.1 (ngannk-fptu/Decompiled-Files,
 *   com/atlassian/webresource/api/assembler/WebResourceAssembler.java: {@code RequiredResources resources()}).
 * Status: CONFIRMED-9 (webresource-api 6.1.1; continuity to 11 inferred)
 */
public interface WebResourceAssembler {

    RequiredResources resources();
}
