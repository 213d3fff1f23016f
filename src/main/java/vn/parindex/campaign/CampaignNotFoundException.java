package vn.parindex.campaign;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No campaign with this id for this organiser: another organiser's campaign is as absent as a missing one. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CampaignNotFoundException extends RuntimeException {

    public CampaignNotFoundException(Long id) {
        super("No campaign " + id + " for this organiser");
    }
}
