package vn.parindex.security;

import java.util.List;

/** A password or secret an installation must be given through its environment is not there. */
public class MissingSecretException extends RuntimeException {

    private final transient List<String> variables;

    MissingSecretException(String what, List<String> variables) {
        super(what + ": set " + String.join(", ", variables) + " in the environment");
        this.variables = List.copyOf(variables);
    }

    public List<String> variables() {
        return variables;
    }
}
