package com.atlassian.beehive;

/**
 * Cluster-wide named locks (database-backed on Data Center). Lock names are global to the cluster: the plugin
 * prefixes them with its key.
 *
 * Evidence: decompiled beehive-api 5.0.1 (ngannk-fptu/Decompiled-Files, com/atlassian/beehive/ClusterLockService.java):
 *   {@code @PublicApi public interface ClusterLockService { ClusterLock getLockForName(@Nonnull String lockName); }};
 *   Jira 10.4 ships beehive-api 6.0.0 (codescape/jira-scrum-poker:etc/scrum-poker-dc-review/2025/dependency/maven_dependency_tree.gv).
 * Status: CONFIRMED-9 (beehive-api 5.0.1; shipped in 10.4, API continuity to 11 inferred — no Jakarta type)
 */
public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
