package vn.parindex.framework;

public enum VersionStatus {
    DRAFT,
    /** Immutable: revising makes a new draft from it. */
    PUBLISHED
}
