package com.atlassian.webresource.api.assembler;

/**
 * Resources the page requires.
 *
 * Evidence: decompiled atlassian-plugins-webresource-api 6.1.1 (ngannk-fptu/Decompiled-Files,
 *   com/atlassian/webresource/api/assembler/RequiredResources.java: {@code @Nonnull RequiredResources requireWebResource(@Nonnull String completeModuleKey)}).
 * Status: CONFIRMED-9 (webresource-api 6.1.1; continuity to 11 inferred)
 */
public interface RequiredResources {

    RequiredResources requireWebResource(String completeModuleKey);
}
