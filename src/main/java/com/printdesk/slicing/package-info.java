/**
 * Geometry analysis of STL/3MF, normalised meshes, the PrusaSlicer runner and slice results (arrives in step 5).
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.slicing;
