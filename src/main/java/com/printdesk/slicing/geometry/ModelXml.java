package com.printdesk.slicing.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.printdesk.slicing.geometry.GrowableArrays.Doubles;
import com.printdesk.slicing.geometry.GrowableArrays.Ints;
import com.printdesk.slicing.geometry.ModelPart.ObjectDef;
import com.printdesk.slicing.geometry.ModelPart.Reference;

/**
 * Reads one 3MF model part with StAX: core-namespace objects (mesh or components) and build items.
 * Extensions are skipped except the production extension's {@code p:path}; a beam lattice simply
 * contributes no triangles.
 */
final class ModelXml {

    static final String CORE = "http://schemas.microsoft.com/3dmanufacturing/core/2015/02";
    static final String PRODUCTION = "http://schemas.microsoft.com/3dmanufacturing/production/2015/06";

    private static final Map<String, Double> UNITS = Map.of("micron", 0.001, "millimeter", 1.0, "centimeter", 10.0,
            "inch", 25.4, "foot", 304.8, "meter", 1000.0);

    private final String part;
    private final MeshBudget budget;
    private final List<ObjectDef> objects = new ArrayList<>();
    private List<Reference> build;
    private double unit = 1.0;
    // the object being read
    private int objectId;
    private String objectName;
    private Doubles vertices;
    private Ints triangles;
    private List<Reference> components;

    private ModelXml(String part, MeshBudget budget) {
        this.part = part;
        this.budget = budget;
    }

    static ModelPart parse(XMLStreamReader reader, String part, MeshBudget budget) throws XMLStreamException {
        ModelXml model = new ModelXml(part, budget);
        model.read(reader);
        return ModelPart.of(part, model.objects, model.build);
    }

    private void read(XMLStreamReader r) throws XMLStreamException {
        boolean root = true;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (root && !("model".equals(r.getLocalName()) && CORE.equals(r.getNamespaceURI()))) {
                    throw new Rejection("the 3MF part '" + part + "' is not a 3MF core model (root element "
                            + r.getName() + ")");
                }
                root = false;
                if (CORE.equals(r.getNamespaceURI())) {
                    start(r);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && CORE.equals(r.getNamespaceURI())
                    && "object".equals(r.getLocalName())) {
                endObject();
            }
        }
    }

    private void start(XMLStreamReader r) {
        switch (r.getLocalName()) {
        case "model" -> unit = unit(r.getAttributeValue(null, "unit"));
        case "object" -> {
            objectId = integer(r.getAttributeValue(null, "id"), "object id");
            objectName = r.getAttributeValue(null, "name");
            vertices = null;
            triangles = null;
            components = null;
        }
        case "mesh" -> {
            vertices = new Doubles();
            triangles = new Ints();
        }
        case "vertex" -> vertex(r);
        case "triangle" -> triangle(r);
        case "components" -> components = new ArrayList<>();
        case "component" -> {
            if (components == null) {
                throw new Rejection("a component outside a components element in " + part);
            }
            components.add(reference(r));
        }
        case "build" -> build = new ArrayList<>();
        case "item" -> {
            if (build == null) {
                throw new Rejection("a build item outside the build element");
            }
            build.add(reference(r));
        }
        default -> {
            // metadata, materials, colours, textures...: nothing the geometry needs
        }
        }
    }

    private void vertex(XMLStreamReader r) {
        requireMesh("vertex");
        budget.holdVertex();
        vertices.add(unit * Numbers.parse3mf(r.getAttributeValue(null, "x"), "vertex x"));
        vertices.add(unit * Numbers.parse3mf(r.getAttributeValue(null, "y"), "vertex y"));
        vertices.add(unit * Numbers.parse3mf(r.getAttributeValue(null, "z"), "vertex z"));
    }

    private void triangle(XMLStreamReader r) {
        requireMesh("triangle");
        budget.holdTriangle();
        triangles.add(integer(r.getAttributeValue(null, "v1"), "triangle v1"));
        triangles.add(integer(r.getAttributeValue(null, "v2"), "triangle v2"));
        triangles.add(integer(r.getAttributeValue(null, "v3"), "triangle v3"));
    }

    private void requireMesh(String element) {
        if (vertices == null) {
            throw new Rejection("a " + element + " outside a mesh in " + part);
        }
    }

    private void endObject() {
        if (vertices == null && components == null) {
            throw new Rejection("object " + objectId + " has neither a mesh nor components");
        }
        if (components != null) {
            objects.add(new ObjectDef(objectId, objectName, null, null, List.copyOf(components)));
            return;
        }
        double[] v = vertices.toArray();
        int[] t = triangles.toArray();
        int count = v.length / 3;
        for (int index : t) {
            if (index >= count) {
                throw new Rejection("object " + objectId + " has a triangle pointing to vertex " + index + " of " + count);
            }
        }
        objects.add(new ObjectDef(objectId, objectName, v, t, null));
    }

    private Reference reference(XMLStreamReader r) {
        String path = r.getAttributeValue(PRODUCTION, "path");
        int id = integer(r.getAttributeValue(null, "objectid"), "objectid");
        return new Reference(path, id, Affine.parse(r.getAttributeValue(null, "transform"), unit));
    }

    private double unit(String name) {
        if (name == null) {
            return 1.0;
        }
        Double mm = UNITS.get(name.strip().toLowerCase(Locale.ROOT));
        if (mm == null) {
            throw new Rejection("unknown 3MF unit '" + name + "'");
        }
        return mm;
    }

    private static int integer(String value, String what) {
        if (value == null) {
            throw new Rejection(what + " is missing");
        }
        String s = value.strip();
        if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new Rejection(what + " '" + (s.length() > 20 ? s.substring(0, 20) + "…" : s)
                    + "' is not a valid index");
        }
        return Integer.parseInt(s);
    }
}
