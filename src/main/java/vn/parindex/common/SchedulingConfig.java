package vn.parindex.common;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled work (the mail sender) runs in the app; tests switch it off and call it themselves. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "parindex.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {
}
