/**
 * Geometry analysis of STL/3MF uploads ({@link com.printdesk.slicing.ModelAnalyser}: format from content,
 * measures, fit, unit offers, normalised binary STLs) and the PrusaSlicer runner on its own queue
 * ({@link com.printdesk.slicing.Slicing}: cached slice results, a geometric estimate without the slicer).
 * Publishes nothing yet; the shop (module {@code ordering}) polls slice results.
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.slicing;
