package vn.parindex.appraisal;

import vn.parindex.common.RejectedException;

/** Input an appraisal page cannot take: a message key (messages/appraisal or framework) and its arguments. */
public class AppraisalProblem extends RejectedException {

    public AppraisalProblem(String key, Object... args) {
        super(key, key, args);
    }
}
