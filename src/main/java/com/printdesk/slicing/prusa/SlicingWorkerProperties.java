package com.printdesk.slicing.prusa;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether this instance works the slice queue ({@code printdesk.slicing.worker}, {@code SLICING_WORKER}).
 * Every instance can queue slices; only workers run PrusaSlicer, so slicing scales on machines of its own.
 */
@ConfigurationProperties("printdesk.slicing")
public record SlicingWorkerProperties(@DefaultValue("true") boolean worker) {
}
