/**
 * Platform pieces every module may use: the clock, the db-scheduler job runner, the error format
 * and small value types (ABN). Holds no business data of its own.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package com.printdesk.shared;
