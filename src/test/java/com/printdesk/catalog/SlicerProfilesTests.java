package com.printdesk.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every profile in the top-level {@code slicer/} folder reaches the classpath and is complete: PrusaSlicer's
 * {@code --load} keeps CLI defaults (200 mm bed, 0.3 mm layers, density 0) for every key a profile lacks.
 */
class SlicerProfilesTests {

    static final Path FOLDER = Path.of("slicer");
    static final String MK3S = "prusa-mk3s-250x210x220";
    private static final Pattern KEY_VALUE = Pattern.compile("^([a-z0-9_]+) = (.*)$");
    private static final List<String> KEYS_PRINTDESK_RELIES_ON = List.of("bed_shape", "max_print_height",
            "nozzle_diameter", "layer_height", "fill_density", "filament_density");

    private final SlicerProfiles profiles = new SlicerProfiles();

    static List<String> shipped() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".ini"))
                    .map(name -> name.substring(0, name.length() - ".ini".length())).sorted().toList();
        }
    }

    @Test
    void listsExactlyTheShippedProfilesSortedByName() throws IOException {
        assertThat(shipped()).contains(MK3S, "generic-256x256x256");
        assertThat(profiles.names()).containsExactlyElementsOf(shipped());
    }

    @Test
    void knowsOnlyShippedNames() {
        assertThat(profiles.exists(MK3S)).isTrue();
        assertThat(profiles.exists("../" + MK3S)).isFalse();
        assertThat(profiles.exists("README")).isFalse();
        assertThat(profiles.exists(null)).isFalse();
        assertThat(profiles.profile(MK3S)).isPresent();
    }

    @ParameterizedTest
    @MethodSource("shipped")
    void eachProfileIsComplete(String name) throws IOException {
        Map<String, String> values = keyValues(name);

        assertThat(values).as("key = value lines of %s", name).hasSizeGreaterThanOrEqualTo(250);
        assertThat(values).containsKeys(KEYS_PRINTDESK_RELIES_ON.toArray(String[]::new));
        assertThat(values.get("nozzle_diameter")).isEqualTo("0.4");
        assertThat(Double.parseDouble(values.get("filament_density"))).as("filament_density").isPositive();
        assertThat(Integer.parseInt(values.get("max_print_height"))).isPositive();
    }

    @Test
    void theNamesDescribeTheBedAndHeightInTheProfile() throws IOException {
        assertThat(keyValues(MK3S)).containsEntry("bed_shape", "0x0,250x0,250x210,0x210")
                .containsEntry("max_print_height", "220").containsEntry("layer_height", "0.2")
                .containsEntry("fill_density", "15%");
        assertThat(keyValues("generic-256x256x256")).containsEntry("bed_shape", "0x0,256x0,256x256,0x256")
                .containsEntry("max_print_height", "256");
    }

    /** As read from the classpath, which is what the application uses. */
    private Map<String, String> keyValues(String name) throws IOException {
        String text = profiles.profile(name).orElseThrow().getContentAsString(StandardCharsets.UTF_8);
        return text.lines().map(KEY_VALUE::matcher).filter(java.util.regex.Matcher::matches)
                .collect(Collectors.toMap(m -> m.group(1), m -> m.group(2)));
    }
}
