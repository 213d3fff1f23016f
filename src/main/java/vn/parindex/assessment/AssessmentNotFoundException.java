package vn.parindex.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An agency, criterion or file that is not part of the campaign asked about. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AssessmentNotFoundException extends RuntimeException {

    public AssessmentNotFoundException(String message) {
        super(message);
    }
}
