package vn.parindex.framework.rule;

/** Rule parameters text that cannot be read, or that does not fit the leaf's maximum. */
public class InvalidRuleParamsException extends RuleException {

    public InvalidRuleParamsException(String key, String englishMessage, Object... args) {
        super(key, englishMessage, args);
    }
}
