package vn.parindex.survey;

import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How many respondents an agency of each type must name: {@code parindex.survey.quota.<TYPE>}, by default 60 per
 * department and 100 per district (Vĩnh Phúc 2018); other types need at least one.
 */
@Component
@RequiredArgsConstructor
public class RespondentQuota {

    private static final Map<String, Integer> DEFAULTS = Map.of("DEPARTMENT", 60, "DISTRICT", 100);

    private final Environment environment;

    public int of(String agencyTypeCode) {
        return environment.getProperty("parindex.survey.quota." + agencyTypeCode, Integer.class,
                DEFAULTS.getOrDefault(agencyTypeCode, 1));
    }
}
