/**
 * The activity log, fed by events from every module (arrives in step 2).
 */
@org.springframework.modulith.ApplicationModule
package com.printdesk.activity;
