package com.printdesk.slicing.prusa;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One slicer process under a time limit. On timeout (or when the worker is interrupted) the whole
 * process tree is killed: PrusaSlicer may run helpers, and a wrapper script would otherwise leave
 * the real slicer running after its parent died.
 */
final class SlicerProcess {

    /** How a run ended: its exit code, or {@code timedOut}. */
    record Exit(int code, boolean timedOut) {
    }

    private SlicerProcess() {
    }

    static Exit run(SlicerLauncher launcher, List<String> command, Path log, Duration timeout)
            throws IOException, InterruptedException {
        Process process = launcher.launch(command, log);
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return new Exit(process.exitValue(), false);
            }
            killTree(process.toHandle());
            process.waitFor(10, TimeUnit.SECONDS);
            return new Exit(-1, true);
        }
        catch (InterruptedException ex) {
            killTree(process.toHandle());
            throw ex;
        }
    }

    /**
     * Takes the list of descendants first (once the parent dies its children are re-parented and no
     * longer listed), stops the parent so it starts nothing new, then the descendants.
     */
    static void killTree(ProcessHandle root) {
        List<ProcessHandle> descendants = root.descendants().toList();
        root.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
    }
}
