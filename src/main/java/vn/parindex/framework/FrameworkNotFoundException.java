package vn.parindex.framework;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such framework, version or criterion for the user's organiser (another organiser's records look absent). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class FrameworkNotFoundException extends RuntimeException {

    public FrameworkNotFoundException(String what, Long id) {
        super(what + " " + id + " not found for this organiser");
    }
}
