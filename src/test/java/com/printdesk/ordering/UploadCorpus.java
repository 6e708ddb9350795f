package com.printdesk.ordering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.mock.web.MockMultipartFile;

/** The shared model corpus as upload parts, with what APP_EXPECTED.tsv says must happen to each file. */
final class UploadCorpus {

    record Expected(String file, String outcome) {

        @Override
        public String toString() {
            return file + " → " + outcome;
        }
    }

    private UploadCorpus() {
    }

    /** {@code ../shared/models} beside the project (a CI clone), else the workplace's copy. */
    static Path folder() {
        Path beside = Path.of("../shared/models");
        return Files.isDirectory(beside) ? beside : Path.of("/work/shared/models");
    }

    static List<Expected> expectations() {
        try {
            List<String> lines = Files.readAllLines(folder().resolve("APP_EXPECTED.tsv"));
            if (!lines.get(0).startsWith("file\toutcome")) {
                throw new IllegalStateException("APP_EXPECTED.tsv changed its columns: " + lines.get(0));
            }
            return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split("\t", -1))
                    .map(cells -> new Expected(cells[0], cells[1])).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static List<Expected> withOutcome(String outcome) {
        return expectations().stream().filter(e -> e.outcome().equals(outcome)).toList();
    }

    static byte[] bytes(String file) {
        try {
            return Files.readAllBytes(folder().resolve(file));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static MockMultipartFile part(String file) {
        return new MockMultipartFile("files", file, "application/octet-stream", bytes(file));
    }
}
