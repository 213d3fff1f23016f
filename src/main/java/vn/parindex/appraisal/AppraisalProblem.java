package vn.parindex.appraisal;

import java.util.List;

/** Input an appraisal page cannot take: a message key (messages/appraisal or framework) and its arguments. */
public class AppraisalProblem extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    public AppraisalProblem(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
