package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * A cluster-wide lock; used through the inherited {@link Lock} members ({@code tryLock(long, TimeUnit)},
 * {@code unlock()}). The real interface adds {@code isHeldByCurrentThread()} (not used, not declared).
 *
 * Evidence: decompiled beehive-api 5.0.1 (ngannk-fptu/Decompiled-Files, com/atlassian/beehive/ClusterLock.java):
 *   {@code @PublicApi public interface ClusterLock extends java.util.concurrent.locks.Lock}.
 * Status: CONFIRMED-9 (beehive-api 5.0.1; continuity to 11 inferred)
 */
public interface ClusterLock extends Lock {
}
