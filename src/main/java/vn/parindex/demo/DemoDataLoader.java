package vn.parindex.demo;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo provinces at start-up where parindex.demo.data is on (the demo profile) and launches the
 * first province's campaign, so a newcomer sees real tasks at once; the second stays ready to launch.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "parindex.demo.data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private final DemoData demoData;
    private final boolean launch;

    DemoDataLoader(DemoData demoData, @Value("${parindex.demo.launch:false}") boolean launch) {
        this.demoData = demoData;
        this.launch = launch;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.load();
        if (launch) {
            demoData.launchFirstProvince();
        }
    }
}
