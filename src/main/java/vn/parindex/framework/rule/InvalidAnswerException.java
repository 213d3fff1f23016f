package vn.parindex.framework.rule;

/** An answer the rule cannot score: out of range, of the wrong type, an unknown level … */
public class InvalidAnswerException extends RuleException {

    public InvalidAnswerException(String key, String englishMessage, Object... args) {
        super(key, englishMessage, args);
    }
}
