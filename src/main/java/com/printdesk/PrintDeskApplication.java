package com.printdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/**
 * PrintDesk: back office, client portal and instant-quote shop of a 3D-printing bureau.
 */
@Modulithic(sharedModules = "shared")
@SpringBootApplication
@ConfigurationPropertiesScan
public class PrintDeskApplication {

    public static void main(String[] args) {
        SpringApplication.run(PrintDeskApplication.class, args);
    }
}
