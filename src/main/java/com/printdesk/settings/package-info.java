/**
 * Business settings (name, ABN, address, contact, bank details, logo, GST registration, time zone, payment terms, job creation policy), cached and invalidated on change. Publishes BusinessSettingsChanged.
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.settings;
