package com.printdesk.slicing.geometry;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import com.printdesk.slicing.geometry.ModelPart.ObjectDef;
import com.printdesk.slicing.geometry.ModelPart.Reference;

/**
 * Reads a 3MF: the root relationship names the model part; each build item becomes one object,
 * its components flattened with their transforms composed, model parts in other files loaded on
 * demand (production extension).
 */
final class ThreeMf {

    static final String MODEL_RELATIONSHIP = "http://schemas.microsoft.com/3dmanufacturing/2013/01/3dmodel";
    private static final int MAX_DEPTH = 32;

    private final ZipPackage zip;
    private final Map<String, ModelPart> parts = new HashMap<>();
    private final MeshBudget budget = new MeshBudget();

    private ThreeMf(ZipPackage zip) {
        this.zip = zip;
    }

    static void read(Path file, MeshSink sink, ZipLimits limits) throws IOException {
        try (ZipPackage zip = new ZipPackage(file, limits)) {
            new ThreeMf(zip).read(sink);
        }
    }

    private void read(MeshSink sink) throws IOException {
        String root = rootModelPart();
        ModelPart model = part(root);
        if (model.build() == null) {
            throw new Rejection("the 3MF model has no build element: it says nothing should be printed");
        }
        if (model.build().isEmpty()) {
            throw new Rejection("the 3MF build has no items: there is nothing to print");
        }
        for (Reference item : model.build()) {
            ModelPart owner = item.path() == null ? model : part(item.path());
            ObjectDef object = object(owner, item.objectId());
            sink.beginObject(object.label());
            emit(owner, object, item.transform(), 0, sink);
            sink.endObject();
        }
    }

    private String rootModelPart() throws IOException {
        if (!zip.has("_rels/.rels")) {
            throw new Rejection("the 3MF has no _rels/.rels, so there is no 3D model to read");
        }
        String[] target = new String[1];
        try (InputStream in = zip.open("_rels/.rels")) {
            SafeXml.parse(in, "_rels/.rels", reader -> {
                while (reader.hasNext()) {
                    if (reader.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT
                            && "Relationship".equals(reader.getLocalName()) && target[0] == null
                            && MODEL_RELATIONSHIP.equals(reader.getAttributeValue(null, "Type"))) {
                        target[0] = reader.getAttributeValue(null, "Target");
                    }
                }
            });
        }
        if (target[0] == null || target[0].isBlank()) {
            throw new Rejection("the 3MF's _rels/.rels has no 3D model relationship, so there is no 3D model to read");
        }
        if (!zip.has(target[0])) {
            throw new Rejection("the 3MF's 3D model part '" + target[0] + "' is missing");
        }
        return target[0];
    }

    private ModelPart part(String name) throws IOException {
        String key = ZipPackage.normalise(name);
        ModelPart cached = parts.get(key);
        if (cached != null) {
            return cached;
        }
        ModelPart[] parsed = new ModelPart[1];
        try (InputStream in = zip.open(name)) {
            SafeXml.parse(in, name, reader -> parsed[0] = ModelXml.parse(reader, name, budget));
        }
        parts.put(key, parsed[0]);
        return parsed[0];
    }

    private static ObjectDef object(ModelPart part, int id) {
        ObjectDef object = part.objects().get(id);
        if (object == null) {
            throw new Rejection("the 3MF refers to object " + id + ", which " + part.name() + " does not define");
        }
        return object;
    }

    private void emit(ModelPart part, ObjectDef object, Affine transform, int depth, MeshSink sink) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new Rejection("the 3MF's components are nested more than " + MAX_DEPTH + " deep (a cycle?)");
        }
        if (!object.isMesh()) {
            for (Reference component : object.components()) {
                ModelPart owner = component.path() == null ? part : part(component.path());
                emit(owner, object(owner, component.objectId()), component.transform().then(transform), depth + 1, sink);
            }
            return;
        }
        double[] v = object.vertices();
        int[] t = object.triangles();
        boolean flip = transform.mirrors();
        for (int i = 0; i < t.length; i += 3) {
            int a = t[i] * 3;
            int b = (flip ? t[i + 2] : t[i + 1]) * 3;
            int c = (flip ? t[i + 1] : t[i + 2]) * 3;
            sink.triangle(transform.x(v[a], v[a + 1], v[a + 2]), transform.y(v[a], v[a + 1], v[a + 2]),
                    transform.z(v[a], v[a + 1], v[a + 2]), transform.x(v[b], v[b + 1], v[b + 2]),
                    transform.y(v[b], v[b + 1], v[b + 2]), transform.z(v[b], v[b + 1], v[b + 2]),
                    transform.x(v[c], v[c + 1], v[c + 2]), transform.y(v[c], v[c + 1], v[c + 2]),
                    transform.z(v[c], v[c + 1], v[c + 2]));
        }
    }
}
