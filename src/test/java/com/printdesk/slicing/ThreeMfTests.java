package com.printdesk.slicing;

import static com.printdesk.slicing.TestModels.cubeMeshXml;
import static com.printdesk.slicing.TestModels.model;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 3MF packages: hostile ZIPs and XML, transforms, units and parts in other files. */
class ThreeMfTests {

    static final String CUBE_10 = "<object id=\"1\" type=\"model\">" + cubeMeshXml(10) + "</object>";

    final ModelAnalyser analyser = new ModelAnalyser();

    @TempDir
    Path dir;

    @Test
    void anExternalEntityIsNeverResolved() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "5");
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE model [<!ENTITY xxe SYSTEM \""
                + secret.toUri() + "\">]>\n" + model(CUBE_10.replace("x=\"10.0\"", "x=\"&xxe;\""),
                        "<build><item objectid=\"1\"/></build>").substring(39);
        Path file = TestModels.threeMf(dir.resolve("xxe.3mf"), xml);

        assertThatThrownBy(() -> analyser.analyse(file, "xxe.3mf", out()))
                .isInstanceOfSatisfying(ModelRejected.class, rejected -> assertThat(rejected.reason())
                        .contains("3D/3dmodel.model").contains("DTD").doesNotContain("secret"));
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        Path file = dir.resolve("bomb.3mf");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            TestModels.entry(zip, "_rels/.rels", TestModels.RELS.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("3D/3dmodel.model"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 20; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(file)).isLessThan(100_000);

        assertRejected(file, "ZIP bomb");
    }

    @Test
    void aZipWithTooManyEntriesIsRefused() throws IOException {
        Path file = dir.resolve("many.3mf");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i <= 10_000; i++) {
                TestModels.entry(zip, "junk/" + i, new byte[0]);
            }
        }
        assertRejected(file, "more than 10000 entries");
    }

    @Test
    void aModelNotInUtf8IsRefused() throws IOException {
        String xml = model(CUBE_10, "<build><item objectid=\"1\"/></build>").replace("UTF-8", "UTF-16");
        byte[] utf16 = xml.getBytes(StandardCharsets.UTF_16);

        assertRejected(TestModels.threeMf(dir.resolve("utf16.3mf"), utf16), "not UTF-8");
        assertRejected(TestModels.threeMf(dir.resolve("latin1.3mf"), xml.replace("UTF-16", "ISO-8859-1")),
                "encoded in ISO-8859-1");
    }

    @Test
    void partsWithoutXmlDeclarationOrFinalNewlineAreRead() throws IOException {
        Path file = dir.resolve("bare.3mf");
        String model = model(CUBE_10, "<build><item objectid=\"1\"/></build>");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            TestModels.entry(zip, "_rels/.rels", TestModels.RELS.substring(TestModels.RELS.indexOf("?>") + 2)
                    .getBytes(StandardCharsets.UTF_8));
            TestModels.entry(zip, "3D/3dmodel.model",
                    model.substring(model.indexOf("?>") + 3).getBytes(StandardCharsets.UTF_8));
        }

        assertThat(analyser.analyse(file, "bare.3mf", out()).triangles()).isEqualTo(12);
    }

    @Test
    void whitespaceBeforeTheXmlDeclarationIsTolerated() throws IOException {
        Path file = TestModels.threeMf(dir.resolve("fusion.3mf"),
                "\n   " + model(CUBE_10, "<build><item objectid=\"1\"/></build>"));

        assertThat(analyser.analyse(file, "fusion.3mf", out()).volumeCm3()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void componentAndBuildTransformsAreComposedAndMirroringKeepsTheVolume() throws IOException {
        String resources = CUBE_10 + "<object id=\"2\" type=\"model\"><components>"
                + "<component objectid=\"1\" transform=\"2 0 0 0 1 0 0 0 1 0 0 0\"/>"
                + "<component objectid=\"1\" transform=\"-1 0 0 0 1 0 0 0 1 -5 0 0\"/>"
                + "</components></object>";
        Path file = TestModels.threeMf(dir.resolve("mirror.3mf"),
                model(resources, "<build><item objectid=\"2\" transform=\"1 0 0 0 1 0 0 0 1 100 50 +1E+1\"/></build>"));

        ModelAnalysis analysis = analyser.analyse(file, "mirror.3mf", out());

        assertThat(analysis.volumeMm3()).isCloseTo(2000 + 1000, within(1e-6));
        assertThat(analysis.bounds()).isEqualTo(new BoundingBox(85, 50, 10, 120, 60, 20));
        assertThat(analysis.objects()).hasSize(1);
    }

    @Test
    void theModelUnitIsConvertedToMillimetres() throws IOException {
        Path file = TestModels.threeMf(dir.resolve("inch.3mf"),
                model(CUBE_10, "<build><item objectid=\"1\"/></build>").replace("millimeter", "inch"));

        assertThat(analyser.analyse(file, "inch.3mf", out()).bounds().sizeX()).isCloseTo(254, within(1e-4));
    }

    @Test
    void objectsInOtherModelPartsAreFollowed() throws IOException {
        String other = model(CUBE_10, "<build/>");
        String root = model("<object id=\"5\" type=\"model\"><components><component p:path=\"/3D/other.model\" "
                + "objectid=\"1\" transform=\"1 0 0 0 1 0 0 0 1 0 0 0\"/></components></object>",
                "<build><item objectid=\"5\"/></build>")
                .replace("<model ", "<model xmlns:p=\"http://schemas.microsoft.com/3dmanufacturing/production/2015/06\" ");
        Path file = dir.resolve("production.3mf");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            TestModels.entry(zip, "_rels/.rels", TestModels.RELS.getBytes(StandardCharsets.UTF_8));
            TestModels.entry(zip, "3D/3dmodel.model", root.getBytes(StandardCharsets.UTF_8));
            TestModels.entry(zip, "3D/other.model", other.getBytes(StandardCharsets.UTF_8));
        }

        assertThat(analyser.analyse(file, "production.3mf", out()).triangles()).isEqualTo(12);
    }

    @Test
    void oneUnprintableObjectRejectsTheFileAndRemovesWhatWasWritten() throws IOException {
        String resources = CUBE_10 + "<object id=\"2\" type=\"model\"><mesh><vertices><vertex x=\"0\" y=\"0\" z=\"0\"/>"
                + "</vertices><triangles/></mesh></object>";
        Path file = TestModels.threeMf(dir.resolve("half.3mf"),
                model(resources, "<build><item objectid=\"1\"/><item objectid=\"2\"/></build>"));

        assertRejected(file, "object 2' has no triangles");
    }

    @Test
    void componentsInstancingComponentsCannotMultiplyWithoutBound() throws IOException {
        StringBuilder resources = new StringBuilder(CUBE_10);
        for (int level = 2; level <= 8; level++) {
            resources.append("<object id=\"").append(level).append("\" type=\"model\"><components>");
            for (int copy = 0; copy < 10; copy++) {
                resources.append("<component objectid=\"").append(level - 1).append("\"/>");
            }
            resources.append("</components></object>");
        }
        Path file = TestModels.threeMf(dir.resolve("instances.3mf"),
                model(resources.toString(), "<build><item objectid=\"8\"/></build>"));

        long start = System.nanoTime();
        assertRejected(file, "more than 2500000 triangles");
        assertThat(System.nanoTime() - start).as("refused early, not after 120 million triangles")
                .isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(20));
    }

    @Test
    void numbersFollowThe3mfGrammar() throws IOException {
        for (String bad : new String[] { "10,5", "NaN", "Infinity", "1e", "0x10", "--1" }) {
            Path file = TestModels.threeMf(dir.resolve("bad.3mf"),
                    model(CUBE_10.replace("x=\"10.0\"", "x=\"" + bad + "\""), "<build><item objectid=\"1\"/></build>"));
            assertRejected(file, "'" + bad + "' is not a valid 3MF number");
        }
        Path good = TestModels.threeMf(dir.resolve("good.3mf"),
                model(CUBE_10.replace("x=\"10.0\"", "x=\" .1e2 \""), "<build><item objectid=\"1\"/></build>"));
        assertThat(analyser.analyse(good, "good.3mf", out()).volumeCm3()).isCloseTo(1.0, within(1e-9));
    }

    private void assertRejected(Path file, String reasonPart) throws IOException {
        Path out = out();
        String name = file.getFileName().toString();
        assertThatThrownBy(() -> analyser.analyse(file, name, out)).isInstanceOfSatisfying(ModelRejected.class,
                rejected -> assertThat(rejected.reason()).contains(reasonPart));
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).isEmpty();
        }
    }

    private Path out() throws IOException {
        return Files.createTempDirectory(dir, "out");
    }
}
