package vn.parindex;

import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import vn.parindex.common.VietnamTime;

@SpringBootApplication
public class ParIndexApplication {

    public static void main(String[] args) {
        TimeZone.setDefault(TimeZone.getTimeZone(VietnamTime.ZONE));
        SpringApplication.run(ParIndexApplication.class, args);
    }
}
