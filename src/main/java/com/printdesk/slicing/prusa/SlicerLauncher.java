package com.printdesk.slicing.prusa;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Starts one slicer process with its output (stdout and stderr together) going to {@code log}. The
 * seam tests use to count and observe launches.
 */
@FunctionalInterface
interface SlicerLauncher {

    Process launch(List<String> command, Path log) throws IOException;

    SlicerLauncher PROCESS_BUILDER = (command, log) -> new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
}
