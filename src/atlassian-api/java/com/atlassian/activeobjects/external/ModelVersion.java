package com.atlassian.activeobjects.external;

/**
 * The version of a plugin's AO model, compared numerically. Built only through {@link #valueOf(String)}
 * (the real constructor is private).
 *
 * Evidence: public source Kast0rTr0y/ao-plugin:activeobjects-core/src/main/java/com/atlassian/activeobjects/external/ModelVersion.java;
 *   decompiled activeobjects-plugin 5.2.1 (ngannk-fptu/Decompiled-Files): final class, private ModelVersion(int),
 *   static valueOf(String) (null means 0), compareTo, isOlderThan, isSame, isNewerThan.
 * Status: CONFIRMED-9 (AO plugin 5.2.1; continuity to 11 inferred)
 */
public final class ModelVersion implements Comparable<ModelVersion> {

    private ModelVersion() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public static ModelVersion valueOf(String version) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public boolean isOlderThan(ModelVersion other) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    public boolean isSame(ModelVersion other) {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    @Override
    public int compareTo(ModelVersion other) {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
