package vn.parindex.assessment.evidence;

import java.io.Serializable;
import java.time.LocalDate;

/** An issued document cited as evidence: số ký hiệu, ngày ban hành, cơ quan ban hành, trích yếu, optional link. */
public record DocumentReference(String number, LocalDate issuedOn, String issuer, String summary, String link)
        implements Serializable {
}
