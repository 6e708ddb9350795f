package com.printdesk.slicing.prusa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.printdesk.slicing.SliceSettings;
import com.printdesk.slicing.SupportStyle;

/**
 * How a run ends, with fake slicers (shell scripts standing in for PrusaSlicer): what is retried,
 * what is final, and that a timeout leaves no process behind.
 */
class PrusaSlicerTests {

    static final SliceSettings SETTINGS = new SliceSettings(1, new BigDecimal("0.20"), 15, false, SupportStyle.GRID,
            0, 1);

    @TempDir
    Path dir;

    final AtomicInteger launches = new AtomicInteger();
    final SlicerLauncher counting = (command, log) -> {
        launches.incrementAndGet();
        return SlicerLauncher.PROCESS_BUILDER.launch(command, log);
    };

    @Test
    void aTimeoutKillsTheSlicerAndItsChildrenAndIsNotRetried() throws Exception {
        Path childPid = dir.resolve("child.pid");
        // the "slicer" starts a child that would outlive it, then hangs
        Path bin = script("sleep 60 & echo $! > " + childPid + "\nwait\n");

        long started = System.nanoTime();
        PrusaSlicer.Outcome outcome = new PrusaSlicer(counting, Duration.ofMillis(700)).slice(command(bin), log());

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        assertThat(outcome)
                .isEqualTo(new PrusaSlicer.Failed("Slicing took longer than 700 ms and was stopped.", 1, false));
        assertThat(launches).hasValue(1);
        long child = Long.parseLong(Files.readString(childPid).strip());
        assertThat(stillRunning(child, Duration.ofSeconds(3))).as("child process %d still running", child).isFalse();
    }

    /**
     * Whether the process keeps running for {@code patience}. A killed orphan may stay a zombie when PID 1
     * reaps nothing (as in some containers), and {@code ProcessHandle.isAlive} counts zombies, so /proc says.
     */
    static boolean stillRunning(long pid, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Path stat = Path.of("/proc", Long.toString(pid), "stat");
            String state = Files.exists(stat) ? Files.readString(stat) : "";
            if (state.isEmpty() || state.matches("(?s).*\\) [ZX] .*")) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    @Test
    void aCrashIsRetriedTwiceThenFailsWithTheReason() throws Exception {
        Path bin = script("echo 'Segmentation fault in GCode export' >&2\nexit 139\n");

        PrusaSlicer.Outcome outcome = new PrusaSlicer(counting, Duration.ofSeconds(10)).slice(command(bin), log());

        assertThat(launches).hasValue(3);
        assertThat(outcome).isEqualTo(new PrusaSlicer.Failed(
                "PrusaSlicer crashed 3 times (exit code 139: Segmentation fault in GCode export).", 3, true));
    }

    @Test
    void aCrashThatSucceedsOnRetryGivesTheFigures() throws Exception {
        Path marker = dir.resolve("crashed-once");
        Path bin = script("if [ ! -f " + marker + " ]; then touch " + marker + "; exit 139; fi\n"
                + "out=''; prev=''; for a in \"$@\"; do [ \"$prev\" = --output ] && out=$a; prev=$a; done\n"
                + "printf '; filament used [mm] = 10.5\\n; filament used [cm3] = 0.03\\n"
                + "; estimated printing time (normal mode) = 1m 5s\\n' > \"$out\"\n");

        PrusaSlicer.Outcome outcome = new PrusaSlicer(counting, Duration.ofSeconds(10)).slice(command(bin), log());

        assertThat(launches).hasValue(2);
        assertThat(outcome).isInstanceOfSatisfying(PrusaSlicer.Sliced.class, sliced -> {
            assertThat(sliced.attempts()).isEqualTo(2);
            assertThat(sliced.figures().printTime()).isEqualTo(Duration.ofSeconds(65));
            assertThat(sliced.figures().filamentCm3()).isEqualByComparingTo("0.03");
        });
    }

    @Test
    void aPlateThatDoesNotFitFailsAtOnceWithAClearMessage() throws Exception {
        Path bin = script("echo \"terminate called after throwing an instance of 'Slic3r::RuntimeError'\" >&2\n"
                + "echo '  what():  Objects could not fit on the bed' >&2\nkill -ABRT $$\n");

        PrusaSlicer.Outcome outcome = new PrusaSlicer(counting, Duration.ofSeconds(10)).slice(command(bin), log());

        assertThat(launches).hasValue(1);
        assertThat(outcome).isEqualTo(new PrusaSlicer.Failed("The model does not fit on the printer's bed with its "
                + "objects arranged on one plate (PrusaSlicer: \"Objects could not fit on the bed\").", 1, false));
    }

    @Test
    void aModelPrusaSlicerRefusesFailsAtOnceWithItsReason() throws Exception {
        Path bin = script("echo '[2026-11-27 06:54:32.689821] [0x7f] [trace]   Initializing StaticPrintConfigs'\n"
                + "echo '10 => Processing triangulated mesh'\n"
                + "echo 'No layers were detected. You might want to repair your STL file(s).' >&2\nexit 1\n");

        PrusaSlicer.Outcome outcome = new PrusaSlicer(counting, Duration.ofSeconds(10)).slice(command(bin), log());

        assertThat(launches).hasValue(1);
        assertThat(outcome).isEqualTo(new PrusaSlicer.Failed("PrusaSlicer could not slice this model: No layers were "
                + "detected. You might want to repair your STL file(s).", 1, false));
    }

    private SlicerCommand command(Path bin) {
        return new SlicerCommand(bin, dir.resolve("data"), dir.resolve("printer.ini"),
                new SlicerCommand.Bed(250, 210, 220), SETTINGS, List.of(dir.resolve("object-1.stl")),
                dir.resolve("plate.gcode"));
    }

    private Path log() {
        return dir.resolve("slicer.log");
    }

    private Path script(String body) throws IOException {
        Path script = dir.resolve("fake-slicer.sh");
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }
}
