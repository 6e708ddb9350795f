package com.printdesk.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The PrusaSlicer printer profiles this build ships: {@code slicer/*.ini} on the classpath (the build
 * copies the top-level {@code slicer/} folder there), named by file name without {@code .ini}. Read
 * once: the list only changes with a new build.
 */
@Component
public class SlicerProfiles {

    static final String PATTERN = "classpath*:slicer/*.ini";
    private static final Logger log = LoggerFactory.getLogger(SlicerProfiles.class);

    private final Map<String, Resource> profiles;

    public SlicerProfiles() {
        this.profiles = load();
        if (profiles.isEmpty()) {
            log.warn("No slicer profiles found at {}; printers cannot be saved until the build ships some", PATTERN);
        }
    }

    /** Profile names, sorted, such as "prusa-mk3s-250x210x220". */
    public List<String> names() {
        return List.copyOf(profiles.keySet());
    }

    public boolean exists(String name) {
        return name != null && profiles.containsKey(name);
    }

    /** The profile's file, for the slicer's {@code --load} (copy it out: inside a jar it is no file). */
    public Optional<Resource> profile(String name) {
        return Optional.ofNullable(name).map(profiles::get);
    }

    private static Map<String, Resource> load() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver(SlicerProfiles.class.getClassLoader())
                    .getResources(PATTERN);
            Map<String, Resource> byName = new TreeMap<>();
            Arrays.stream(found)
                    .filter(resource -> Objects.requireNonNullElse(resource.getFilename(), "").endsWith(".ini"))
                    .forEach(resource -> byName.putIfAbsent(nameOf(resource), resource));
            return byName;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot list the slicer profiles at " + PATTERN, ex);
        }
    }

    private static String nameOf(Resource resource) {
        String file = resource.getFilename();
        return file.substring(0, file.length() - ".ini".length());
    }
}
