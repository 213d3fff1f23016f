package vn.parindex.framework;

/** Raised on any attempt to change a published framework version. */
public class PublishedVersionException extends RuntimeException {

    private final transient FrameworkVersion version;

    public PublishedVersionException(FrameworkVersion version) {
        super("Framework version " + version.getNumber() + " is published and cannot be changed");
        this.version = version;
    }

    public FrameworkVersion getFrameworkVersion() {
        return version;
    }
}
