package vn.parindex.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo provinces at start-up where parindex.demo.data is on (the demo profile). */
@Component
@Order(10)
@ConditionalOnProperty(name = "parindex.demo.data", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private final DemoData demoData;

    DemoDataLoader(DemoData demoData) {
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.load();
    }
}
