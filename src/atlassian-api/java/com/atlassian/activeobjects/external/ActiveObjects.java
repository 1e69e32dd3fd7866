package com.atlassian.activeobjects.external;

import java.util.Map;

import com.atlassian.sal.api.transaction.TransactionCallback;

import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The Active Objects facade a plugin gets from the host (subset: the members the stores use).
 * Entity, query and parameter types are the real {@code net.java.ao} classes from
 * {@code net.java.dev.activeobjects:activeobjects:6.1.1}; only this facade is declared here.
 * Generic signatures are copied exactly: the erased return type of {@code find}/{@code get} is
 * {@code RawEntity[]}/{@code RawEntity}, and {@code count} returns {@code int}.
 *
 * Evidence: public source Kast0rTr0y/ao-plugin:activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ActiveObjects.java
 *   (AO plugin 1.4.x, every member below present with this exact signature); decompiled activeobjects-plugin 5.2.1
 *   (ngannk-fptu/Decompiled-Files, same members plus newer ones not used here); Jira 11.3.1 plugin
 *   codescape/jira-scrum-poker@bb652fd src/main/java/de/codescape/jira/plugins/scrumpoker/service/*ServiceImpl.java
 *   calls create(Class, DBParam...), find(Class), find(Class, Query), find(Class, String, Object...), delete(...).
 * Status: CONFIRMED-11 for migrate, get, create(Class, DBParam...), create(Class, Map), delete, deleteWithSQL, find ×3, count ×3 —
 *   jira-scrum-poker (above) and atlassian-labs/atlassian-slack-integration-server@94c50dc (master 2026-01-31; jira-api 11.0.0, platform-public-api 8.0.0 — Atlassian's own Jira 11 build): jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/model/ao/upgrade/v1/ProjectConfigurationUpgradeTask001.java (migrate, find(Class, Query)),
 *   jira-slack-server-integration/jira-slack-server-integration-plugin/src/main/java/com/atlassian/jira/plugins/slack/dao/impl/DefaultConfigurationDao.java (create(Class, Map), delete, count(Class)), slack-server-integration-common/src/main/java/com/atlassian/plugins/slack/link/DefaultSlackLinkManager.java
 *   (get, create(Class, DBParam...), find(Class), count(Class, Query)); Platform 8 modules of the same build:
 *   bitbucket-slack-server-integration-plugin/.../AoNotificationConfigurationDao.java (deleteWithSQL),
 *   confluence-slack-integration/.../DefaultEntityToChannelMappingManager.java (find/count(Class, String, Object...)).
 *   stream, executeInTransaction, flushAll CONFIRMED-9 (AO plugin 5.2.1), unchanged since 1.4.
 */
public interface ActiveObjects {

    /** Creates or updates the schema of the given entities. */
    @SuppressWarnings("unchecked")
    void migrate(Class<? extends RawEntity<?>>... entities);

    /** Drops all cached field values of all entities held by this instance. */
    void flushAll();

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    /** Read-only, uncached streaming of the selected columns, one row at a time. */
    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    /** Runs the callback in one database transaction; a RuntimeException rolls it back. */
    <T> T executeInTransaction(TransactionCallback<T> callback);
}
