package com.printdesk.files;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FileNamesTests {

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "a/b\\c.stl", "..\\..\\windows\\system32", "..", ".", "",
            "evil\u0000name.stl", "bell\u0007\r\n.stl", "/absolute/path.3mf", "C:\\Users\\me\\part.stl",
            "..hidden", "\u202Eltsgpj.exe", "name with \"quotes\" and ;|&$.stl"})
    void hostileNamesBecomeOneSafeSegment(String hostile) {
        String safe = FileNames.sanitise(hostile);
        assertThat(safe).isNotBlank()
                .doesNotContain("/").doesNotContain("\\").doesNotContain("..")
                .doesNotStartWith(".")
                .hasSizeLessThanOrEqualTo(FileNames.MAX_LENGTH)
                .matches("[\\p{L}\\p{N}._ -]+");
        assertThat(safe.chars()).noneMatch(Character::isISOControl);
    }

    @Test
    void onlyTheLastPathSegmentIsKept() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("a/b\\c.stl")).isEqualTo("c.stl");
    }

    @Test
    void longNamesAreCutButKeepTheirExtension() {
        String longName = "x".repeat(300) + ".stl";
        String safe = FileNames.sanitise(longName);
        assertThat(safe).hasSize(FileNames.MAX_LENGTH).endsWith(".stl");
    }

    @Test
    void ordinaryNamesSurvive() {
        assertThat(FileNames.sanitise("Bracket v2 (final).3mf")).isEqualTo("Bracket v2 _final_.3mf");
        assertThat(FileNames.sanitise("Zahnrad-Größe_M3.stl")).isEqualTo("Zahnrad-Größe_M3.stl");
    }

    @Test
    void controlCharactersAreRemoved() {
        assertThat(FileNames.sanitise("part\u0000\u001f\u007f.stl")).isEqualTo("part.stl");
    }
}
