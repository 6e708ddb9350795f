/**
 * The admin and portal dashboards: read-only pages that show figures from other modules' APIs.
 * Owns no tables and publishes nothing.
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.dashboard;
