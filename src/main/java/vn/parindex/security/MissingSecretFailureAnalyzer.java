package vn.parindex.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing secret into Spring Boot's "APPLICATION FAILED TO START" text that names what to set. */
class MissingSecretFailureAnalyzer extends AbstractFailureAnalyzer<MissingSecretException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSecretException cause) {
        return new FailureAnalysis("The application refuses to start outside the demo profile without its secrets. "
                + cause.getMessage() + ".",
                "Set " + String.join(", ", cause.variables()) + " (see README, \"Running for real\"), or run the demo"
                        + " profile for a trial.", cause);
    }
}
