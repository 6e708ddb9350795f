package com.printdesk.slicing.prusa;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/** Binary STL boxes for tests, and the corpus in {@code ../shared/models}. */
final class TestMeshes {

    static final Path MODELS = Path.of("/work/shared/models");

    private TestMeshes() {
    }

    static Path model(String name) {
        Path found = MODELS.resolve(name);
        if (!Files.exists(found)) {
            found = Path.of("..", "shared", "models", name);
        }
        return found;
    }

    /** A closed box of x × y × z mm with its corner at (ox, oy, 0). */
    static Path box(Path dir, String name, float x, float y, float z, float ox, float oy) throws IOException {
        float[][] c = new float[8][];
        for (int i = 0; i < 8; i++) {
            c[i] = new float[] {ox + ((i & 1) == 0 ? 0 : x), oy + ((i & 2) == 0 ? 0 : y), (i & 4) == 0 ? 0 : z};
        }
        int[][] faces = {{0, 2, 3, 1}, {4, 5, 7, 6}, {0, 1, 5, 4}, {2, 6, 7, 3}, {0, 4, 6, 2}, {1, 3, 7, 5}};
        ByteBuffer stl = ByteBuffer.allocate(84 + 12 * 50).order(ByteOrder.LITTLE_ENDIAN);
        stl.position(80);
        stl.putInt(12);
        for (int[] f : faces) {
            triangle(stl, c[f[0]], c[f[1]], c[f[2]]);
            triangle(stl, c[f[0]], c[f[2]], c[f[3]]);
        }
        return Files.write(dir.resolve(name), stl.array());
    }

    private static void triangle(ByteBuffer stl, float[]... vertices) {
        stl.putFloat(0).putFloat(0).putFloat(0);
        for (float[] vertex : vertices) {
            stl.putFloat(vertex[0]).putFloat(vertex[1]).putFloat(vertex[2]);
        }
        stl.putShort((short) 0);
    }
}
