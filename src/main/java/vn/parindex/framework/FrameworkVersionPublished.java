package vn.parindex.framework;

/** A framework version was published (after its transaction commits, listeners may act on it). */
public record FrameworkVersionPublished(Long versionId, String by) {
}
