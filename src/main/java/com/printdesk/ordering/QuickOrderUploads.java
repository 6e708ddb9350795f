package com.printdesk.ordering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import com.printdesk.slicing.ModelAnalyser;
import com.printdesk.slicing.ModelAnalysis;
import com.printdesk.slicing.ModelRejected;

/**
 * Takes the models of one upload request: all-or-nothing. Every file is spooled to disk, hashed and
 * analysed before anything is stored, so a bad file refuses the request without leaving objects or
 * rows behind; the storing step ({@link UploadStore}) cleans up after itself too.
 */
@Service
class QuickOrderUploads {

    private final ModelAnalyser analyser;
    private final UploadStore store;
    private final OrderingProperties limits;
    private final Clock clock;

    QuickOrderUploads(ModelAnalyser analyser, UploadStore store, OrderingProperties limits, Clock clock) {
        this.analyser = analyser;
        this.store = store;
        this.limits = limits;
        this.clock = clock;
    }

    /** A file that passed the geometry check, still on disk. */
    record Analysed(String name, UploadSpool.Spooled original, ModelAnalysis analysis) {
    }

    List<UploadedFile> upload(long userId, long clientId, List<MultipartFile> parts) {
        List<MultipartFile> files = parts == null ? List.of() : parts;
        checkLimits(files);
        Path work = createWorkFolder(limits.workFolder());
        try {
            List<Analysed> analysed = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                analysed.add(analyse(files.get(i), work.resolve(String.valueOf(i))));
            }
            return store.store(userId, clientId, analysed, clock.instant());
        }
        finally {
            UploadSpool.deleteQuietly(work);
        }
    }

    private void checkLimits(List<MultipartFile> files) {
        if (files.isEmpty()) {
            throw UploadRefused.noFiles();
        }
        if (files.size() > limits.maxFiles()) {
            throw UploadRefused.tooManyFiles(files.size(), limits.maxFiles());
        }
        long max = limits.maxFileSize().toBytes();
        for (MultipartFile file : files) {
            if (file.getSize() > max) {
                throw UploadRefused.fileTooLarge(nameOf(file), OrderingLimits.describe(max));
            }
        }
    }

    private Analysed analyse(MultipartFile part, Path folder) {
        String name = nameOf(part);
        try {
            Files.createDirectories(folder.resolve("meshes"));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        UploadSpool.Spooled original = UploadSpool.spool(part, name, folder.resolve("upload"),
                limits.maxFileSize().toBytes());
        try {
            return new Analysed(name, original, analyser.analyse(original.path(), name, folder.resolve("meshes")));
        }
        catch (ModelRejected rejected) {
            throw UploadRefused.unprintable(name, rejected.reason());
        }
    }

    /** The name as the client knows it: the last segment of what the browser sent. */
    static String nameOf(MultipartFile part) {
        String sent = part.getOriginalFilename();
        if (sent == null || sent.isBlank()) {
            return "upload";
        }
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? "upload" : name;
    }

    private static Path createWorkFolder(Path parent) {
        try {
            Files.createDirectories(parent);
            return Files.createTempDirectory(parent, "printdesk-upload-");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
