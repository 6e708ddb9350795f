package com.printdesk.slicing.geometry;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One parsed 3MF model part: its objects by ID and, for the root part, its build items. */
record ModelPart(String name, Map<Integer, ObjectDef> objects, List<Reference> build) {

    /** A mesh (vertices in mm, triangles as vertex indices) or a list of components. */
    record ObjectDef(int id, String name, double[] vertices, int[] triangles, List<Reference> components) {

        boolean isMesh() {
            return components == null;
        }

        String label() {
            return name != null && !name.isBlank() ? name : "object " + id;
        }
    }

    /** A build item or a component: an object, possibly in another part (production extension), placed by a transform. */
    record Reference(String path, int objectId, Affine transform) {
    }

    static ModelPart of(String name, List<ObjectDef> objects, List<Reference> build) {
        Map<Integer, ObjectDef> byId = new HashMap<>();
        for (ObjectDef object : objects) {
            if (byId.put(object.id(), object) != null) {
                throw new Rejection("the 3MF defines object " + object.id() + " twice in " + name);
            }
        }
        return new ModelPart(name, byId, build);
    }
}
