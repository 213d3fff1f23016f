package vn.parindex.framework.rule;

/**
 * What an agency (or its reviewer) answered for a leaf: a value as typed or picked ("có", "95.5", a level's
 * label, a count …), or {@link NotApplicable}.
 */
public sealed interface Answer permits Answer.Given, NotApplicable {

    static Answer of(String text) {
        return new Given(text);
    }

    static Answer notApplicable() {
        return NotApplicable.INSTANCE;
    }

    record Given(String text) implements Answer {
    }
}
