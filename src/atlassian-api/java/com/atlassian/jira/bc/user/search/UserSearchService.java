package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Jira's user search service (subset): the users with a given e-mail address, used to pick the language of an alert
 * recipient. {@code @PublicApi} since 7.0 (successor of the deprecated UserPickerSearchService).
 *
 * Evidence: https://docs.atlassian.com/jira/7.0.4/com/atlassian/jira/bc/user/search/UserSearchService.html and
 *   https://docs.atlassian.com/DAC/javadoc/jira/7.1.0-m01/reference/com/atlassian/jira/bc/user/search/UserSearchService.html
 *   (@PublicApi interface; method summary "Searches for a user with the specified e-mail address" for findUserKeysByEmail,
 *   declared {@code @Nonnull Iterable<String> findUserKeysByEmail(String email)}, and for findUsersByEmail);
 *   https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/bc/user/search/UserSearchService.html
 *   (the interface in Jira 10.2, "Since: 7.0"); plugin use mailru/jira-plugins-mrimsender:
 *   src/main/java/ru/mail/jira/plugins/myteam/rest/ChatCreationRestService.java ({@code @ComponentImport UserSearchService};
 *   {@code StreamSupport.stream(userSearchService.findUsersByEmail(String).spliterator(), false)} next to
 *   {@code findUsersAllowEmptyQuery(..).stream()} for the List-returning method — i.e. an Iterable, not a Collection).
 *   Jira 11: alanmosely/jira-watcher-field-plugin 3.0.0-rc3 (jakarta, Jira 11; CHANGELOG.md@2aa86f1, RELEASING.md@a519de6 "smoke-tested end to end on Jira DC 11.3.10") WatcherFieldType.java and the rc2 WatcherSearcher ({@code @ComponentImport UserSearchService} — the type and its
 *   OSGi import exist on 11; findUsersByEmail itself is not called there).
 * Status: INFERRED (name, parameter and @ComponentImport use CONFIRMED-9 from 7.x javadoc and Jira 8-era plugin code; the return
 *   type Iterable&lt;ApplicationUser&gt; is inferred from that use and from the sibling findUserKeysByEmail, not read from a
 *   signature. A different return type fails with NoSuchMethodError, which the alert sender catches: it then writes English.)
 */
public interface UserSearchService {

    /** Users whose e-mail address matches; may be empty, may hold more than one user. */
    Iterable<ApplicationUser> findUsersByEmail(String email);
}
