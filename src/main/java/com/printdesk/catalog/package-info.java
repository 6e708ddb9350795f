/**
 * Materials (density, price per gram), printers (build volume, nozzle, PrusaSlicer profile, status) and
 * product templates. Other modules read them through {@link com.printdesk.catalog.Catalog}; publishes
 * MaterialSaved, PrinterSaved and ProductTemplateSaved for the activity log.
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.catalog;
