package com.printdesk.slicing.geometry;

/** Where readers stream triangles: one object at a time, coordinates in millimetres. */
interface MeshSink {

    void beginObject(String name);

    void triangle(double ax, double ay, double az, double bx, double by, double bz, double cx, double cy,
            double cz);

    void endObject();
}
