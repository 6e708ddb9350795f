package com.printdesk.slicing.prusa;

import java.nio.file.Path;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The slicer this instance can run, if any: none when {@code SLICER_DISABLE=true} or the executable
 * is missing, and slices are then estimated. Every process start is counted
 * ({@code printdesk.slicer.launches}).
 */
@Component
class SlicerRuntime {

    private static final Logger log = LoggerFactory.getLogger(SlicerRuntime.class);

    private final SlicerProperties properties;
    private final SlicerBinary binary;
    private final SlicerLauncher launcher;

    SlicerRuntime(SlicerProperties properties, ObjectProvider<MeterRegistry> meters) {
        this.properties = properties;
        this.binary = new SlicerBinary(properties.bin());
        Counter launches = meters.getIfAvailable(io.micrometer.core.instrument.simple.SimpleMeterRegistry::new)
                .counter("printdesk.slicer.launches");
        this.launcher = (command, output) -> {
            launches.increment();
            return SlicerLauncher.PROCESS_BUILDER.launch(command, output);
        };
        if (properties.disable()) {
            log.info("Slicer disabled (SLICER_DISABLE=true): prices use the geometric estimate");
        }
        else if (binary.locate().isEmpty()) {
            log.warn("PrusaSlicer not found as '{}' (SLICER_BIN): prices use the geometric estimate", properties.bin());
        }
    }

    /** The executable to run, or empty when slices are to be estimated. */
    Optional<Path> executable() {
        return properties.disable() ? Optional.empty() : binary.locate();
    }

    String version() {
        return binary.version();
    }

    PrusaSlicer slicer() {
        return new PrusaSlicer(launcher, properties.timeout());
    }
}
