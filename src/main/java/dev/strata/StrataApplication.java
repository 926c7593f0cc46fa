package dev.strata;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StrataApplication {
    public static void main(String[] args) {
        SpringApplication.run(StrataApplication.class, args);
    }
}
